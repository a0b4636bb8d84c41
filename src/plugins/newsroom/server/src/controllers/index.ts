import series from './series';

export default { series };
