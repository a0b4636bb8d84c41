import { ACTORS, createActors, type Actor } from '../helpers/actors';
import { startApp, type TestApp } from '../helpers/strapi';

type Row = {
  route: string;
  method: 'get' | 'put' | 'post' | 'delete';
  path: (ids: Ids) => string;
  /** Built just before the request (a save sends the version current at that moment). */
  body?: (ids: Ids, app: TestApp) => object | Promise<object>;
  expect: Record<Actor, number>;
};
type Ids = {
  series: string;
  parts: string[];
  article: string;
  articleId: string;
  permalinkId: number;
  timeline: string;
  action: string;
  /** An action of its own: the DELETE row cancels `action`. */
  moveAction: string;
  shareLink: string;
  sharePath: string;
  feedPath: string;
};
/** Signed-link routes: the token is the credential, whoever else asks. */
const SIGNED = { public: 200, user: 200, readToken: 200, adminNoPlugin: 200, editor: 200, superAdmin: 200 };
const ARTICLE_UID = 'plugin::newsroom.article';

const READ = { public: 200, user: 200, readToken: 200, adminNoPlugin: 401, editor: 401, superAdmin: 401 };
/**
 * Admin routes: content-API credentials are not admins (401); admins need
 * the permission (403). What each admin role may do is the role matrix in
 * role-matrix.test.ts; here the editor and the super admin only show the route answers.
 */
const ADMIN = (ok: number) => ({
  public: 401,
  user: 401,
  readToken: 401,
  adminNoPlugin: 403,
  editor: ok,
  superAdmin: ok,
});
const version = (app: TestApp, uid: string, documentId: string) =>
  app.strapi.plugin('newsroom').service('editing').version(uid, documentId, 'en');
