import { signedRoutes, viewRoutes } from './content-api-views';

const read = (path: string, handler: string) => ({ method: 'GET', path, handler, config: { policies: [] } });

export default {
  type: 'content-api' as const,
  routes: [
    read('/series', 'series.find'),
    read('/series/:slug', 'series.findOne'),
    read('/articles/:slug', 'article.findOne'),
    read('/channels/:slug/articles', 'channelArticles.find'),
    ...viewRoutes,
    ...signedRoutes,
    // The OpenAPI document of every newsroom route: public without a role grant, like the signed links.
    {
      method: 'GET',
      path: '/openapi.json',
      handler: 'openapi.find',
      config: { auth: false as const, policies: [] },
    },
  ],
};
