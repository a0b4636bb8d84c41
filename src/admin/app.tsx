import type { StrapiApp } from '@strapi/strapi/admin';

/**
 * The admin panel's own customisations. Offering German next to English lets
 * editors switch the admin's language (Profile → Interface language); the
 * newsroom plugin registers German labels for its Content Manager fields.
 */
export default {
  config: {
    locales: ['de'],
  },
  bootstrap(_app: StrapiApp) {},
};