let milestones = 0;
async function seriesWithDraftPart(app: TestApp) {
  milestones += 1;
  const docs = (uid: string) => app.strapi.documents(uid as any) as any;
  const series = await docs('plugin::newsroom.series').create({
    data: { title: `Matrix series ${milestones}` },
    locale: 'en',
  });
  await docs('plugin::newsroom.article').create({
    data: { title: `Matrix part ${milestones}`, series: series.documentId, partNumber: 1 },
    locale: 'en',
  });
  return series.documentId as string;
}

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
    route: 'GET /api/newsroom/sitemaps/:page.xml',
    method: 'get',
    path: () => '/api/newsroom/sitemaps/1.xml',
    expect: READ,
  },
  {
    route: 'GET /api/newsroom/news-sitemap.xml',
    method: 'get',
    path: () => '/api/newsroom/news-sitemap.xml',
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
    expect: ADMIN(200),
  },
  {
    route: 'GET /newsroom/schedule/actions',
    method: 'get',
    path: () => '/newsroom/schedule/actions',
    expect: ADMIN(200),
  },
  {
    route: 'GET /newsroom/schedule/actions/:id',
    method: 'get',
    path: (ids) => `/newsroom/schedule/actions/${ids.action}`,
    expect: ADMIN(200),
  },
  {
    route: 'POST /newsroom/schedule/actions',
    method: 'post',
    path: () => '/newsroom/schedule/actions',
    // Another minute each time: an identical request would answer 200 with the stored action.
    body: (ids) => ({
      targetType: 'plugin::newsroom.article',
      documentId: ids.articleId,
      action: 'unpublish',
      date: '2031-02-01',
      time: `10:${String((milestones += 1)).padStart(2, '0')}`,
    }),
    expect: ADMIN(201),
  },
  {
    route: 'PUT /newsroom/schedule/actions/:id',
    method: 'put',
    path: (ids) => `/newsroom/schedule/actions/${ids.action}`,
    body: () => ({ date: '2031-03-01', time: '09:30' }),
    expect: ADMIN(200),
  },
  {
    route: 'DELETE /newsroom/schedule/actions/:id',
    method: 'delete',
    path: (ids) => `/newsroom/schedule/actions/${ids.action}`,
    expect: ADMIN(200),
  },
  {
    route: 'POST /newsroom/schedule/plans',
    method: 'post',
    path: () => '/newsroom/schedule/plans',
    // A series of its own each time, with one part still to publish.
    body: async (_ids, app) => ({
      seriesDocumentId: await seriesWithDraftPart(app),
      weekday: 'Thursday',
      time: '16:49',
      startingFrom: '2031-01-02',
    }),
    expect: ADMIN(201),
  },
  {
    route: 'GET /newsroom/board/settings',
    method: 'get',
    path: () => '/newsroom/board/settings',
    expect: ADMIN(200),
  },
  {
    route: 'GET /newsroom/board/series',
    method: 'get',
    path: () => '/newsroom/board/series',
    expect: ADMIN(200),
  },
  {
    route: 'GET /newsroom/board/articles/:documentId',
    method: 'get',
    path: (ids) => `/newsroom/board/articles/${ids.articleId}`,
    expect: ADMIN(200),
  },
  {
    route: 'GET /newsroom/board/timelines',
    method: 'get',
    path: () => '/newsroom/board/timelines',
    expect: ADMIN(200),
  },
  {
    route: 'GET /newsroom/board/timelines/:slug',
    method: 'get',
    path: () => '/newsroom/board/timelines/linux-3-0',
    expect: ADMIN(200),
  },
  {
    route: 'GET /newsroom/articles/:documentId/draft (Content Manager read)',
    method: 'get',
    path: (ids) => `/newsroom/articles/${ids.articleId}/draft?locale=en`,
    expect: ADMIN(200),
  },
  {
    route: 'PUT /newsroom/articles/:documentId/draft (Content Manager update)',
    method: 'put',
    path: (ids) => `/newsroom/articles/${ids.articleId}/draft?locale=en`,
    body: async (ids, app) => ({
      version: await version(app, 'plugin::newsroom.article', ids.articleId),
      data: { partnerLine: 'Matrix check' },
    }),
    expect: ADMIN(200),
  },
  {
    route: 'POST /newsroom/timelines/:documentId/milestones (Content Manager update + publish)',
    method: 'post',
    path: (ids) => `/newsroom/timelines/${ids.timeline}/milestones`,
    body: async (ids, app) => {
      milestones += 1;
      return {
        version: await version(app, 'plugin::newsroom.timeline', ids.timeline),
        milestone: {
          kind: 'stable',
          label: `3.0.${90 + milestones}`,
          local: `2013-01-${10 + milestones}T10:00`,
        },
      };
    },
    expect: ADMIN(201),
  },
  {
    route: 'GET /newsroom/board/series/:documentId/next-part',
    method: 'get',
    path: (ids) => `/newsroom/board/series/${ids.series}/next-part`,
    expect: ADMIN(200),
  },
  {
    route: 'GET /newsroom/calendar',
    method: 'get',
    path: () => '/newsroom/calendar?view=week',
    expect: ADMIN(200),
  },
  {
    route: 'GET /newsroom/calendar/summary',
    method: 'get',
    path: () => '/newsroom/calendar/summary',
    expect: ADMIN(200),
  },
  {
    route: 'POST /newsroom/calendar/actions/:id/move',
    method: 'post',
    path: (ids) => `/newsroom/calendar/actions/${ids.moveAction}/move`,
    body: () => ({ date: '2031-01-02' }),
    expect: ADMIN(200),
  },
  {
    route: 'GET /newsroom/calendar/feeds',
    method: 'get',
    path: () => '/newsroom/calendar/feeds',
    expect: ADMIN(200),
  },
  {
    route: 'POST /newsroom/calendar/feeds',
    method: 'post',
    path: () => '/newsroom/calendar/feeds',
    expect: ADMIN(201),
  },
  {
    route: "DELETE /newsroom/calendar/feeds/:id (only one's own: another's is unknown)",
    method: 'delete',
    path: () => '/newsroom/calendar/feeds/someone-elses',
    expect: ADMIN(404),
  },
  {
    route: 'GET /newsroom/previews/url (Content Manager read)',
    method: 'get',
    path: (ids) => `/newsroom/previews/url?targetType=${ARTICLE_UID}&documentId=${ids.articleId}&locale=en`,
    expect: ADMIN(200),
  },
  {
    route: 'GET /newsroom/share-links (Content Manager read)',
    method: 'get',
    path: (ids) => `/newsroom/share-links?targetType=${ARTICLE_UID}&documentId=${ids.articleId}&locale=en`,
    expect: ADMIN(200),
  },
  {
    route: 'POST /newsroom/share-links (Content Manager read)',
    method: 'post',
    path: () => '/newsroom/share-links',
    body: (ids) => ({ targetType: ARTICLE_UID, documentId: ids.articleId, locale: 'en' }),
    expect: ADMIN(201),
  },
  {
    route: 'DELETE /newsroom/share-links/:id (Content Manager read)',
    method: 'delete',
    path: (ids) => `/newsroom/share-links/${ids.shareLink}`,
    expect: ADMIN(200),
  },
  { route: 'GET /api/newsroom/previews/:token', method: 'get', path: (ids) => ids.sharePath, expect: SIGNED },
  {
    route: 'GET /api/newsroom/calendar/:token.ics',
    method: 'get',
    path: (ids) => ids.feedPath,
    expect: SIGNED,
  },
];

