import { ACTIONS, guarded } from '../permissions';

/** Scheduled publishing's admin routes, under /newsroom (spread into routes/admin.ts). */
export default [
  {
    method: 'GET',
    path: '/schedule/actions',
    handler: 'schedule.find',
    config: guarded(ACTIONS.scheduleRead),
  },
  {
    method: 'GET',
    path: '/schedule/actions/:id',
    handler: 'schedule.findOne',
    config: guarded(ACTIONS.scheduleRead),
  },
  {
    method: 'POST',
    path: '/schedule/actions',
    handler: 'schedule.create',
    config: guarded(ACTIONS.scheduleCreate),
  },
  {
    method: 'PUT',
    path: '/schedule/actions/:id',
    handler: 'schedule.reschedule',
    config: guarded(ACTIONS.scheduleCreate),
  },
  {
    method: 'DELETE',
    path: '/schedule/actions/:id',
    handler: 'schedule.cancel',
    config: guarded(ACTIONS.scheduleDelete),
  },
  {
    method: 'POST',
    path: '/schedule/plans',
    handler: 'schedule.plan',
    config: guarded(ACTIONS.scheduleCreate),
  },
];
