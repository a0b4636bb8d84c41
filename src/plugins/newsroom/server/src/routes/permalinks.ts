/** The site-root permalink redirect router, `GET /-:id` (owned by the views work). */
export default { type: 'admin' as const, prefix: '', routes: [] as any[] };
