import { channelFeed, seriesFeed, siteFeed } from './feeds';
import permalink from './permalinks';
import { articlePrint, seriesPrint } from './print';
import { newsSitemap, sitemap, sitemapPage } from './sitemaps';
import { timeline } from './timelines';

/**
 * Controllers of permalinks, print views, feeds, sitemaps and timelines.
 * Reads are named find/findOne, so read-only API tokens (which Strapi limits
 * to those two names) may call them like the public role.
 */
export default {
  permalink,
  articlePrint,
  seriesPrint,
  siteFeed,
  channelFeed,
  seriesFeed,
  sitemap,
  sitemapPage,
  newsSitemap,
  timeline,
};
