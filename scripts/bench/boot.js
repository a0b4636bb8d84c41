'use strict';
// Settings of the benchmarks: production secrets and the benchmark database.
const path = require('path');
const { boot, listen, ROOT } = require('../boot');

const PRODUCTION_SECRETS = {
  NODE_ENV: 'production',
  APP_KEYS: 'benchKeyA,benchKeyB',
  ADMIN_JWT_SECRET: 'bench-admin-jwt',
  API_TOKEN_SALT: 'bench-api-token-salt',
  TRANSFER_TOKEN_SALT: 'bench-transfer-salt',
  JWT_SECRET: 'bench-jwt',
  ENCRYPTION_KEY: 'bench-encryption-key-32-bytes-ok',
};

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

module.exports = { boot, listen, databaseEnv, PRODUCTION_SECRETS, ROOT };
