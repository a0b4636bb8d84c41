import type { Core } from '@strapi/strapi';
import {
  useWriteAheadLog,
  ensureDevAdmin,
  ensureLocales,
  grantPublicReads,
  newsroomReadActions,
} from './setup';

export default {
  register() {},
  /**
   * Runs after every plugin and the admin have bootstrapped: the demo's
   * locales, public reads and development admin, then the demo newsroom
   * (NEWSROOM_DEMO=false leaves the database empty).
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await useWriteAheadLog(strapi);
    await ensureLocales(strapi);
    await grantPublicReads(strapi, newsroomReadActions(strapi));
    await ensureDevAdmin(strapi);
    if (process.env.NEWSROOM_DEMO !== 'false') await strapi.plugin('newsroom').service('demo').seed();
  },
};
