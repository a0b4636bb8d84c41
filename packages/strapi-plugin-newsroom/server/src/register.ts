import type { Core } from '@strapi/strapi';
import { componentDefinitions } from './components';
import { installDocumentHooks } from './document-hooks';
import { createFastPath } from './http/fast-path';
import { createSettle } from './http/settle';
import { registerGraphql } from './graphql';
import { assertDraftAndPublish, assertOneStrapiUtils } from './startup-checks';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  assertOneStrapiUtils(strapi);
  assertDraftAndPublish(strapi);
  const registry = strapi.get('components');
  for (const [uid, component] of Object.entries(componentDefinitions())) {
    if (!registry.get(uid)) registry.set(uid, component);
  }

  // Registered before Strapi's own middlewares are added at bootstrap, so it runs first.
  strapi.server.use(createSettle(strapi) as any);
  strapi.server.use(createFastPath(strapi));

  installDocumentHooks(strapi);
  // Only when the app has @strapi/plugin-graphql (an optional peer).
  registerGraphql(strapi);
};
