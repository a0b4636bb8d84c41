/** Configuration of permalinks and canonical URLs (owned by the views work). */
export const viewDefaults = {} as Record<string, any>;
export function validateViews(_config: any): void {}
