import type { Core } from '@strapi/strapi';
import type { ParameterizedContext } from 'koa';
import { getService } from '../get-service';
import type { Ctx } from './context';

/**
 * A Koa middleware in front of Strapi's stack: an anonymous GET of the read
 * API that was answered before, for the same content generation, goes out
 * from memory. Requests with an Authorization or Origin header (CORS needs
 * the full stack) and every miss take the normal way. Changes to the public
 * role's permissions bump the generation (see bootstrap), so a revoked
 * permission is enforced at once. It runs outside Strapi's error handling:
 * anything that goes wrong here is logged and the request takes the normal way.
 */
export function createFastPath(strapi: Core.Strapi) {
  const prefix = `${strapi.config.get('api.rest.prefix', '/api')}/newsroom/`;
  return async (koa: ParameterizedContext, next: () => Promise<unknown>) => {
    // Before Strapi's stack: no route params yet, the same context otherwise.
    const ctx = koa as unknown as Ctx;
    const eligible =
      (ctx.method === 'GET' || ctx.method === 'HEAD') &&
      ctx.path.startsWith(prefix) &&
      !ctx.get('Authorization') &&
      !ctx.get('Origin');
    if (eligible) {
      try {
        if (await getService(strapi, 'answers').replay(ctx)) return;
      } catch (error) {
        strapi.log.warn(`[newsroom] fast path skipped for ${ctx.path}: ${(error as Error).message}`);
      }
    }
    await next();
  };
}
