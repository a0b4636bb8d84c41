/**
 * Secrets may fall back to development defaults, but a production start
 * without one of them must stop with a message that names it.
 */
const DEV_DEFAULTS: Record<string, string> = {
  APP_KEYS: 'newsroomDevKeyA==,newsroomDevKeyB==',
  ADMIN_JWT_SECRET: 'newsroom-dev-admin-jwt-secret',
  API_TOKEN_SALT: 'newsroom-dev-api-token-salt',
  TRANSFER_TOKEN_SALT: 'newsroom-dev-transfer-token-salt',
  JWT_SECRET: 'newsroom-dev-jwt-secret',
  ENCRYPTION_KEY: 'newsroom-dev-encryption-key-32by',
};

export type SecretName = keyof typeof DEV_DEFAULTS;

export function secret(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (value !== undefined && value.trim() !== '') return value;
  if (env.NODE_ENV === 'production') {
    throw new Error(
      `Missing required environment variable ${name}: set it before starting Newsroom with NODE_ENV=production.`,
    );
  }
  const fallback = DEV_DEFAULTS[name];
  if (fallback === undefined) throw new Error(`No development default for ${name}.`);
  return fallback;
}

export function appKeys(env: NodeJS.ProcessEnv = process.env): string[] {
  return secret('APP_KEYS', env)
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
}
