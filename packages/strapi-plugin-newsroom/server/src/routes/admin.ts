import { ACTIONS, guarded } from '../permissions';
import boardRoutes from './admin-board';
import calendarRoutes from './admin-calendar';
import editingRoutes from './admin-editing';
import previewRoutes from './admin-previews';
import bundleRoutes from './admin-bundles';
import scheduleRoutes from './admin-schedule';

export default {
  type: 'admin' as const,
  routes: [
    {
      method: 'PUT',
      path: '/series/:documentId/order',
      handler: 'seriesAdmin.reorder',
      config: guarded(ACTIONS.seriesRenumber),
    },
    ...scheduleRoutes,
    ...bundleRoutes,
    ...boardRoutes,
    ...editingRoutes,
    ...calendarRoutes,
    ...previewRoutes,
  ],
};
