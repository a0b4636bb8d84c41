import admin from './admin';
import contentApi from './content-api';
import permalinks from './permalinks';

export default {
  'content-api': contentApi,
  admin,
  permalinks,
};
