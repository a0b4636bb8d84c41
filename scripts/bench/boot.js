'use strict';
// Boots the compiled app in this process (used by the benchmarks).
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const ROOT = path.resolve(__dirname, '..', '..');

const PRODUCTION_SECRETS = {
  NODE_ENV: 'production',
  APP_KEYS: 'benchKeyA,benchKeyB',
  ADMIN_JWT_SECRET: 'bench-admin-jwt',
  API_TOKEN_SALT: 'bench-api-token-salt',
  TRANSFER_TOKEN_SALT: 'bench-transfer-salt',
  JWT_SECRET: 'bench-jwt',
  ENCRYPTION_KEY: 'bench-encryption-key-32-bytes-ok',
};

async function boot() {
  const strapi = await createStrapi({
    appDir: ROOT,
    distDir: path.join(ROOT, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  return strapi;
}

function databaseEnv(postgres) {
  if (postgres) {
    return {
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
      DATABASE_SCHEMA: 'newsroom_bench',
    };
  }
  return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(ROOT, '.tmp', 'bench', 'bench.db') };
}

module.exports = { boot, databaseEnv, PRODUCTION_SECRETS, ROOT };
