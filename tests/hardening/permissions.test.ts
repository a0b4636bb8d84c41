import { ACTORS, createActors, type Actor } from '../helpers/actors';
import { startApp, type TestApp } from '../helpers/strapi';

type Row = {
  route: string;
  method: 'get' | 'put';
  path: (ids: Ids) => string;
  body?: (ids: Ids) => object;
  expect: Record<Actor, number>;
};
type Ids = { series: string; parts: string[]; article: string; permalinkId: number };

const READ = { public: 200, user: 200, readToken: 200, adminNoPlugin: 401, editor: 401, superAdmin: 401 };

/**
 * The permission matrix: every route x every kind of caller. Admin tokens are
 * not content-API credentials (401); content-API credentials never open an
 * admin route (401); admins need the plugin permission (403 without).
 */
export const MATRIX: Row[] = [
  { route: 'GET /api/newsroom/series', method: 'get', path: () => '/api/newsroom/series', expect: READ },
  {
    route: 'GET /api/newsroom/series/:slug',
    method: 'get',
    path: () => '/api/newsroom/series/kernel-log-coming-in-3-0',
    expect: READ,
  },
  {
    route: 'GET /api/newsroom/articles/:slug',
    method: 'get',
    path: (ids) => `/api/newsroom/articles/${ids.article}`,
    expect: READ,
  },
  {
    route: 'GET /api/newsroom/channels/:slug/articles',
    method: 'get',
    path: () => '/api/newsroom/channels/the-h-open/articles',
    expect: READ,
  },
  {
    route: 'GET /api/newsroom/permalinks/:id',
    method: 'get',
    path: (ids) => `/api/newsroom/permalinks/${ids.permalinkId}`,
    expect: READ,
  },
  {
    route: 'GET /api/newsroom/articles/:slug/print',
    method: 'get',
    path: (ids) => `/api/newsroom/articles/${ids.article}/print`,
    expect: READ,
  },
  {
    route: 'GET /api/newsroom/series/:slug/print',
    method: 'get',
    path: () => '/api/newsroom/series/kernel-log-coming-in-3-0/print',
    expect: READ,
  },
  {
    route: 'GET /api/newsroom/feeds/site.atom',
    method: 'get',
    path: () => '/api/newsroom/feeds/site.atom',
    expect: READ,
  },
  {
    route: 'GET /api/newsroom/feeds/channels/:slug.rss',
    method: 'get',
    path: () => '/api/newsroom/feeds/channels/the-h-open.rss',
    expect: READ,
  },
  {
    route: 'GET /api/newsroom/feeds/series/:slug.json',
    method: 'get',
    path: () => '/api/newsroom/feeds/series/kernel-log-coming-in-3-0.json',
    expect: READ,
  },
  {
    route: 'GET /api/newsroom/sitemap.xml',
    method: 'get',
    path: () => '/api/newsroom/sitemap.xml',
    expect: READ,
  },
  {
    route: 'GET /api/newsroom/timelines',
    method: 'get',
    path: () => '/api/newsroom/timelines',
    expect: READ,
  },
  {
    route: 'GET /api/newsroom/timelines/:slug',
    method: 'get',
    path: () => '/api/newsroom/timelines/linux-3-0',
    expect: READ,
  },
  {
    route: 'GET /-:id (site root)',
    method: 'get',
    path: (ids) => `/-${ids.permalinkId}`,
    expect: { public: 301, user: 301, readToken: 301, adminNoPlugin: 301, editor: 301, superAdmin: 301 },
  },
  {
    route: 'PUT /newsroom/series/:documentId/order',
    method: 'put',
    path: (ids) => `/newsroom/series/${ids.series}/order`,
    body: (ids) => ({ order: ids.parts }),
    expect: { public: 401, user: 401, readToken: 401, adminNoPlugin: 403, editor: 200, superAdmin: 200 },
  },
];

describe('permission matrix', () => {
  let app: TestApp;
  let headers: Record<Actor, string | null>;
  let ids: Ids;

  beforeAll(async () => {
    app = await startApp();
    headers = await createActors(app, [
      'plugin::newsroom.series.renumber',
      'plugin::newsroom.schedule.read',
      'plugin::newsroom.schedule.create',
      'plugin::newsroom.schedule.delete',
      'plugin::newsroom.timeline.read',
    ]);
    const series = (await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200)).body
      .data;
    const published = series.parts.filter((p: any) => p.status === 'published');
    ids = {
      series: series.documentId,
      parts: published.map((p: any) => p.documentId),
      article: published[0].slug,
      permalinkId: published[0].permalinkId,
    };
  });
  afterAll(() => app.stop());

  it.each(MATRIX.flatMap((row) => ACTORS.map((actor) => [row.route, actor, row] as const)))(
    '%s as %s',
    async (_route, actor, row) => {
      let req = app.http()[row.method](row.path(ids));
      if (headers[actor]) req = req.set('Authorization', headers[actor]!);
      const res = await (row.body ? req.send(row.body(ids)) : req);
      expect(res.status).toBe(row.expect[actor]);
      if (res.status >= 400 && res.type === 'application/json')
        expect(res.body.error.message).toEqual(expect.any(String));
    },
  );
});
