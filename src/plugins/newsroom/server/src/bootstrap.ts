import type { Core } from '@strapi/strapi';
import { PERMISSION_ACTIONS } from './permissions';
import { installAfterCommitGuard } from './services/after-commit';
import { PUBLIC_ACTIONS } from './routes/content-api';
import type { DemoService } from './services/demo';
import type { EditViewsService } from './services/edit-views';
import { watchPublicPermissions } from './services/permission-watch';
import { startScheduler } from './services/scheduler';
import type { SetupService } from './services/setup';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = strapi.plugin('newsroom');
  installAfterCommitGuard(strapi);
  const setup = plugin.service('setup') as SetupService;
  await strapi.service('admin::permission').actionProvider.registerMany(PERMISSION_ACTIONS);
  await setup.ensureLocales();
  await setup.grantPublic(PUBLIC_ACTIONS);
  await (plugin.service('editViews') as EditViewsService).apply();
  watchPublicPermissions(strapi);
  if (plugin.config('demo')) await (plugin.service('demo') as DemoService).seed();
  await startScheduler(strapi);
};
