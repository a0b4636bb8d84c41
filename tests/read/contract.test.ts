import { execFileSync } from 'child_process';
import path from 'path';
import { adminToken } from '../helpers/admin';
import { readClient } from '../helpers/client';
import { answerChecker, templateOf, type Document } from '../helpers/openapi';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';

interface Case {
  method: 'get' | 'post' | 'put' | 'delete';
  /** The documented path template the request is for. */
  template: string;
  url: string;
  status: number;
  body?: object;
  admin?: boolean;
}

/**
 * Every documented route gets a real request, a success and the errors that
 * apply, and every answer (status, media type, body) must fit the OpenAPI
 * document the app serves. Routes the app registers but the document lacks
 * fail the test too.
 */
describe('the OpenAPI document against the real answers', () => {
  let app: TestApp;
  let document: Document;
  let check: ReturnType<typeof answerChecker>;
  let token: string;
  const sent: Case[] = [];

  beforeAll(async () => {
    app = await startApp();
    const res = await app.http().get('/api/newsroom/openapi.json').expect(200);
    document = JSON.parse(res.text);
    check = answerChecker(document);
    token = await adminToken(app);
  }, 120000);
  afterAll(() => app.stop());

  /** A request case: method, documented template, URL, expected status, body; `a` signs in as the super admin. */
  const r = (method: Case['method'], template: string, url: string, status: number, body?: object): Case => ({
    method,
    template,
    url,
    status,
    body,
  });
  const a = (...args: Parameters<typeof r>): Case => ({ ...r(...args), admin: true });

  async function send(c: Case) {
    sent.push(c);
    let request = app.http()[c.method](c.url).redirects(0);
    if (c.admin) request = request.set('Authorization', `Bearer ${token}`);
    const res = await (c.body ? request.send(c.body) : request);
    const answer = { status: res.status, headers: res.headers, text: res.text ?? '' };
    expect({ request: `${c.method.toUpperCase()} ${c.url}`, status: res.status }).toEqual({
      request: `${c.method.toUpperCase()} ${c.url}`,
      status: c.status,
    });
    expect(check(c.method, c.template, answer)).toEqual([]);
    return res;
  }

  it('is a valid OpenAPI 3.1 document, served public and cacheable', async () => {
    const res = await app.http().get('/api/newsroom/openapi.json').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const result = JSON.parse(
      execFileSync(process.execPath, [path.join(__dirname, '..', 'helpers', 'validate-openapi.mjs')], {
        input: res.text,
      }).toString(),
    );
    expect(result).toEqual({ valid: true, version: '3.1', errors: [] });
    expect(document.openapi).toBe('3.1.0');
  });

  it('answers every public read as documented, successes and errors', async () => {
    // Read without the client: here the document alone judges the answers.
    const api = '/api/newsroom';
    const series = (await app.http().get(`${api}/series/kernel-log-coming-in-3-0`).expect(200)).body.data;
    const part3 = series.parts[2];
    const [s, sl, ar, ch, pl] = [
      `${api}/series`,
      `${api}/series/{slug}`,
      `${api}/articles/{slug}`,
      `${api}/channels/{slug}/articles`,
      `${api}/permalinks/{id}`,
    ];
    const [fs, fc, fse, tl, tls] = [
      `${api}/feeds/site.{format}`,
      `${api}/feeds/channels/{slug}.{format}`,
      `${api}/feeds/series/{slug}.{format}`,
      `${api}/timelines`,
      `${api}/timelines/{slug}`,
    ];
    const cases: Case[] = [
      r('get', s, `${api}/series`, 200),
      r('get', s, `${api}/series?page=0`, 400),
      r('get', sl, `${api}/series/${series.slug}`, 200),
      r('get', sl, `${api}/series/${series.slug}?locale=xx`, 400),
      r('get', sl, `${api}/series/no-such-series`, 404),
      r('get', ar, `${api}/articles/${part3.slug}`, 200),
      r('get', ar, `${api}/articles/${part3.permalinkId}?locale=de`, 200),
      r('get', ar, `${api}/articles/Bad%20Slug!`, 400),
      r('get', ar, `${api}/articles/99999999`, 404),
      r('get', ch, `${api}/channels/the-h-open/articles?pageSize=2`, 200),
      r('get', ch, `${api}/channels/the-h-open/articles?pageSize=1000`, 400),
      r('get', ch, `${api}/channels/nope/articles`, 404),
      r('get', pl, `${api}/permalinks/${part3.permalinkId}`, 200),
      r('get', pl, `${api}/permalinks/${series.permalinkId}?locale=de`, 200),
      r('get', pl, `${api}/permalinks/abc`, 400),
      r('get', pl, `${api}/permalinks/99999999`, 404),
      r('get', `${ar}/print`, `${api}/articles/${part3.slug}/print`, 200),
      r('get', `${ar}/print`, `${api}/articles/no-such-article/print`, 404),
      r('get', `${sl}/print`, `${api}/series/${series.slug}/print`, 200),
      r('get', `${sl}/print`, `${api}/series/Bad%20Slug!/print`, 400),
      ...['atom', 'rss', 'json'].map((format) => r('get', fs, `${api}/feeds/site.${format}`, 200)),
      r('get', fs, `${api}/feeds/site.xml`, 404),
      r('get', fc, `${api}/feeds/channels/the-h-open.rss`, 200),
      r('get', fc, `${api}/feeds/channels/nope.atom`, 404),
      r('get', fse, `${api}/feeds/series/${series.slug}.json`, 200),
      r('get', fse, `${api}/feeds/series/nope.atom`, 404),
      r('get', `${api}/sitemap.xml`, `${api}/sitemap.xml`, 200),
      r('get', `${api}/sitemap.xml`, `${api}/sitemap.xml?locale=xx`, 400),
      r('get', `${api}/sitemaps/{page}.xml`, `${api}/sitemaps/1.xml`, 200),
      r('get', `${api}/sitemaps/{page}.xml`, `${api}/sitemaps/0.xml`, 400),
      r('get', `${api}/news-sitemap.xml`, `${api}/news-sitemap.xml`, 200),
      r('get', `${api}/news-sitemap.xml`, `${api}/news-sitemap.xml?locale=xx`, 400),
      r('get', tl, `${api}/timelines`, 200),
      r('get', tl, `${api}/timelines?at=yesterday`, 400),
      r('get', tls, `${api}/timelines/linux-3-0?at=2011-06-01T00:00:00Z`, 200),
      r('get', tls, `${api}/timelines/linux-3-0`, 200),
      r('get', tls, `${api}/timelines/no-such-timeline`, 404),
      r('get', `${api}/openapi.json`, `${api}/openapi.json`, 200),
      // Their successes need a share link and a feed: in the admin test.
      r('get', `${api}/previews/{token}`, `${api}/previews/not-a-token`, 401),
      r('get', `${api}/calendar/{token}.ics`, `${api}/calendar/not-a-token.ics`, 401),
      r('get', '/-{id}', `/-${part3.permalinkId}`, 301),
      r('get', '/-{id}', '/-99999999', 404),
      r('get', '/-{id}/{rest}', `/-${part3.permalinkId}/more`, 404),
    ];
    for (const c of cases) await send(c);
  });

  it('reads every public route through the typed client, which parses each answer with the contract', async () => {
    const { client } = await readClient(app);
    const list = await client.series.list({ pageSize: '1' });
    expect(list.meta.pagination).toMatchObject({ page: 1, pageSize: 1 });
    const { data: series } = await client.series.get(list.data[0].slug, { locale: 'en' });
    // The last published part: the demo publishes it in English and German.
    const part = series.parts.filter((p) => p.status === 'published').at(-1);
    if (part?.status !== 'published') throw new Error('no published part');
    const { data: article } = await client.articles.get(part.slug);
    expect(article.series?.parts).toHaveLength(series.parts.length);
    const channel = await client.channels.articles(article.channel!.slug);
    expect(channel.data.map((a) => a.documentId)).toContain(article.documentId);
    const permalink = await client.permalinks.get(article.permalinkId!, { acceptLanguage: 'de' });
    expect(permalink.data).toMatchObject({ type: 'article', locale: 'de', documentId: article.documentId });
    const timelines = await client.timelines.list();
    const timeline = await client.timelines.get(timelines.data[0].slug!, { at: '2011-06-01T00:00:00Z' });
    expect(timeline.meta.at).toBe('2011-06-01T00:00:00.000Z');
    expect(await client.feeds.site('atom')).toMatch(/^<\?xml[^>]*>\s*<feed/);
    expect(JSON.parse(await client.feeds.series(series.slug, 'json')).title).toBe(series.title);
    expect(await client.feeds.channel(article.channel!.slug, 'rss')).toMatch(/<rss/);
    expect(await client.print.article(article.slug)).toContain(`<h1`);
    expect(await client.print.series(series.slug)).toContain(series.title);
    expect(await client.sitemaps.index()).toContain('<sitemapindex');
    expect(await client.sitemaps.page(1)).toContain('<urlset');
    expect(await client.sitemaps.news()).toContain('<urlset');
    expect((await client.openapi()).openapi).toBe('3.1.0');
    await expect(client.timelines.get('no-such-timeline')).rejects.toMatchObject({
      name: 'NewsroomError',
      status: 404,
      errorName: 'NotFoundError',
      message: 'No published timeline "no-such-timeline".',
    });
    await expect(client.feeds.site('xml' as 'atom')).rejects.toMatchObject({ status: 404 });
  });

  it('answers every admin route as documented, signed in and not', async () => {
    const series = (await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200)).body
      .data;
    const parts = series.parts.filter((p: any) => p.documentId).map((p: any) => p.documentId);
    const article = parts[2];
    const timeline = (await app.http().get('/api/newsroom/timelines/linux-3-0').expect(200)).body.data;
    const at = (n: number) => `2031-05-04T08:${String(n).padStart(2, '0')}:00Z`;
    const target = `targetType=${ARTICLE}&documentId=${article}&locale=en`;

    // The signed links need a share link and a feed first.
    const share = await send(
      a('post', '/newsroom/share-links', '/newsroom/share-links', 201, {
        targetType: ARTICLE,
        documentId: article,
        locale: 'en',
      }),
    );
    const feed = await send(a('post', '/newsroom/calendar/feeds', '/newsroom/calendar/feeds', 201));
    await send(r('get', '/api/newsroom/previews/{token}', new URL(share.body.data.url).pathname, 200));
    await send(r('get', '/api/newsroom/calendar/{token}.ics', new URL(feed.body.data.url).pathname, 200));

    const [acts, act] = ['/newsroom/schedule/actions', '/newsroom/schedule/actions/{id}'];
    const scheduled = await send(
      a('post', acts, acts, 201, {
        targetType: ARTICLE,
        documentId: article,
        action: 'unpublish',
        locale: 'en',
        at: at(1),
      }),
    );
    const action = scheduled.body.data[0].id;
    const [draftPath, draftUrl] = [
      '/newsroom/articles/{documentId}/draft',
      `/newsroom/articles/${article}/draft?locale=en`,
    ];
    const draft = await send(a('get', draftPath, draftUrl, 200));
    const board = '/newsroom/board/timelines/{slug}';
    const timelineDraft = await send(a('get', board, `/newsroom/board/timelines/${timeline.slug}`, 200));
    const [order, move, milestones] = [
      `/newsroom/series/${series.documentId}/order`,
      `/newsroom/calendar/actions/${action}/move`,
      `/newsroom/timelines/${timeline.documentId}/milestones`,
    ];
    const cases: Case[] = [
      a('put', '/newsroom/series/{documentId}/order', order, 200, { order: parts }),
      a('put', '/newsroom/series/{documentId}/order', order, 400, { order: 'no' }),
      a('get', acts, acts, 200),
      a('get', acts, `${acts}?page=x`, 400),
      a('get', act, `${acts}/${action}`, 200),
      a('get', act, `${acts}/999999`, 404),
      a('post', acts, acts, 400, { targetType: ARTICLE }),
      a('put', act, `${acts}/${action}`, 200, { at: at(2) }),
      a('put', act, `${acts}/${action}`, 400, { at: 'soon' }),
      a('post', '/newsroom/calendar/actions/{id}/move', move, 200, { date: '2031-05-06' }),
      a('post', '/newsroom/calendar/actions/{id}/move', move, 400, { date: 'Tuesday' }),
      a('delete', act, `${acts}/${action}`, 200),
      a('delete', act, `${acts}/999999`, 404),
      a('post', '/newsroom/schedule/plans', '/newsroom/schedule/plans', 400, { weekday: 'Thursday' }),
      a('get', '/newsroom/board/settings', '/newsroom/board/settings', 200),
      a('get', '/newsroom/board/series', '/newsroom/board/series?locale=de', 200),
      a('get', '/newsroom/board/series', '/newsroom/board/series?locale=xx', 400),
      a('get', '/newsroom/board/articles/{documentId}', `/newsroom/board/articles/${article}?locale=en`, 200),
      a('get', '/newsroom/board/articles/{documentId}', '/newsroom/board/articles/nosuchdocument', 404),
      a(
        'get',
        '/newsroom/board/series/{documentId}/next-part',
        `/newsroom/board/series/${series.documentId}/next-part`,
        200,
      ),
      a(
        'get',
        '/newsroom/board/series/{documentId}/next-part',
        '/newsroom/board/series/nosuchdocument/next-part',
        404,
      ),
      a('get', '/newsroom/board/timelines', '/newsroom/board/timelines', 200),
      a('get', board, '/newsroom/board/timelines/no-such-timeline', 404),
      a('get', draftPath, '/newsroom/articles/NOT!/draft', 400),
      a('put', draftPath, draftUrl, 200, {
        version: draft.body.data.version,
        data: { teaser: 'Changed here.' },
      }),
      a('put', draftPath, draftUrl, 409, { version: draft.body.data.version, data: { teaser: 'Stale.' } }),
      a('post', '/newsroom/timelines/{documentId}/milestones', milestones, 201, {
        version: timelineDraft.body.data.saveVersion,
        milestone: { kind: 'stable', label: '3.0.1', local: '2011-08-05T10:00' },
      }),
      a('post', '/newsroom/timelines/{documentId}/milestones', milestones, 400, { milestone: {} }),
      a('get', '/newsroom/calendar', '/newsroom/calendar?view=week&date=2031-05-04', 200),
      a('get', '/newsroom/calendar', '/newsroom/calendar?view=year', 400),
      a('get', '/newsroom/calendar/summary', '/newsroom/calendar/summary', 200),
      a('get', '/newsroom/calendar/feeds', '/newsroom/calendar/feeds', 200),
      a('delete', '/newsroom/calendar/feeds/{id}', `/newsroom/calendar/feeds/${feed.body.data.id}`, 200),
      a('delete', '/newsroom/calendar/feeds/{id}', '/newsroom/calendar/feeds/999999', 404),
      a('get', '/newsroom/previews/url', `/newsroom/previews/url?${target}`, 200),
      a('get', '/newsroom/previews/url', '/newsroom/previews/url?targetType=nope', 400),
      a('get', '/newsroom/share-links', `/newsroom/share-links?${target}`, 200),
      a('post', '/newsroom/share-links', '/newsroom/share-links', 400, {
        targetType: ARTICLE,
        documentId: article,
        days: 1000,
      }),
      a('delete', '/newsroom/share-links/{id}', `/newsroom/share-links/${share.body.data.id}`, 200),
      a('delete', '/newsroom/share-links/{id}', '/newsroom/share-links/999999', 404),
    ];
    for (const c of cases) await send(c);

    // An embargo bundle: made, changed, checked, emptied and cancelled.
    const [bundles, oneBundle] = ['/newsroom/schedule/bundles', '/newsroom/schedule/bundles/{id}'];
    const made = await send(
      a('post', bundles, bundles, 201, {
        name: 'Contract bundle',
        at: at(3),
        entries: [{ targetType: ARTICLE, documentId: article, locale: 'en', action: 'unpublish' }],
      }),
    );
    const bundle = `${bundles}/${made.body.data.id}`;
    const entry = made.body.data.entries[0].id;
    const [entries, oneEntry] = [`${oneBundle}/entries`, `${oneBundle}/entries/{entryId}`];
    for (const c of [
      a('post', bundles, bundles, 400, { name: '' }),
      a('get', bundles, bundles, 200),
      a('get', bundles, `${bundles}?status=soon`, 400),
      a('get', oneBundle, bundle, 200),
      a('get', oneBundle, `${bundles}/nosuchbundle`, 404),
      a('put', oneBundle, bundle, 200, { name: 'Contract bundle, renamed', at: at(4) }),
      a('put', oneBundle, bundle, 400, {}),
      a('post', `${oneBundle}/check`, `${bundle}/check`, 200),
      a('post', `${oneBundle}/check`, `${bundles}/nosuchbundle/check`, 404),
      a('post', entries, `${bundle}/entries`, 400, { entries: [] }),
      a('post', entries, `${bundle}/entries`, 409, {
        entries: [{ targetType: ARTICLE, documentId: article, locale: 'en' }],
      }),
      a('delete', oneEntry, `${bundle}/entries/${entry}`, 200),
      a('delete', oneEntry, `${bundle}/entries/nosuchentry`, 404),
      a('post', entries, `${bundle}/entries`, 200, {
        entries: [{ targetType: ARTICLE, documentId: article, locale: 'en', action: 'unpublish' }],
      }),
      a('delete', oneBundle, bundle, 200),
      a('delete', oneBundle, `${bundles}/nosuchbundle`, 404),
    ])
      await send(c);

    // A plan needs a series with a part not yet published.
    const planned = await app.strapi
      .documents('plugin::newsroom.series' as any)
      .create({ data: { title: 'Contract plan series' }, locale: 'en' });
    await app.strapi.documents(ARTICLE as any).create({
      data: { title: 'Contract plan part', series: planned.documentId, partNumber: 1 },
      locale: 'en',
    });
    const plan = {
      seriesDocumentId: planned.documentId,
      weekday: 'Thursday',
      time: '16:49',
      startingFrom: '2031-01-02',
    };
    await send(a('post', '/newsroom/schedule/plans', '/newsroom/schedule/plans', 201, plan));

    // Every documented admin operation without a token: 401 with Strapi's sentence.
    for (const [template, operations] of Object.entries(document.paths)) {
      if (!template.startsWith('/newsroom/')) continue;
      for (const method of Object.keys(operations) as Case['method'][]) {
        const body = method === 'get' || method === 'delete' ? undefined : {};
        await send(r(method, template, template.replace(/\{[^}]+\}/g, 'x1'), 401, body));
      }
    }
  });

  it('documents every route the plugin registers, and every documented one got a success and an error', () => {
    const registered = new Set<string>();
    for (const layer of app.strapi.server.listRoutes() as { path: string; methods: string[] }[]) {
      const path = String(layer.path);
      if (!/^(\/api\/newsroom\/|\/newsroom\/|\/-:)/.test(path)) continue;
      for (const method of layer.methods.filter((m) => m !== 'HEAD'))
        registered.add(`${method.toLowerCase()} ${templateOf(path)}`);
    }
    const documented = new Set(
      Object.entries(document.paths).flatMap(([template, ops]) =>
        Object.keys(ops).map((m) => `${m} ${template}`),
      ),
    );
    expect([...registered].filter((route) => !documented.has(route))).toEqual([]);
    expect([...documented].filter((route) => !registered.has(route))).toEqual([]);

    // openapi.json has no error answer to give; the redirect's sub-path has no success to give.
    const noError = new Set(['get /api/newsroom/openapi.json']);
    const noSuccess = new Set(['get /-{id}/{rest}']);
    for (const route of documented) {
      const answers = sent.filter((c) => `${c.method} ${c.template}` === route).map((c) => c.status);
      if (!noSuccess.has(route))
        expect({ route, success: answers.some((s) => s < 400) }).toEqual({ route, success: true });
      if (!noError.has(route))
        expect({ route, error: answers.some((s) => s >= 400) }).toEqual({ route, error: true });
    }
  });
});
