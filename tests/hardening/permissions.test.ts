import type { Response } from 'supertest';
import { ACTORS, createActors, type Actor } from '../helpers/actors';
import { fingerprint } from '../helpers/fingerprint';
import { startApp, type TestApp } from '../helpers/strapi';

type Ids = {
  series: string;
  seriesTitle: string;
  parts: string[];
  article: string;
  articleId: string;
  title: string;
  permalinkId: number;
  timeline: string;
  action: string;
  /** An action of its own for the calendar's move. */
  moveAction: string;
  shareLink: string;
  sharePath: string;
  feedId: string;
  feedPath: string;
};
/** One request of the matrix: who asked, what was sent, and the super admin's header to look at the effect. */
type Cell = { app: TestApp; ids: Ids; actor: Actor; sent: any; admin: Record<string, string> };
type Row = {
  route: string;
  method: 'get' | 'put' | 'post' | 'delete';
  path: (ids: Ids) => string;
  /** Documents made for this one request (a cancel cancels an action of its own). */
  setup?: (cell: Cell) => Promise<Partial<Ids>>;
  /** Built just before the request (a save sends the version current at that moment). */
  body?: (ids: Ids, app: TestApp) => object | Promise<object>;
  expect: Record<Actor, number>;
  /** What an allowed caller gets: the body, and the effect where the route changes something. */
  allowed: (res: Response, cell: Cell) => unknown;
  /** The sentence of a 403. */
  refused?: string;
};

const ARTICLE_UID = 'plugin::newsroom.article';
const TIMELINE_UID = 'plugin::newsroom.timeline';
const NO_CREDENTIALS = 'Missing or invalid credentials';
const needs = (permission: string) =>
  `Your role may not do this: it needs the Newsroom permission "${permission}" (Settings → Administration Panel → Roles → Plugins → Newsroom).`;
const CM_READ = 'Your role may not read articles in locale "en" in the Content Manager.';
const CM_PREVIEW = `${CM_READ.slice(0, -1)}, so it may not preview or share them.`;

/** Signed-link routes: the token is the credential, whoever else asks. */
const SIGNED = { public: 200, user: 200, readToken: 200, adminNoPlugin: 200, editor: 200, superAdmin: 200 };
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
const docs = (app: TestApp, uid: string) => app.strapi.documents(uid as any) as any;
let counter = 0;
async function seriesWithDraftPart(app: TestApp) {
  counter += 1;
  const series = await docs(app, 'plugin::newsroom.series').create({
    data: { title: `Matrix series ${counter}` },
    locale: 'en',
  });
  await docs(app, ARTICLE_UID).create({
    data: { title: `Matrix part ${counter}`, series: series.documentId, partNumber: 1 },
    locale: 'en',
  });
  return series.documentId as string;
}
const canonical = (ids: Ids) => `https://www.example.com/en/news/${ids.article}-${ids.permalinkId}.html`;
const asAdmin = (cell: Cell, path: string) => cell.app.http().get(path).set(cell.admin);
/** The stored action, as the calendar's API shows it to the super admin. */
async function storedAction(cell: Cell, id: string) {
  const res = await asAdmin(cell, `/newsroom/schedule/actions/${id}`);
  expect(res.status).toBe(200);
  return res.body.data;
}
const slugs = (res: Response) => res.body.data.map((item: any) => item.slug);
const idsOf = (list: any[]) => list.map((item: any) => item.id ?? item.documentId);
const newAction = async (cell: Cell, time: string) => {
  const res = await cell.app.http().post('/newsroom/schedule/actions').set(cell.admin).send({
    targetType: ARTICLE_UID,
    documentId: cell.ids.articleId,
    action: 'unpublish',
    date: '2031-04-01',
    time,
  });
  expect(res.status).toBe(201);
  return res.body.data[0].id as string;
};

/**
 * The permission matrix: every route x every kind of caller. Admin tokens are
 * not content-API credentials (401); content-API credentials never open an
 * admin route (401); admins need the plugin permission (403 without).
 */
