import type { Core } from '@strapi/strapi';
import { permalinkPrefix, type ViewsConfig } from '../config/views';

/**
 * The permalink redirect at the site root, e.g. `GET /-1275463`. Strapi
 * mounts a plugin router of type "admin" with its own prefix ('' here) on the
 * root router (core services/server/register-routes.js keeps a given prefix;
 * the admin API's own prefix is ''), so no /api or /newsroom is added. A
 * router factory, which Strapi instantiates with `{ strapi }` when it
 * registers routes, reads the configured prefix (plugin config `views.permalinkPrefix`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const prefix = permalinkPrefix(strapi.config.get('plugin::newsroom.views') as ViewsConfig);
  // Public: readers follow permalinks without any token.
  const open = { auth: false as const, policies: [] };
  return {
    type: 'admin' as const,
    prefix: '',
    routes: [
      { method: 'GET', path: `${prefix}:id`, handler: 'permalink.redirect', config: open },
      { method: 'GET', path: `${prefix}:id/(.*)`, handler: 'permalink.notFound', config: open },
    ],
  };
};
