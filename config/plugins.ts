import { frontendOrigin } from './lib/origins';
import { secret } from './lib/secrets';

/**
 * The demo newsroom's plugins. strapi-plugin-newsroom is installed from the
 * workspace (packages/strapi-plugin-newsroom) and configured as any app would.
 */
export default ({ env }: { env: any }) => ({
  'users-permissions': {
    config: { jwtSecret: secret('JWT_SECRET') },
  },
  // GraphQL at /graphql with the newsroom queries (the plugin adds them when this plugin is present).
  // Limits for every operation: nesting depth, and the page size of Strapi's own list queries.
  graphql: {
    enabled: true,
    config: {
      depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 10),
      defaultLimit: 25,
      maxLimit: 100,
      landingPage: false,
      // plugin-graphql adds @koa/cors with its defaults on /graphql (any Origin, with credentials);
      // off, the app's own allow-list (config/middlewares.ts) answers for /graphql too.
      apolloServer: { cors: false },
    },
  },
  newsroom: {
    enabled: true,
    config: {
      timezone: env('NEWSROOM_TIMEZONE', 'Europe/Berlin'),
      permalinkStart: env.int('NEWSROOM_PERMALINK_START', 1275000),
      purge: {
        target: env('NEWSROOM_PURGE_TARGET', 'webhook'),
        url: env('NEWSROOM_PURGE_URL', null),
        timeoutMs: 5000,
      },
      // The same origin is allowed by CORS (config/middlewares.ts).
      views: {
        frontend: { origin: frontendOrigin() },
        siteName: { default: 'Newsroom', de: 'Nachrichtenraum' },
      },
      websub: { hub: env('NEWSROOM_WEBSUB_HUB', null), timeoutMs: 5000 },
      outbox: {
        enabled: env.bool('NEWSROOM_OUTBOX', true),
        pollMs: env.int('NEWSROOM_OUTBOX_POLL_MS', 5000),
        leaseMs: env.int('NEWSROOM_OUTBOX_LEASE_MS', 30000),
      },
      scheduler: {
        enabled: env.bool('NEWSROOM_SCHEDULER', true),
        pollMs: env.int('NEWSROOM_SCHEDULER_POLL_MS', 5000),
        leaseMs: env.int('NEWSROOM_SCHEDULER_LEASE_MS', 5000),
        lateAfterMs: env.int('NEWSROOM_SCHEDULER_LATE_AFTER_MS', 60000),
        prepareMs: env.int('NEWSROOM_SCHEDULER_PREPARE_MS', 0),
        failureWebhook: env('NEWSROOM_SCHEDULER_FAILURE_WEBHOOK', null),
      },
    },
  },
});