export const MATRIX: Row[] = [
  {
    route: 'GET /api/newsroom/series',
    method: 'get',
    path: () => '/api/newsroom/series',
    expect: READ,
    allowed: (res) => expect(slugs(res)).toContain('kernel-log-coming-in-3-0'),
  },
  {
    route: 'GET /api/newsroom/series/:slug',
    method: 'get',
    path: () => '/api/newsroom/series/kernel-log-coming-in-3-0',
    expect: READ,
    allowed: (res, { ids }) => {
      expect(res.body.data).toMatchObject({ documentId: ids.series, title: ids.seriesTitle });
      expect(ids.parts.every((id) => res.body.data.parts.some((p: any) => p.documentId === id))).toBe(true);
    },
  },
  {
    route: 'GET /api/newsroom/articles/:slug',
    method: 'get',
    path: (ids) => `/api/newsroom/articles/${ids.article}`,
    expect: READ,
    allowed: (res, { ids }) =>
      expect(res.body.data).toMatchObject({ documentId: ids.articleId, slug: ids.article, title: ids.title }),
  },
  {
    route: 'GET /api/newsroom/channels/:slug/articles',
    method: 'get',
    path: () => '/api/newsroom/channels/the-h-open/articles',
    expect: READ,
    // Part 1 is in The H Open, and the answer is that channel's articles (every one a part of the series here).
    allowed: (res, { ids }) => {
      expect(idsOf(res.body.data)).toContain(ids.articleId);
      expect(new Set(res.body.data.map((a: any) => a.series?.documentId))).toEqual(new Set([ids.series]));
    },
  },
  {
    route: 'GET /api/newsroom/permalinks/:id',
    method: 'get',
    path: (ids) => `/api/newsroom/permalinks/${ids.permalinkId}`,
    expect: READ,
    allowed: (res, { ids }) =>
      expect(res.body.data).toMatchObject({ documentId: ids.articleId, canonicalUrl: canonical(ids) }),
  },
  {
    route: 'GET /api/newsroom/articles/:slug/print',
    method: 'get',
    path: (ids) => `/api/newsroom/articles/${ids.article}/print`,
    expect: READ,
    allowed: (res, { ids }) => expect(res.text).toContain(`<h1>${ids.title}</h1>`),
  },
  {
    route: 'GET /api/newsroom/series/:slug/print',
    method: 'get',
    path: () => '/api/newsroom/series/kernel-log-coming-in-3-0/print',
    expect: READ,
    allowed: (res, { ids }) => {
      expect(res.text).toContain(ids.seriesTitle);
      expect(res.text).toContain(ids.title);
    },
  },
  {
    route: 'GET /api/newsroom/feeds/site.atom',
    method: 'get',
    path: () => '/api/newsroom/feeds/site.atom',
    expect: READ,
    allowed: (res) => expect(res.text).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"[^]*<entry>/),
  },
  {
    route: 'GET /api/newsroom/feeds/channels/:slug.rss',
    method: 'get',
    path: () => '/api/newsroom/feeds/channels/the-h-open.rss',
    expect: READ,
    allowed: (res) => expect(res.text).toMatch(/<rss [^]*<channel>[^]*<item>/),
  },
  {
    route: 'GET /api/newsroom/feeds/series/:slug.json',
    method: 'get',
    path: () => '/api/newsroom/feeds/series/kernel-log-coming-in-3-0.json',
    expect: READ,
    allowed: (res, { ids }) =>
      expect(JSON.parse(res.text).items.map((i: any) => i.url)).toContain(canonical(ids)),
  },
  {
    route: 'GET /api/newsroom/sitemap.xml',
    method: 'get',
    path: () => '/api/newsroom/sitemap.xml',
    expect: READ,
    allowed: (res) => expect(res.text).toMatch(/<(sitemapindex|urlset) /),
  },
  {
    route: 'GET /api/newsroom/sitemaps/:page.xml',
    method: 'get',
    path: () => '/api/newsroom/sitemaps/1.xml',
    expect: READ,
    allowed: (res, { ids }) => expect(res.text).toContain(`<loc>${canonical(ids)}</loc>`),
  },
  {
    route: 'GET /api/newsroom/news-sitemap.xml',
    method: 'get',
    path: () => '/api/newsroom/news-sitemap.xml',
    expect: READ,
    allowed: (res) => expect(res.text).toMatch(/<urlset [^>]*xmlns:news=/),
  },
  {
    route: 'GET /api/newsroom/timelines',
    method: 'get',
    path: () => '/api/newsroom/timelines',
    expect: READ,
    allowed: (res) => expect(slugs(res)).toContain('linux-3-0'),
  },
  {
    route: 'GET /api/newsroom/timelines/:slug',
    method: 'get',
    path: () => '/api/newsroom/timelines/linux-3-0',
    expect: READ,
    allowed: (res, { ids }) =>
      expect(res.body.data).toMatchObject({ documentId: ids.timeline, version: '3.0' }),
  },
  {
    route: 'GET /-:id (site root)',
    method: 'get',
    path: (ids) => `/-${ids.permalinkId}`,
    expect: { public: 301, user: 301, readToken: 301, adminNoPlugin: 301, editor: 301, superAdmin: 301 },
    allowed: (res, { ids }) => expect(res.headers.location).toBe(canonical(ids)),
  },
  {
    route: 'GET /-:id/… (below a permalink: nothing)',
    method: 'get',
    path: (ids) => `/-${ids.permalinkId}/print`,
    expect: { public: 404, user: 404, readToken: 404, adminNoPlugin: 404, editor: 404, superAdmin: 404 },
    allowed: (res) =>
      expect(res.text).toContain('A permalink is the prefix and a number only, for example /-1275463.'),
  },
  {
    route: 'PUT /newsroom/series/:documentId/order',
    method: 'put',
    path: (ids) => `/newsroom/series/${ids.series}/order`,
    // Another order each time, so each allowed request has an effect of its own.
    body: (ids) => {
      counter += 1;
      const turn = counter % ids.parts.length || 1;
      return { order: [...ids.parts.slice(turn), ...ids.parts.slice(0, turn)] };
    },
    expect: ADMIN(200),
    refused: needs('Reorder the parts of a series'),
    allowed: async (res, cell) => {
      expect(res.body.data.parts).toEqual(
        cell.sent.order.map((documentId: string, i: number) => ({ documentId, number: i + 1 })),
      );
      const live = await cell.app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0');
      const published = live.body.data.parts.filter((p: any) => cell.ids.parts.includes(p.documentId));
      expect(published.map((p: any) => p.documentId)).toEqual(cell.sent.order);
    },
  },
  {
    route: 'GET /newsroom/schedule/actions',
    method: 'get',
    path: () => '/newsroom/schedule/actions',
    expect: ADMIN(200),
    refused: needs('See scheduled actions'),
    allowed: (res, { ids }) => expect(idsOf(res.body.data)).toContain(ids.action),
  },
  {
    route: 'GET /newsroom/schedule/actions/:id',
    method: 'get',
    path: (ids) => `/newsroom/schedule/actions/${ids.action}`,
    expect: ADMIN(200),
    refused: needs('See scheduled actions'),
    allowed: (res, { ids }) =>
      expect(res.body.data).toMatchObject({
        id: ids.action,
        documentId: ids.articleId,
        action: 'unpublish',
        wallClock: '2031-01-01T10:00',
        status: 'pending',
      }),
  },
  {
    route: 'POST /newsroom/schedule/actions',
    method: 'post',
    path: () => '/newsroom/schedule/actions',
    // Another minute each time: an identical request would answer 200 with the stored action.
    body: (ids) => ({
      targetType: ARTICLE_UID,
      documentId: ids.articleId,
      action: 'unpublish',
      date: '2031-02-01',
      time: `10:${String((counter += 1) % 60).padStart(2, '0')}`,
    }),
    expect: ADMIN(201),
    refused: needs('Schedule and reschedule'),
    allowed: async (res, cell) => {
      const expected = { documentId: cell.ids.articleId, action: 'unpublish', status: 'pending' };
      const wallClock = `2031-02-01T${cell.sent.time}`;
      expect(res.body.data).toEqual([expect.objectContaining({ ...expected, wallClock })]);
      expect(await storedAction(cell, res.body.data[0].id)).toMatchObject({ ...expected, wallClock });
    },
  },
  {
    route: 'PUT /newsroom/schedule/actions/:id',
    method: 'put',
    path: (ids) => `/newsroom/schedule/actions/${ids.action}`,
    body: () => ({ date: '2031-03-01', time: `09:${String((counter += 1) % 60).padStart(2, '0')}` }),
    expect: ADMIN(200),
    refused: needs('Schedule and reschedule'),
    allowed: async (res, cell) => {
      const wallClock = `2031-03-01T${cell.sent.time}`;
      expect(res.body.data).toMatchObject({ id: cell.ids.action, wallClock, status: 'pending' });
      expect(await storedAction(cell, cell.ids.action)).toMatchObject({ wallClock, status: 'pending' });
    },
  },
  {
    route: 'DELETE /newsroom/schedule/actions/:id',
    method: 'delete',
    path: (ids) => `/newsroom/schedule/actions/${ids.action}`,
    setup: async (cell) => ({
      action: await newAction(cell, `11:${String((counter += 1) % 60).padStart(2, '0')}`),
    }),
    expect: ADMIN(200),
    refused: needs('Cancel scheduled actions'),
    allowed: async (res, cell) => {
      expect(res.body.data).toMatchObject({ id: cell.ids.action, status: 'cancelled' });
      expect(await storedAction(cell, cell.ids.action)).toMatchObject({ status: 'cancelled' });
    },
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
    refused: needs('Schedule and reschedule'),
    allowed: async (res, cell) => {
      const expected = { action: 'publish', status: 'pending', wallClock: '2031-01-02T16:49' };
      expect(res.body.data).toEqual([
        expect.objectContaining({ ...expected, seriesDocumentId: cell.sent.seriesDocumentId }),
      ]);
      expect(await storedAction(cell, res.body.data[0].id)).toMatchObject(expected);
    },
  },
  {
    route: 'GET /newsroom/board/settings',
    method: 'get',
    path: () => '/newsroom/board/settings',
    expect: ADMIN(200),
    refused: needs('Open the Newsroom page'),
    allowed: (res) =>
      expect(res.body.data).toEqual({ zone: 'Europe/Berlin', locales: ['de', 'en'], defaultLocale: 'en' }),
  },
  {
    route: 'GET /newsroom/board/series',
    method: 'get',
    path: () => '/newsroom/board/series',
    expect: ADMIN(200),
    refused: needs('Open the Newsroom page'),
    allowed: (res, { ids }) => expect(idsOf(res.body.data)).toContain(ids.series),
  },
  {
    route: 'GET /newsroom/board/articles/:documentId',
    method: 'get',
    path: (ids) => `/newsroom/board/articles/${ids.articleId}`,
    expect: ADMIN(200),
    refused: needs('Open the Newsroom page'),
    allowed: (res, { ids }) =>
      expect(res.body.data).toMatchObject({
        documentId: ids.articleId,
        title: ids.title,
        series: { documentId: ids.series },
        permalink: { id: ids.permalinkId },
      }),
  },
  {
    route: 'GET /newsroom/board/timelines',
    method: 'get',
    path: () => '/newsroom/board/timelines',
    expect: ADMIN(200),
    refused: needs('Open the Newsroom page'),
    allowed: (res) => expect(slugs(res)).toContain('linux-3-0'),
  },
  {
    route: 'GET /newsroom/board/timelines/:slug',
    method: 'get',
    path: () => '/newsroom/board/timelines/linux-3-0',
    expect: ADMIN(200),
    refused: needs('Open the Newsroom page'),
    allowed: (res, { ids }) =>
      expect(res.body.data).toMatchObject({ documentId: ids.timeline, slug: 'linux-3-0', version: '3.0' }),
  },
  {
    route: 'GET /newsroom/articles/:documentId/draft (Content Manager read)',
    method: 'get',
    path: (ids) => `/newsroom/articles/${ids.articleId}/draft?locale=en`,
    expect: ADMIN(200),
    refused: CM_READ,
    allowed: (res, { ids }) =>
      expect(res.body.data).toMatchObject({
        documentId: ids.articleId,
        locale: 'en',
        data: { title: ids.title },
      }),
  },
  {
    route: 'PUT /newsroom/articles/:documentId/draft (Content Manager update)',
    method: 'put',
    path: (ids) => `/newsroom/articles/${ids.articleId}/draft?locale=en`,
    body: async (ids, app) => ({
      version: await version(app, ARTICLE_UID, ids.articleId),
      data: { partnerLine: `Matrix check ${(counter += 1)}` },
    }),
    expect: ADMIN(200),
    refused: 'Your role may not update articles in locale "en" in the Content Manager.',
    allowed: async (res, cell) => {
      const { partnerLine } = cell.sent.data;
      expect(res.body.data).toMatchObject({ documentId: cell.ids.articleId, data: { partnerLine } });
      const draft = await docs(cell.app, ARTICLE_UID).findOne({
        documentId: cell.ids.articleId,
        locale: 'en',
      });
      expect(draft.partnerLine).toBe(partnerLine);
    },
  },
  {
    route: 'POST /newsroom/timelines/:documentId/milestones (Content Manager update + publish)',
    method: 'post',
    path: (ids) => `/newsroom/timelines/${ids.timeline}/milestones`,
    body: async (ids, app) => {
      counter += 1;
      return {
        version: await version(app, TIMELINE_UID, ids.timeline),
        milestone: {
          kind: 'stable',
          label: `3.0.${counter}`,
          local: `2013-01-01T${String(counter % 24).padStart(2, '0')}:00`,
        },
      };
    },
    expect: ADMIN(201),
    refused: 'Your role may not update release timelines in the Content Manager.',
    allowed: async (res, cell) => {
      const { label } = cell.sent.milestone;
      expect(res.body.data.milestones.map((m: any) => m.label)).toContain(label);
      // The timeline is published: the milestone is live in the read API.
      const live = await cell.app.http().get('/api/newsroom/timelines/linux-3-0');
      expect(live.body.data.milestones.map((m: any) => m.label)).toContain(label);
    },
  },
  {
    route: 'GET /newsroom/board/series/:documentId/next-part',
    method: 'get',
    path: (ids) => `/newsroom/board/series/${ids.series}/next-part`,
    expect: ADMIN(200),
    refused: needs('Open the Newsroom page'),
    allowed: (res, { ids }) =>
      expect(res.body.data).toMatchObject({
        series: { documentId: ids.series },
        number: 4,
        planned: { number: 4 },
      }),
  },
  {
    route: 'GET /newsroom/calendar',
    method: 'get',
    path: () => '/newsroom/calendar?view=week&date=2031-01-01',
    expect: ADMIN(200),
    refused: needs('See scheduled actions'),
    allowed: (res, { ids }) => {
      expect(res.body.data).toMatchObject({ view: 'week', zone: 'Europe/Berlin' });
      expect(res.body.data.days.map((d: any) => d.date)).toContain('2031-01-01');
      expect(JSON.stringify(res.body.data)).toContain(ids.moveAction);
    },
  },
  {
    route: 'GET /newsroom/calendar/summary',
    method: 'get',
    path: () => '/newsroom/calendar/summary',
    expect: ADMIN(200),
    refused: needs('See scheduled actions'),
    allowed: (res) =>
      expect(res.body.data).toEqual(
        expect.objectContaining({
          zone: 'Europe/Berlin',
          next: expect.any(Array),
          problems: expect.any(Array),
        }),
      ),
  },
  {
    route: 'POST /newsroom/calendar/actions/:id/move',
    method: 'post',
    path: (ids) => `/newsroom/calendar/actions/${ids.moveAction}/move`,
    body: () => ({ date: `2031-01-${String(2 + ((counter += 1) % 20)).padStart(2, '0')}` }),
    expect: ADMIN(200),
    refused: needs('Schedule and reschedule'),
    allowed: async (res, cell) => {
      const wallClock = `${cell.sent.date}T12:00`;
      expect(res.body.data).toMatchObject({ id: cell.ids.moveAction, wallClock });
      expect(await storedAction(cell, cell.ids.moveAction)).toMatchObject({ wallClock, status: 'pending' });
    },
  },
  {
    route: 'GET /newsroom/calendar/feeds',
    method: 'get',
    path: () => '/newsroom/calendar/feeds',
    expect: ADMIN(200),
    refused: needs('See scheduled actions'),
    // One's own feeds only: the super admin made one in the setup, the editor none yet.
    allowed: (res, { ids, actor }) =>
      expect(idsOf(res.body.data)).toEqual(actor === 'superAdmin' ? [ids.feedId] : []),
  },
  {
    route: 'POST /newsroom/calendar/feeds',
    method: 'post',
    path: () => '/newsroom/calendar/feeds',
    expect: ADMIN(201),
    refused: needs('See scheduled actions'),
    allowed: async (res, cell) => {
      expect(res.body.data.url).toMatch(/^http:\/\/[^/]+\/api\/newsroom\/calendar\/[\w.-]+\.ics$/);
      const feed = await cell.app.http().get(new URL(res.body.data.url).pathname);
      expect([feed.status, feed.text.startsWith('BEGIN:VCALENDAR')]).toEqual([200, true]);
    },
  },
  {
    route: "DELETE /newsroom/calendar/feeds/:id (only one's own: another's is unknown)",
    method: 'delete',
    path: () => '/newsroom/calendar/feeds/someone-elses',
    expect: ADMIN(404),
    refused: needs('See scheduled actions'),
    allowed: (res) =>
      expect(res.body.error.message).toBe('There is no calendar feed "someone-elses" of yours.'),
  },
  {
    route: 'GET /newsroom/previews/url (Content Manager read)',
    method: 'get',
    path: (ids) => `/newsroom/previews/url?targetType=${ARTICLE_UID}&documentId=${ids.articleId}&locale=en`,
    expect: ADMIN(200),
    refused: CM_PREVIEW,
    allowed: async (res, cell) => {
      const preview = await cell.app.http().get(new URL(res.body.data.url).pathname);
      expect([preview.status, preview.text.includes(cell.ids.title)]).toEqual([200, true]);
    },
  },
  {
    route: 'GET /newsroom/share-links (Content Manager read)',
    method: 'get',
    path: (ids) => `/newsroom/share-links?targetType=${ARTICLE_UID}&documentId=${ids.articleId}&locale=en`,
    expect: ADMIN(200),
    refused: CM_PREVIEW,
    allowed: (res, { ids }) => expect(idsOf(res.body.data)).toContain(ids.shareLink),
  },
  {
    route: 'POST /newsroom/share-links (Content Manager read)',
    method: 'post',
    path: () => '/newsroom/share-links',
    body: (ids) => ({ targetType: ARTICLE_UID, documentId: ids.articleId, locale: 'en' }),
    expect: ADMIN(201),
    refused: CM_PREVIEW,
    allowed: async (res, cell) => {
      expect(res.body.data).toMatchObject({ documentId: cell.ids.articleId, locale: 'en', revokedAt: null });
      const shared = await cell.app.http().get(new URL(res.body.data.url).pathname);
      expect([shared.status, shared.text.includes(cell.ids.title)]).toEqual([200, true]);
    },
  },
  {
    route: 'DELETE /newsroom/share-links/:id (Content Manager read)',
    method: 'delete',
    path: (ids) => `/newsroom/share-links/${ids.shareLink}`,
    setup: async (cell) => {
      const res = await cell.app.http().post('/newsroom/share-links').set(cell.admin).send({
        targetType: ARTICLE_UID,
        documentId: cell.ids.articleId,
        locale: 'en',
      });
      expect(res.status).toBe(201);
      return { shareLink: res.body.data.id, sharePath: new URL(res.body.data.url).pathname };
    },
    expect: ADMIN(200),
    refused: CM_PREVIEW,
    allowed: async (res, cell) => {
      expect(res.body.data).toMatchObject({ id: cell.ids.shareLink, revokedAt: expect.any(String) });
      const shared = await cell.app.http().get(cell.ids.sharePath);
      expect([shared.status, shared.text.includes(cell.ids.title)]).toEqual([404, false]);
    },
  },
  {
    route: 'GET /api/newsroom/previews/:token',
    method: 'get',
    path: (ids) => ids.sharePath,
    expect: SIGNED,
    allowed: (res, { ids }) => expect(res.text).toContain(ids.title),
  },
  {
    route: 'GET /api/newsroom/calendar/:token.ics',
    method: 'get',
    path: (ids) => ids.feedPath,
    expect: SIGNED,
    allowed: (res) => {
      expect(res.text).toMatch(/^BEGIN:VCALENDAR\r?\n[^]*END:VCALENDAR\r?\n?$/);
      expect(res.text).toContain('BEGIN:VEVENT');
    },
  },
];

