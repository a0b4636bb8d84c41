/** Permalink, print, feed, sitemap and timeline routes (owned by the views work). */
export const viewRoutes: any[] = [];
export const VIEW_PUBLIC_ACTIONS: string[] = [];
