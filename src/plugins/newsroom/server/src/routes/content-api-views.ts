/** Permalink, print, feed, sitemap and timeline routes, under /api/newsroom. GET only, public. */
const read = (path: string, handler: string) => ({ method: 'GET', path, handler, config: { policies: [] } });

export const viewRoutes = [
  read('/permalinks/:id', 'permalink.resolve'),
  read('/articles/:slug/print', 'print.article'),
  read('/series/:slug/print', 'print.series'),
  // ".atom", ".rss" or ".json": the controller answers 404 for any other extension.
  read('/feeds/site.:format', 'feed.site'),
  read('/feeds/channels/:slug.:format', 'feed.channel'),
  read('/feeds/series/:slug.:format', 'feed.series'),
  read('/sitemap.xml', 'sitemap.index'),
  read('/timelines', 'timeline.find'),
  read('/timelines/:slug', 'timeline.findOne'),
];

/** Granted to the public role at first start so a front end can read without a token. */
export const VIEW_PUBLIC_ACTIONS = [
  'plugin::newsroom.permalink.resolve',
  'plugin::newsroom.print.article',
  'plugin::newsroom.print.series',
  'plugin::newsroom.feed.site',
  'plugin::newsroom.feed.channel',
  'plugin::newsroom.feed.series',
  'plugin::newsroom.sitemap.index',
  'plugin::newsroom.timeline.find',
  'plugin::newsroom.timeline.findOne',
];
