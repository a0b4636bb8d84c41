import path from 'path';
import { secret } from './lib/secrets';

// At run time this file is dist/config/plugins.js. The plugin's package.json
// and strapi-server.js stay in the source folder; strapi-server.js loads the
// compiled server from dist/.
const newsroomDir = path.resolve(__dirname, '..', '..', 'src', 'plugins', 'newsroom');

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
    },
  },
});
