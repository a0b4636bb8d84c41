import type { Core } from '@strapi/strapi';
import { changeKeys } from './domain/cache-keys';
import { getService } from './get-service';
import { withHttpErrors } from './http/errors';
import { isNewsroomUid } from './uids';

/** Actions that change what readers see (create and update only touch drafts in Strapi 5). */
const VISIBLE = ['publish', 'unpublish', 'delete'];

/**
 * The newsroom's part of every Document Service call on its types, whoever
 * makes it (the Content Manager, the plugin's routes, the scheduler, code):
 * the save rules before a write, and around a visible change its records.
 */
export function installDocumentHooks(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const { action, uid } = context;
    if (!isNewsroomUid(uid)) return next();
    const params = context.params as any;
    // The Content Manager answers Strapi's errors only: broken rules become 400s naming the field.
    const rules = getService(strapi, 'rules');
    if (action === 'create' || action === 'update')
      await withHttpErrors(() => rules.beforeWrite(uid, action, params));
    if (!VISIBLE.includes(action)) return next();

    // One transaction around the change and everything that records it (the
    // content generation, the outbox's messages): a crash leaves all or none.
    // The Document Service's own transaction joins it. Callers that opened one
    // already (the Content Manager's publish, the scheduler) are joined too.
    return strapi.db.transaction(async () => {
      if (action === 'publish') await withHttpErrors(() => rules.beforePublish(uid, params));
      const publishing = getService(strapi, 'publishing');
      const snapshot = action === 'publish' ? await publishing.beforePublish(uid, params) : null;
      // Read before a delete: afterwards the relations are gone.
      const before = await publishing.factsOf(uid, params.documentId);
      const feeds = await getService(strapi, 'websub').before(uid, params.documentId);

      const result = await next();

      if (action === 'publish') await publishing.afterPublish(uid, params, snapshot);
      const after = action === 'delete' ? null : await publishing.factsOf(uid, params.documentId);
      await getService(strapi, 'changes').changed(changeKeys(before, after), `${uid}.${action}`);
      await getService(strapi, 'websub').after(feeds);
      return result;
    });
  });
}
