import type { Core } from '@strapi/strapi';
import { EDIT_VIEWS } from '../../../shared/edit-views';
import {
  appliedViews,
  type CmConfiguration,
  mergeEditView,
  pendingEditViews,
} from '../domain/edit-views-merge';

/** The plugin store key recording which version of each edit view was applied. */
export const EDIT_VIEWS_STORE_KEY = 'edit-views';

/**
 * Puts the newsroom's edit views into the Content Manager's configurations at
 * start-up (after the Content Manager synced them in its own bootstrap). Each
 * type's view is applied once per version, so what an editor changes later in
 * "Configure the view" stays.
 */
export const createEditViewsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Applies the pending views; returns the uids it changed. */
  async apply(): Promise<string[]> {
    const store = strapi.store({ type: 'plugin', name: 'newsroom' });
    const applied = appliedViews(await store.get({ key: EDIT_VIEWS_STORE_KEY }));
    const pending = pendingEditViews(EDIT_VIEWS, applied);
    if (pending.length === 0) return [];
    const contentManager = strapi.plugin('content-manager');
    const changed: string[] = [];
    for (const view of pending) {
      const isComponent = view.kind === 'component';
      const service = contentManager.service(isComponent ? 'components' : 'content-types');
      const model = isComponent ? service.findComponent(view.uid) : service.findContentType(view.uid);
      if (!model) continue;
      const current = (await service.findConfiguration(model)) as CmConfiguration;
      // Not synced by the Content Manager (yet): leave it for the next start.
      if (!current.layouts?.edit?.length) continue;
      const next = mergeEditView(view, current, model.attributes);
      await service.updateConfiguration(model, next);
      applied[view.uid] = view.version;
      changed.push(view.uid);
    }
    await store.set({ key: EDIT_VIEWS_STORE_KEY, value: applied });
    return changed;
  },
});

export type EditViewsService = ReturnType<typeof createEditViewsService>;
