import { corsOrigins } from './lib/origins';

/**
 * Strapi's middlewares, with CORS limited to an allow-list (config/lib/origins.ts):
 * Strapi's default would answer any Origin with Allow-Credentials.
 */
export default () => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  { name: 'strapi::cors', config: { origin: corsOrigins(), credentials: true } },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
