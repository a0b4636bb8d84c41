import path from 'path';
import { secret } from './lib/secrets';

// The server loads this file as dist/config/plugins.js; the admin build loads
// it from config/. Either way the plugin is the source folder: its package.json
// and strapi-server.js live there, and strapi-server.js loads the compiled
// server from dist/.
const inDist = path.basename(path.dirname(__dirname)) === 'dist';
const appDir = path.resolve(__dirname, ...(inDist ? ['..', '..'] : ['..']));
const newsroomDir = path.join(appDir, 'src', 'plugins', 'newsroom');

export default ({ env }: { env: any }) => ({
  'users-permissions': {
    config: { jwtSecret: secret('JWT_SECRET') },
  },
  newsroom: {
    enabled: true,
    resolve: newsroomDir,
    config: {
      timezone: env('NEWSROOM_TIMEZONE', 'Europe/Berlin'),
      demo: env.bool('NEWSROOM_DEMO', true),
      permalinkStart: env.int('NEWSROOM_PERMALINK_START', 1275000),
      purge: { url: env('NEWSROOM_PURGE_URL', null), timeoutMs: 5000 },
      scheduler: {
        enabled: env.bool('NEWSROOM_SCHEDULER', true),
        pollMs: env.int('NEWSROOM_SCHEDULER_POLL_MS', 5000),
        leaseMs: env.int('NEWSROOM_SCHEDULER_LEASE_MS', 60000),
        failureWebhook: env('NEWSROOM_SCHEDULER_FAILURE_WEBHOOK', null),
      },
    },
  },
});
