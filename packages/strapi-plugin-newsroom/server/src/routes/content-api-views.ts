/** Permalink, print, feed, sitemap and timeline routes, under /api/newsroom. GET only, public. */
const read = (path: string, handler: string) => ({ method: 'GET', path, handler, config: { policies: [] } });

export const viewRoutes = [
  read('/permalinks/:id', 'permalink.findOne'),
  read('/articles/:slug/print', 'articlePrint.findOne'),
  read('/series/:slug/print', 'seriesPrint.findOne'),
  // ".atom", ".rss" or ".json": the controller answers 404 for any other extension.
  read('/feeds/site.:format', 'siteFeed.find'),
  read('/feeds/channels/:slug.:format', 'channelFeed.findOne'),
  read('/feeds/series/:slug.:format', 'seriesFeed.findOne'),
  // The sitemap index, its files, and the Google News sitemap (last 48 hours).
  read('/sitemap.xml', 'sitemap.find'),
  read('/sitemaps/:page.xml', 'sitemapPage.findOne'),
  read('/news-sitemap.xml', 'newsSitemap.find'),
  read('/timelines', 'timeline.find'),
  read('/timelines/:slug', 'timeline.findOne'),
];

/**
 * Signed links for people without an account: share links and previews of
 * drafts, and the iCal feed. No Users & Permissions check (auth: false): the
 * signed token in the path is the credential, checked in the controller.
 */
const signed = (path: string, handler: string) => ({
  method: 'GET',
  path,
  handler,
  config: { auth: false as const, policies: [] },
});

export const signedRoutes = [
  signed('/previews/:token', 'previews.page'),
  signed('/calendar/:token.ics', 'calendar.ics'),
];
