import { createFeedsService } from './feeds';
import { createPermalinksService } from './permalinks';
import { createPrintService } from './print';
import { createSitemapService } from './sitemap';
import { createStructuredDataService } from './structured-data';
import { createTimelinesService } from './timelines';
import { createUrlsService } from './urls';

/** Services of permalinks, print views, feeds, sitemap and timelines. */
export default {
  urls: createUrlsService,
  permalinks: createPermalinksService,
  print: createPrintService,
  feeds: createFeedsService,
  sitemap: createSitemapService,
  structuredData: createStructuredDataService,
  timelines: createTimelinesService,
};
