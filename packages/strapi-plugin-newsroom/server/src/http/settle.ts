import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import type { Ctx } from './context';

/** The longest an editor's request waits for the other instances (a lost one is not waited for). */
const SETTLE_MS = 1000;

/**
 * Read-your-writes across instances: a request that made a visible change
 * (a publish in the Content Manager, a reorder, …) is answered once every
 * running instance serves the change, so the editor's next look, through
 * whichever instance, shows it. Reads pass straight through.
 */
export function createSettle(strapi: Core.Strapi) {
  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    if (ctx.method === 'GET' || ctx.method === 'HEAD' || ctx.method === 'OPTIONS') return next();
    const changes = getService(strapi, 'changes');
    const before = changes.committed();
    await next();
    const after = changes.committed();
    if (after > before) await changes.settled(after, SETTLE_MS);
  };
}
