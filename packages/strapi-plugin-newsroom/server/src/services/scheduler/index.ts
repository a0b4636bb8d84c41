import type { Core } from '@strapi/strapi';
import { createBundlesService } from './bundles';
import { createClockService } from './clock';
import { createSchedulePlanService } from './plan';
import { createRunnerService } from './runner';
import { createScheduleService } from './schedule';
import { getService } from '../../get-service';

/** Services of scheduled publishing, merged into the plugin's services. */
export default {
  bundles: createBundlesService,
  clock: createClockService,
  schedule: createScheduleService,
  schedulePlan: createSchedulePlanService,
  scheduler: createRunnerService,
};

const runner = (strapi: Core.Strapi) => getService(strapi, 'scheduler');

/** Called at the end of the plugin's bootstrap: catches up on overdue actions, then arms the timer. */
export async function startScheduler(strapi: Core.Strapi): Promise<void> {
  await runner(strapi).start();
}

/** Called in the plugin's destroy: waits for running actions, so none is cut off by closing the database. */
export async function stopScheduler(strapi: Core.Strapi): Promise<void> {
  await runner(strapi).stop();
}