describe('permission matrix', () => {
  let app: TestApp;
  let headers: Record<Actor, string | null>;
  let ids: Ids;

  beforeAll(async () => {
    app = await startApp();
    const contentManager = (uid: string, locales?: string[]) =>
      ['read', 'update', 'publish'].map((verb) => ({
        action: `plugin::content-manager.explorer.${verb}`,
        subject: uid,
        properties: locales ? { locales } : {},
      }));
    headers = await createActors(app, [
      'plugin::newsroom.series.renumber',
      'plugin::newsroom.schedule.read',
      'plugin::newsroom.schedule.create',
      'plugin::newsroom.schedule.delete',
      'plugin::newsroom.timeline.read',
      ...contentManager('plugin::newsroom.article', ['en', 'de']),
      ...contentManager('plugin::newsroom.timeline'),
    ]);
    const series = (await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200)).body
      .data;
    const published = series.parts.filter((p: any) => p.status === 'published');
    const admin = { Authorization: headers.superAdmin! };
    const timeline = (await app.http().get('/newsroom/board/timelines/linux-3-0').set(admin).expect(200)).body
      .data;
    const action = await app.http().post('/newsroom/schedule/actions').set(admin).send({
      targetType: 'plugin::newsroom.article',
      documentId: published[0].documentId,
      action: 'unpublish',
      date: '2031-01-01',
      time: '10:00',
    });
    expect(action.status).toBe(201);
    const share = await app.http().post('/newsroom/share-links').set(admin).send({
      targetType: ARTICLE_UID,
      documentId: published[0].documentId,
      locale: 'en',
    });
    const feed = await app.http().post('/newsroom/calendar/feeds').set(admin);
    const reader = await app.http().post('/newsroom/share-links').set(admin).send({
      targetType: ARTICLE_UID,
      documentId: published[0].documentId,
      locale: 'en',
    });
    const movable = await app.http().post('/newsroom/schedule/actions').set(admin).send({
      targetType: 'plugin::newsroom.article',
      documentId: published[0].documentId,
      action: 'unpublish',
      date: '2031-01-01',
      time: '12:00',
    });
    ids = {
      moveAction: movable.body.data[0].id,
      shareLink: share.body.data.id,
      sharePath: new URL(reader.body.data.url).pathname,
      feedPath: new URL(feed.body.data.url).pathname,
      series: series.documentId,
      parts: published.map((p: any) => p.documentId),
      article: published[0].slug,
      articleId: published[0].documentId,
      permalinkId: published[0].permalinkId,
      timeline: timeline.documentId,
      action: action.body.data[0].id,
    };
  });
  afterAll(() => app.stop());

  it.each(MATRIX.flatMap((row) => ACTORS.map((actor) => [row.route, actor, row] as const)))(
    '%s as %s',
    async (_route, actor, row) => {
      let req = app.http()[row.method](row.path(ids));
      if (headers[actor]) req = req.set('Authorization', headers[actor]!);
      const res = await (row.body ? req.send(await row.body(ids, app)) : req);
      // The message rides along so a wrong status shows why.
      expect({ status: res.status, message: res.body?.error?.message }).toEqual({
        status: row.expect[actor],
        message: res.status === row.expect[actor] ? res.body?.error?.message : '(another status)',
      });
      if (res.status >= 400 && res.type === 'application/json')
        expect(res.body.error.message).toEqual(expect.any(String));
    },
  );
});
