import { spawnSync } from 'child_process';
import path from 'path';

const SECRETS = [
  'APP_KEYS',
  'ADMIN_JWT_SECRET',
  'API_TOKEN_SALT',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
];
const VALUES: Record<string, string> = {
  APP_KEYS: 'a,b',
  ADMIN_JWT_SECRET: 'x',
  API_TOKEN_SALT: 'x',
  TRANSFER_TOKEN_SALT: 'x',
  JWT_SECRET: 'x',
  ENCRYPTION_KEY: 'x'.repeat(32),
};

/** A production start without a secret stops with a message that names it. */
describe('configuration that fails loudly', () => {
  it.each(SECRETS)('stops a production start without %s', (missing) => {
    const env: Record<string, string | undefined> = {
      ...process.env,
      ...VALUES,
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
    };
    delete env[missing];
    const child = spawnSync(process.execPath, [path.join(__dirname, '..', 'helpers', 'child-server.js')], {
      env: {
        ...env,
        DATABASE_FILENAME: path.join(__dirname, '..', '..', '.tmp', 'tests', 'never-created.db'),
      },
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(child.status).not.toBe(0);
    expect(child.stdout + child.stderr).toContain(`Missing required environment variable ${missing}`);
  });
});
