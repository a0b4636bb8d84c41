import type { Core } from '@strapi/strapi';

/** Services of scheduled publishing (owned by the scheduler work). */
export default {} as Record<string, any>;

/** Called at the end of the plugin's bootstrap and in its destroy. */
export async function startScheduler(_strapi: Core.Strapi): Promise<void> {}
export async function stopScheduler(_strapi: Core.Strapi): Promise<void> {}
