/** Controllers of permalinks, print views, feeds, sitemap and timelines (owned by the views work). */
export default {} as Record<string, any>;
