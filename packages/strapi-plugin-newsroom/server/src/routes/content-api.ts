import { VIEW_PUBLIC_ACTIONS, viewRoutes } from './content-api-views';

const read = (path: string, handler: string) => ({ method: 'GET', path, handler, config: { policies: [] } });

export default {
  type: 'content-api' as const,
  routes: [
    read('/series', 'series.find'),
    read('/series/:slug', 'series.findOne'),
    read('/articles/:slug', 'article.findOne'),
    read('/channels/:slug/articles', 'channelArticles.find'),
    ...viewRoutes,
  ],
};

/**
 * What an app grants the public (and authenticated) role in Users &
 * Permissions so a front end can read without a token; the plugin never
 * grants them itself. Reads are named find/findOne, so read-only API tokens
 * may call them too.
 */
export const PUBLIC_ACTIONS = [
  'plugin::newsroom.series.find',
  'plugin::newsroom.series.findOne',
  'plugin::newsroom.article.findOne',
  'plugin::newsroom.channelArticles.find',
  ...VIEW_PUBLIC_ACTIONS,
];
