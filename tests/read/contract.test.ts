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
    const series = (await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200)).body
      .data;
    const part3 = series.parts[2];
    const api = '/api/newsroom';
    const cases: Case[] = [
      { method: 'get', template: `${api}/series`, url: `${api}/series`, status: 200 },
      { method: 'get', template: `${api}/series`, url: `${api}/series?page=0`, status: 400 },
      { method: 'get', template: `${api}/series/{slug}`, url: `${api}/series/${series.slug}`, status: 200 },
      {
        method: 'get',
        template: `${api}/series/{slug}`,
        url: `${api}/series/${series.slug}?locale=xx`,
        status: 400,
      },
      { method: 'get', template: `${api}/series/{slug}`, url: `${api}/series/no-such-series`, status: 404 },
      {
        method: 'get',
        template: `${api}/articles/{slug}`,
        url: `${api}/articles/${part3.slug}`,
        status: 200,
      },
      {
        method: 'get',
        template: `${api}/articles/{slug}`,
        url: `${api}/articles/${part3.permalinkId}?locale=de`,
        status: 200,
      },
      { method: 'get', template: `${api}/articles/{slug}`, url: `${api}/articles/Bad%20Slug!`, status: 400 },
      { method: 'get', template: `${api}/articles/{slug}`, url: `${api}/articles/99999999`, status: 404 },
      {
        method: 'get',
        template: `${api}/channels/{slug}/articles`,
        url: `${api}/channels/the-h-open/articles?pageSize=2`,
        status: 200,
      },
      {
        method: 'get',
        template: `${api}/channels/{slug}/articles`,
        url: `${api}/channels/the-h-open/articles?pageSize=1000`,
        status: 400,
      },
      {
        method: 'get',
        template: `${api}/channels/{slug}/articles`,
        url: `${api}/channels/nope/articles`,
        status: 404,
      },
      {
        method: 'get',
        template: `${api}/permalinks/{id}`,
        url: `${api}/permalinks/${part3.permalinkId}`,
        status: 200,
      },
      {
        method: 'get',
        template: `${api}/permalinks/{id}`,
        url: `${api}/permalinks/${series.permalinkId}?locale=de`,
        status: 200,
      },
      { method: 'get', template: `${api}/permalinks/{id}`, url: `${api}/permalinks/abc`, status: 400 },
      { method: 'get', template: `${api}/permalinks/{id}`, url: `${api}/permalinks/99999999`, status: 404 },
      {
        method: 'get',
        template: `${api}/articles/{slug}/print`,
        url: `${api}/articles/${part3.slug}/print`,
        status: 200,
      },
      {
        method: 'get',
        template: `${api}/articles/{slug}/print`,
        url: `${api}/articles/no-such-article/print`,
        status: 404,
      },
      {
        method: 'get',
        template: `${api}/series/{slug}/print`,
        url: `${api}/series/${series.slug}/print`,
        status: 200,
      },
      {
        method: 'get',
        template: `${api}/series/{slug}/print`,
        url: `${api}/series/Bad%20Slug!/print`,
        status: 400,
      },
      ...['atom', 'rss', 'json'].map((format): Case => ({
        method: 'get',
        template: `${api}/feeds/site.{format}`,
        url: `${api}/feeds/site.${format}`,
        status: 200,
      })),
      { method: 'get', template: `${api}/feeds/site.{format}`, url: `${api}/feeds/site.xml`, status: 404 },
      {
        method: 'get',
        template: `${api}/feeds/channels/{slug}.{format}`,
        url: `${api}/feeds/channels/the-h-open.rss`,
        status: 200,
      },
      {
        method: 'get',
        template: `${api}/feeds/channels/{slug}.{format}`,
        url: `${api}/feeds/channels/nope.atom`,
        status: 404,
      },
      {
        method: 'get',
        template: `${api}/feeds/series/{slug}.{format}`,
        url: `${api}/feeds/series/${series.slug}.json`,
        status: 200,
      },
      {
        method: 'get',
        template: `${api}/feeds/series/{slug}.{format}`,
        url: `${api}/feeds/series/nope.atom`,
        status: 404,
      },
      { method: 'get', template: `${api}/sitemap.xml`, url: `${api}/sitemap.xml`, status: 200 },
      { method: 'get', template: `${api}/sitemap.xml`, url: `${api}/sitemap.xml?locale=xx`, status: 400 },
      { method: 'get', template: `${api}/sitemaps/{page}.xml`, url: `${api}/sitemaps/1.xml`, status: 200 },
      { method: 'get', template: `${api}/sitemaps/{page}.xml`, url: `${api}/sitemaps/0.xml`, status: 400 },
      { method: 'get', template: `${api}/news-sitemap.xml`, url: `${api}/news-sitemap.xml`, status: 200 },
      {
        method: 'get',
        template: `${api}/news-sitemap.xml`,
        url: `${api}/news-sitemap.xml?locale=xx`,
        status: 400,
      },
      { method: 'get', template: `${api}/timelines`, url: `${api}/timelines`, status: 200 },
      { method: 'get', template: `${api}/timelines`, url: `${api}/timelines?at=yesterday`, status: 400 },
      {
        method: 'get',
        template: `${api}/timelines/{slug}`,
        url: `${api}/timelines/linux-3-0?at=2011-06-01T00:00:00Z`,
        status: 200,
      },
      { method: 'get', template: `${api}/timelines/{slug}`, url: `${api}/timelines/linux-3-0`, status: 200 },
      {
        method: 'get',
        template: `${api}/timelines/{slug}`,
        url: `${api}/timelines/no-such-timeline`,
        status: 404,
      },
      { method: 'get', template: `${api}/openapi.json`, url: `${api}/openapi.json`, status: 200 },
      { method: 'get', template: `${api}/previews/{token}`, url: `${api}/previews/not-a-token`, status: 401 },
      {
        method: 'get',
        template: `${api}/calendar/{token}.ics`,
        url: `${api}/calendar/not-a-token.ics`,
        status: 401,
      },
      { method: 'get', template: '/-{id}', url: `/-${part3.permalinkId}`, status: 301 },
      { method: 'get', template: '/-{id}', url: '/-99999999', status: 404 },
      { method: 'get', template: '/-{id}/{rest}', url: `/-${part3.permalinkId}/more`, status: 404 },
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
    const admin = { admin: true };
    const { body: seriesBody } = await app
      .http()
      .get('/api/newsroom/series/kernel-log-coming-in-3-0')
      .expect(200);
    const series = seriesBody.data;
    const parts = series.parts.filter((p: any) => p.documentId).map((p: any) => p.documentId);
    const article = parts[2];
    const timeline = (await app.http().get('/api/newsroom/timelines/linux-3-0').expect(200)).body.data;
    const at = (n: number) => `2031-05-04T08:${String(n).padStart(2, '0')}:00Z`;

    // The signed links need a share link and a feed first.
    const share = await send({
      ...admin,
      method: 'post',
      template: '/newsroom/share-links',
      url: '/newsroom/share-links',
      status: 201,
      body: { targetType: ARTICLE, documentId: article, locale: 'en' },
    });
    const feed = await send({
      ...admin,
      method: 'post',
      template: '/newsroom/calendar/feeds',
      url: '/newsroom/calendar/feeds',
      status: 201,
    });
    const previewPath = new URL(share.body.data.url).pathname;
    await send({ method: 'get', template: '/api/newsroom/previews/{token}', url: previewPath, status: 200 });
    await send({
      method: 'get',
      template: '/api/newsroom/calendar/{token}.ics',
      url: new URL(feed.body.data.url).pathname,
      status: 200,
    });

    const scheduled = await send({
      ...admin,
      method: 'post',
      template: '/newsroom/schedule/actions',
      url: '/newsroom/schedule/actions',
      status: 201,
      body: { targetType: ARTICLE, documentId: article, action: 'unpublish', locale: 'en', at: at(1) },
    });
    const action = scheduled.body.data[0].id;
    const draft = await send({
      ...admin,
      method: 'get',
      template: '/newsroom/articles/{documentId}/draft',
      url: `/newsroom/articles/${article}/draft?locale=en`,
      status: 200,
    });
    const timelineDraft = await send({
      ...admin,
      method: 'get',
      template: '/newsroom/board/timelines/{slug}',
      url: `/newsroom/board/timelines/${timeline.slug}`,
      status: 200,
    });

    const cases: Case[] = [
      {
        ...admin,
        method: 'put',
        template: '/newsroom/series/{documentId}/order',
        url: `/newsroom/series/${series.documentId}/order`,
        status: 200,
        body: { order: parts },
      },
      {
        ...admin,
        method: 'put',
        template: '/newsroom/series/{documentId}/order',
        url: `/newsroom/series/${series.documentId}/order`,
        status: 400,
        body: { order: 'no' },
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/schedule/actions',
        url: '/newsroom/schedule/actions',
        status: 200,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/schedule/actions',
        url: '/newsroom/schedule/actions?page=x',
        status: 400,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/schedule/actions/{id}',
        url: `/newsroom/schedule/actions/${action}`,
        status: 200,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/schedule/actions/{id}',
        url: '/newsroom/schedule/actions/999999',
        status: 404,
      },
      {
        ...admin,
        method: 'post',
        template: '/newsroom/schedule/actions',
        url: '/newsroom/schedule/actions',
        status: 400,
        body: { targetType: ARTICLE },
      },
      {
        ...admin,
        method: 'put',
        template: '/newsroom/schedule/actions/{id}',
        url: `/newsroom/schedule/actions/${action}`,
        status: 200,
        body: { at: at(2) },
      },
      {
        ...admin,
        method: 'put',
        template: '/newsroom/schedule/actions/{id}',
        url: `/newsroom/schedule/actions/${action}`,
        status: 400,
        body: { at: 'soon' },
      },
      {
        ...admin,
        method: 'post',
        template: '/newsroom/calendar/actions/{id}/move',
        url: `/newsroom/calendar/actions/${action}/move`,
        status: 200,
        body: { date: '2031-05-06' },
      },
      {
        ...admin,
        method: 'post',
        template: '/newsroom/calendar/actions/{id}/move',
        url: `/newsroom/calendar/actions/${action}/move`,
        status: 400,
        body: { date: 'Tuesday' },
      },
      {
        ...admin,
        method: 'delete',
        template: '/newsroom/schedule/actions/{id}',
        url: `/newsroom/schedule/actions/${action}`,
        status: 200,
      },
      {
        ...admin,
        method: 'delete',
        template: '/newsroom/schedule/actions/{id}',
        url: '/newsroom/schedule/actions/999999',
        status: 404,
      },
      {
        ...admin,
        method: 'post',
        template: '/newsroom/schedule/plans',
        url: '/newsroom/schedule/plans',
        status: 400,
        body: { weekday: 'Thursday' },
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/board/settings',
        url: '/newsroom/board/settings',
        status: 200,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/board/series',
        url: '/newsroom/board/series?locale=de',
        status: 200,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/board/series',
        url: '/newsroom/board/series?locale=xx',
        status: 400,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/board/articles/{documentId}',
        url: `/newsroom/board/articles/${article}?locale=en`,
        status: 200,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/board/articles/{documentId}',
        url: '/newsroom/board/articles/nosuchdocument',
        status: 404,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/board/series/{documentId}/next-part',
        url: `/newsroom/board/series/${series.documentId}/next-part`,
        status: 200,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/board/series/{documentId}/next-part',
        url: '/newsroom/board/series/nosuchdocument/next-part',
        status: 404,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/board/timelines',
        url: '/newsroom/board/timelines',
        status: 200,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/board/timelines/{slug}',
        url: '/newsroom/board/timelines/no-such-timeline',
        status: 404,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/articles/{documentId}/draft',
        url: '/newsroom/articles/NOT!/draft',
        status: 400,
      },
      {
        ...admin,
        method: 'put',
        template: '/newsroom/articles/{documentId}/draft',
        url: `/newsroom/articles/${article}/draft?locale=en`,
        status: 200,
        body: { version: draft.body.data.version, data: { teaser: 'Changed for the contract test.' } },
      },
      {
        ...admin,
        method: 'put',
        template: '/newsroom/articles/{documentId}/draft',
        url: `/newsroom/articles/${article}/draft?locale=en`,
        status: 409,
        body: { version: draft.body.data.version, data: { teaser: 'Stale.' } },
      },
      {
        ...admin,
        method: 'post',
        template: '/newsroom/timelines/{documentId}/milestones',
        url: `/newsroom/timelines/${timeline.documentId}/milestones`,
        status: 201,
        body: {
          version: timelineDraft.body.data.saveVersion,
          milestone: { kind: 'stable', label: '3.0.1', local: '2011-08-05T10:00' },
        },
      },
      {
        ...admin,
        method: 'post',
        template: '/newsroom/timelines/{documentId}/milestones',
        url: `/newsroom/timelines/${timeline.documentId}/milestones`,
        status: 400,
        body: { milestone: {} },
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/calendar',
        url: '/newsroom/calendar?view=week&date=2031-05-04',
        status: 200,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/calendar',
        url: '/newsroom/calendar?view=year',
        status: 400,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/calendar/summary',
        url: '/newsroom/calendar/summary',
        status: 200,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/calendar/feeds',
        url: '/newsroom/calendar/feeds',
        status: 200,
      },
      {
        ...admin,
        method: 'delete',
        template: '/newsroom/calendar/feeds/{id}',
        url: `/newsroom/calendar/feeds/${feed.body.data.id}`,
        status: 200,
      },
      {
        ...admin,
        method: 'delete',
        template: '/newsroom/calendar/feeds/{id}',
        url: '/newsroom/calendar/feeds/999999',
        status: 404,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/previews/url',
        url: `/newsroom/previews/url?targetType=${ARTICLE}&documentId=${article}&locale=en`,
        status: 200,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/previews/url',
        url: '/newsroom/previews/url?targetType=nope',
        status: 400,
      },
      {
        ...admin,
        method: 'get',
        template: '/newsroom/share-links',
        url: `/newsroom/share-links?targetType=${ARTICLE}&documentId=${article}&locale=en`,
        status: 200,
      },
      {
        ...admin,
        method: 'post',
        template: '/newsroom/share-links',
        url: '/newsroom/share-links',
        status: 400,
        body: { targetType: ARTICLE, documentId: article, days: 1000 },
      },
      {
        ...admin,
        method: 'delete',
        template: '/newsroom/share-links/{id}',
        url: `/newsroom/share-links/${share.body.data.id}`,
        status: 200,
      },
      {
        ...admin,
        method: 'delete',
        template: '/newsroom/share-links/{id}',
        url: '/newsroom/share-links/999999',
        status: 404,
      },
    ];
    for (const c of cases) await send(c);

    // A plan needs a series with a part not yet published.
    const planned = await app.strapi
      .documents('plugin::newsroom.series' as any)
      .create({ data: { title: 'Contract plan series' }, locale: 'en' });
    await app.strapi.documents(ARTICLE as any).create({
      data: { title: 'Contract plan part', series: planned.documentId, partNumber: 1 },
      locale: 'en',
    });
    await send({
      ...admin,
      method: 'post',
      template: '/newsroom/schedule/plans',
      url: '/newsroom/schedule/plans',
      status: 201,
      body: {
        seriesDocumentId: planned.documentId,
        weekday: 'Thursday',
        time: '16:49',
        startingFrom: '2031-01-02',
      },
    });

    // Every documented admin operation without a token: 401 with Strapi's sentence.
    for (const [template, operations] of Object.entries(document.paths)) {
      if (!template.startsWith('/newsroom/')) continue;
      for (const method of Object.keys(operations) as Case['method'][]) {
        const url = template.replace(/\{[^}]+\}/g, 'x1');
        await send({
          method,
          template,
          url,
          status: 401,
          body: method === 'get' || method === 'delete' ? undefined : {},
        });
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
