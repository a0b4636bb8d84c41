import type { Core } from '@strapi/strapi';
import { componentDefinitions } from './components';
import { createFastPath } from './services/fast-path';
import { assertDraftAndPublish, assertOneStrapiUtils } from './startup-checks';
import { isNewsroomUid } from './uids';
import { getService } from './get-service';

/** Actions that change what readers see (create and update only touch drafts in Strapi 5). */
const VISIBLE = ['publish', 'unpublish', 'delete'];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  assertOneStrapiUtils(strapi);
  assertDraftAndPublish(strapi);
  const registry = strapi.get('components');
  for (const [uid, component] of Object.entries(componentDefinitions())) {
    if (!registry.get(uid)) registry.set(uid, component);
  }

  // Registered before Strapi's own middlewares are added at bootstrap, so it runs first.
  strapi.server.use(createFastPath(strapi));

  strapi.documents.use(async (context, next) => {
    const { action, uid } = context;
    if (!isNewsroomUid(uid)) return next();
    const params = context.params as any;

    if (action === 'create' || action === 'update')
      await getService(strapi, 'rules').beforeWrite(uid, action, params);
    if (!VISIBLE.includes(action)) return next();

    // One transaction around the change and everything that records it (the
    // content generation, the outbox's messages): a crash leaves all or none.
    // The Document Service's own transaction joins it. Callers that opened one
    // already (the Content Manager's publish, the scheduler) are joined too.
    return strapi.db.transaction(async () => {
      if (action === 'publish') await getService(strapi, 'rules').beforePublish(uid, params);
      const publishing = getService(strapi, 'publishing');
      const snapshot = action === 'publish' ? await publishing.beforePublish(uid, params) : null;
      // Read before a delete: afterwards the relations are gone.
      const keys = await publishing.keysFor(uid, params.documentId);
      const feeds = await getService(strapi, 'websub').before(uid, params.documentId);

      const result = await next();

      if (action === 'publish') await publishing.afterPublish(uid, params, snapshot);
      const after = action === 'delete' ? [] : await publishing.keysFor(uid, params.documentId);
      await getService(strapi, 'changes').changed([...keys, ...after], `${uid}.${action}`);
      await getService(strapi, 'websub').after(feeds);
      return result;
    });
  });
};
