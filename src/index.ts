import type { Core } from '@strapi/strapi';

export default {
  register() {},
  /**
   * Runs after every plugin and the admin have bootstrapped, so the admin
   * roles exist: outside production, create the first editor account.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('newsroom').service('setup').ensureDevAdmin();
  },
};
