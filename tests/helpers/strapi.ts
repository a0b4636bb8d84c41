import path from 'path';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from './database';

const ROOT = path.resolve(__dirname, '..', '..');

export interface TestApp {
  strapi: Core.Strapi;
  http: () => ReturnType<typeof request>;
  /** The environment it was started with (database settings included), for a second process. */
  env: Record<string, string>;
  stop(options?: { keepDatabase?: boolean }): Promise<void>;
}

/**
 * Boots the compiled app (run `npm run compile` first; `npm test` does) in
 * this process against a database of its own, and serves it to supertest.
 */
export async function startApp(
  options: { demo?: boolean; env?: Record<string, string>; database?: TestDatabase } = {},
): Promise<TestApp> {
  const database: TestDatabase = options.database ?? (await createTestDatabase());
  const env: Record<string, string> = {
    ...database.env,
    NEWSROOM_DEMO: options.demo === false ? 'false' : 'true',
    LOG_LEVEL: process.env.LOG_LEVEL || 'error',
    ...options.env,
  };
  const saved: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env)) {
    saved[key] = process.env[key];
    process.env[key] = value;
  }
  const strapi = await createStrapi({
    appDir: ROOT,
    distDir: path.join(ROOT, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  await strapi.server.mount();
  const server = strapi.server.httpServer;
  return {
    strapi,
    http: () => request(server),
    env,
    async stop({ keepDatabase = false } = {}) {
      await strapi.destroy();
      if (!keepDatabase) await database.drop();
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    },
  };
}
