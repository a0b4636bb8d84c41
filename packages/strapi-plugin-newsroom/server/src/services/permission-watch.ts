import type { Core } from '@strapi/strapi';
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

/**
 * A change to users-permissions roles or permissions bumps the content
 * generation, so cached public answers are checked against the new rights.
 */
export function watchPublicPermissions(strapi: Core.Strapi) {
  const bump = async () => {
    await getService(strapi, 'changes').changed(['newsroom'], 'permissions');
  };
  strapi.db.lifecycles.subscribe(
    Object.fromEntries([['models', MODELS], ...EVENTS.map((event) => [event, bump])]) as any,
  );
}
