/** Configuration of scheduled publishing (owned by the scheduler work). */
export const schedulerDefaults = {} as Record<string, any>;
export function validateScheduler(_config: any): void {}
