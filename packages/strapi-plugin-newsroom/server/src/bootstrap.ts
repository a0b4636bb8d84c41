import type { Core } from '@strapi/strapi';
import { PERMISSION_ACTIONS } from './permissions';
import { installAfterCommitGuard } from './services/after-commit';
import type { DemoService } from './services/demo';
import type { EditViewsService } from './services/edit-views';
import { watchPublicPermissions } from './services/permission-watch';
import { startScheduler } from './services/scheduler';

/**
 * The plugin's own start-up: its admin permissions, its edit views, the
 * watchers and the scheduler. It creates no locale, grants no role anything
 * and seeds nothing unless the app set `demo: true`.
 */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = strapi.plugin('newsroom');
  installAfterCommitGuard(strapi);
  await strapi.service('admin::permission').actionProvider.registerMany(PERMISSION_ACTIONS);
  await (plugin.service('editViews') as EditViewsService).apply();
  watchPublicPermissions(strapi);
  if (plugin.config('demo')) await (plugin.service('demo') as DemoService).seed();
  await startScheduler(strapi);
};
