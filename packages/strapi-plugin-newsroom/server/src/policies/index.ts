import hasPermission from './has-permission';

export default { 'has-permission': hasPermission };
