import type { Core } from '@strapi/strapi';
import { componentDefinitions } from './components';
import type { RulesService } from './services/rules';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const registry = strapi.get('components');
  for (const [uid, component] of Object.entries(componentDefinitions())) {
    if (!registry.get(uid)) registry.set(uid, component);
  }

  strapi.documents.use(async (context, next) => {
    const rules = strapi.plugin('newsroom').service('rules') as RulesService;
    const { action, uid } = context;
    const params = context.params as any;
    if (action === 'create' || action === 'update') await rules.beforeWrite(uid, action, params);
    if (action === 'publish') await rules.beforePublish(uid, params);
    return next();
  });
};
