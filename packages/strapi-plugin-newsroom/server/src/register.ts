import type { Core } from '@strapi/strapi';
import { componentDefinitions } from './components';
import type { ChangesService } from './services/changes';
import { createFastPath } from './services/fast-path';
import type { PublishingService } from './services/publishing';
import type { RulesService } from './services/rules';
import type { WebSubService } from './services/websub';
import { assertDraftAndPublish, assertOneStrapiUtils } from './startup-checks';
import { isNewsroomUid } from './uids';

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
    const service = <T>(name: string) => strapi.plugin('newsroom').service(name) as T;
    const params = context.params as any;

    if (action === 'create' || action === 'update')
      await service<RulesService>('rules').beforeWrite(uid, action, params);
    if (!VISIBLE.includes(action)) return next();

    // One transaction around the change and everything that records it (the
    // content generation, the outbox's messages): a crash leaves all or none.
    // The Document Service's own transaction joins it. Callers that opened one
    // already (the Content Manager's publish, the scheduler) are joined too.
    return strapi.db.transaction(async () => {
      if (action === 'publish') await service<RulesService>('rules').beforePublish(uid, params);
      const publishing = service<PublishingService>('publishing');
      const snapshot = action === 'publish' ? await publishing.beforePublish(uid, params) : null;
      // Read before a delete: afterwards the relations are gone.
      const keys = await publishing.keysFor(uid, params.documentId);
      const feeds = await service<WebSubService>('websub').before(uid, params.documentId);

      const result = await next();

      if (action === 'publish') await publishing.afterPublish(uid, params, snapshot);
      const after = action === 'delete' ? [] : await publishing.keysFor(uid, params.documentId);
      await service<ChangesService>('changes').changed([...keys, ...after], `${uid}.${action}`);
      await service<WebSubService>('websub').after(feeds);
      return result;
    });
  });
};
