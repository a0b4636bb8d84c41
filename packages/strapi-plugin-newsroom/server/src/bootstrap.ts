import type { Core } from '@strapi/strapi';
import { PERMISSION_ACTIONS } from './permissions';
import { installAfterCommitGuard } from './services/after-commit';
import { watchPublicPermissions } from './services/permission-watch';
import { startScheduler } from './services/scheduler';
import { deliverAlert, SCHEDULE_ALERT_TOPIC } from './services/scheduler/alerts';
import { PURGE_TOPIC } from './services/purge';
import { WEBSUB_TOPIC } from './services/websub';
import { getService } from './get-service';

/**
 * The plugin's own start-up: its admin permissions, its edit views, the
 * watchers, the scheduler and the outbox. It creates no locale, grants no role anything
 * and seeds nothing unless the app set `demo: true`.
 */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = strapi.plugin('newsroom');
  installAfterCommitGuard(strapi);
  // On PostgreSQL: learn of changes by notification, and say so in newsroom_instances.
  await getService(strapi, 'changes').start();
  await strapi.service('admin::permission').actionProvider.registerMany(PERMISSION_ACTIONS);
  await getService(strapi, 'editViews').apply();
  watchPublicPermissions(strapi);
  if (plugin.config('demo')) await getService(strapi, 'demo').seed();
  await startScheduler(strapi);
  // Delivers what this or any other instance committed, also before this start.
  const outbox = getService(strapi, 'outbox');
  const websub = getService(strapi, 'websub');
  outbox.handle(WEBSUB_TOPIC, (payload) => websub.deliver(payload));
  outbox.handle(PURGE_TOPIC, (payload) => getService(strapi, 'purge').deliver(payload));
  outbox.handle(SCHEDULE_ALERT_TOPIC, (payload) => deliverAlert(payload));
  await outbox.start();
};