describe('permission matrix', () => {
  let app: TestApp;
  let headers: Record<Actor, string | null>;
  let ids: Ids;
  let admin: Record<string, string>;

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
      ...contentManager(ARTICLE_UID, ['en', 'de']),
      ...contentManager(TIMELINE_UID),
    ]);
    const series = (await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200)).body
      .data;
    const published = series.parts.filter((p: any) => p.status === 'published');
    expect(published.length).toBe(3);
    admin = { Authorization: headers.superAdmin! };
    const timeline = (await app.http().get('/newsroom/board/timelines/linux-3-0').set(admin).expect(200)).body
      .data;
    const schedule = (time: string) =>
      app.http().post('/newsroom/schedule/actions').set(admin).send({
        targetType: ARTICLE_UID,
        documentId: published[0].documentId,
        action: 'unpublish',
        date: '2031-01-01',
        time,
      });
    const shareLink = () =>
      app.http().post('/newsroom/share-links').set(admin).send({
        targetType: ARTICLE_UID,
        documentId: published[0].documentId,
        locale: 'en',
      });
    const action = await schedule('10:00');
    const movable = await schedule('12:00');
    const share = await shareLink();
    const reader = await shareLink();
    const feed = await app.http().post('/newsroom/calendar/feeds').set(admin);
    expect([action, movable, share, reader, feed].map((res) => res.status)).toEqual([
      201, 201, 201, 201, 201,
    ]);
    ids = {
      moveAction: movable.body.data[0].id,
      shareLink: share.body.data.id,
      sharePath: new URL(reader.body.data.url).pathname,
      feedId: feed.body.data.id,
      feedPath: new URL(feed.body.data.url).pathname,
      series: series.documentId,
      seriesTitle: series.title,
      parts: published.map((p: any) => p.documentId),
      article: published[0].slug,
      articleId: published[0].documentId,
      title: published[0].title,
      permalinkId: published[0].permalinkId,
      timeline: timeline.documentId,
      action: action.body.data[0].id,
    };
  });
  afterAll(() => app.stop());

  it.each(MATRIX.flatMap((row) => ACTORS.map((actor) => [row.route, actor, row] as const)))(
    '%s as %s',
    async (_route, actor, row) => {
      const cell: Cell = { app, ids, actor, sent: undefined, admin };
      if (row.setup) cell.ids = { ...ids, ...(await row.setup(cell)) };
      cell.sent = row.body ? await row.body(cell.ids, app) : undefined;
      const before = row.method === 'get' ? null : await fingerprint(app);
      let req = app.http()[row.method](row.path(cell.ids));
      if (headers[actor]) req = req.set('Authorization', headers[actor]!);
      const res = await (cell.sent ? req.send(cell.sent) : req);
      const status = row.expect[actor];
      // The message rides along so a wrong status shows why.
      expect({ status: res.status, message: res.body?.error?.message }).toEqual({
        status,
        message: res.status === status ? res.body?.error?.message : '(another status)',
      });
      const refusal = status === 401 ? NO_CREDENTIALS : status === 403 ? row.refused : undefined;
      if (refusal === undefined) {
        await row.allowed(res, cell);
        return;
      }
      expect(res.body.error.message).toBe(refusal);
      // A refused write stores nothing, not even half of something.
      if (before !== null) expect(await fingerprint(app)).toBe(before);
    },
  );
});
