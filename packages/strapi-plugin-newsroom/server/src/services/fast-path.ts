import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';

/**
 * A Koa middleware in front of Strapi's stack: an anonymous GET of the read
 * API that was answered before, for the same content generation, goes out
 * from memory. Requests with an Authorization or Origin header (CORS needs
 * the full stack) and every miss take the normal way. Changes to the public
 * role's permissions bump the generation (see bootstrap), so a revoked
 * permission is enforced at once.
 */
export function createFastPath(strapi: Core.Strapi) {
  const prefix = `${strapi.config.get('api.rest.prefix', '/api')}/newsroom/`;
  return async (ctx: any, next: () => Promise<void>) => {
    const eligible =
      (ctx.method === 'GET' || ctx.method === 'HEAD') &&
      ctx.path.startsWith(prefix) &&
      !ctx.get('Authorization') &&
      !ctx.get('Origin');
    if (eligible) {
      const cache = getService(strapi, 'httpCache');
      if (await cache.replay(ctx)) return;
    }
    await next();
  };
}
