import type { Core } from '@strapi/strapi';
import { ALL } from '../domain/cache-keys';
import { getService } from '../get-service';

const MODELS = ['plugin::users-permissions.permission', 'plugin::users-permissions.role'];
const EVENTS = [
  'afterCreate',
  'afterCreateMany',
  'afterUpdate',
  'afterUpdateMany',
  'afterDelete',
  'afterDeleteMany',
];

/** Saving a role writes several rows: their purges wait this long, so the identical ones fold into one. */
const PURGE_DELAY_MS = 250;

/**
 * A change to users-permissions roles or permissions bumps the content
 * generation at once, so cached public answers are checked against the new
 * rights, and purges everything from the CDN.
 */
export function watchPublicPermissions(strapi: Core.Strapi) {
  const bump = async () => {
    await getService(strapi, 'changes').changed([ALL], 'permissions', { purgeDelayMs: PURGE_DELAY_MS });
  };
  strapi.db.lifecycles.subscribe(
    Object.fromEntries([['models', MODELS], ...EVENTS.map((event) => [event, bump])]) as any,
  );
}
