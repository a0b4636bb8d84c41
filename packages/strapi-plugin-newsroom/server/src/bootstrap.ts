import type { Core } from '@strapi/strapi';
import { PERMISSION_ACTIONS } from './permissions';
import { installAfterCommitGuard } from './services/after-commit';
import type { DemoService } from './services/demo';
import type { EditViewsService } from './services/edit-views';
import { watchPublicPermissions } from './services/permission-watch';
import type { OutboxService } from './services/outbox';
import { startScheduler } from './services/scheduler';
import { WEBSUB_TOPIC, type WebSubService } from './services/websub';

/**
 * The plugin's own start-up: its admin permissions, its edit views, the
 * watchers, the scheduler and the outbox. It creates no locale, grants no role anything
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
  // Delivers what this or any other instance committed, also before this start.
  const outbox = plugin.service('outbox') as OutboxService;
  const websub = plugin.service('websub') as WebSubService;
  outbox.handle(WEBSUB_TOPIC, (payload) => websub.deliver(payload));
  await outbox.start();
};
