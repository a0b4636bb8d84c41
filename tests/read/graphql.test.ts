import { adminToken, contentManager } from '../helpers/admin';
import { fullSelection, graphql, messages, schemaTypes, withoutNulls } from '../helpers/graphql';
import { startApp, type TestApp } from '../helpers/strapi';

const SERIES = 'kernel-log-coming-in-3-0';
const SERIES_DE = 'kernel-log-was-3-0-bringt';
const CHANNEL = 'the-h-open';
const TIMELINE = 'linux-3-0';
const AT = '2011-06-01T12:00:00Z';

/**
 * The GraphQL queries against the REST read routes on the demo newsroom:
 * the same answer for the same thing (every field, compared whole), the same
 * permission, limits and bad arguments answered with a sentence, and none of
 * the plugin's internal types in the schema.
 */
describe('GraphQL read API (plugin-graphql in the demo app)', () => {
  let app: TestApp;
  let select: (type: string) => string;
  let parts: any[];

  beforeAll(async () => {
    app = await startApp();
    const types = await schemaTypes(app);
    select = (type) => fullSelection(types, type);
    parts = (await app.http().get(`/api/newsroom/series/${SERIES}`).expect(200)).body.data.parts;
  }, 120000);
  afterAll(() => app.stop());

  /** The REST body and the GraphQL answer of the same read, both without nulls. */
  async function both(rest: string, field: string, args: string, type: string, headers = {}) {
    const restReply = await app.http().get(rest).set(headers);
    expect([rest, restReply.status]).toEqual([rest, 200]);
    const reply = await graphql(
      app,
      `{ ${field}${args ? `(${args})` : ''} { ${select(type)} } }`,
      {},
      headers,
    );
    expect([field, reply.errors]).toEqual([field, undefined]);
    return { rest: withoutNulls(restReply.body), gql: withoutNulls(reply.data[field]) };
  }

  it('answers the series list, a series in English and in German as REST does', async () => {
    let pair = await both('/api/newsroom/series', 'newsroomSeriesList', '', 'NewsroomSeriesList');
    expect(pair.gql).toEqual(pair.rest);
    expect((pair.gql as any).data.length).toBeGreaterThan(0);
    pair = await both(
      `/api/newsroom/series?page=1&pageSize=1`,
      'newsroomSeriesList',
      'page: 1, pageSize: 1',
      'NewsroomSeriesList',
    );
    expect(pair.gql).toEqual(pair.rest);
    pair = await both(
      `/api/newsroom/series/${SERIES}`,
      'newsroomSeries',
      `slug: "${SERIES}"`,
      'NewsroomSeriesAnswer',
    );
    expect(pair.gql).toEqual(pair.rest);
    // Every part in order: published ones and the announced part 4, without a draft's text.
    const series = (pair.gql as any).data;
    expect(series.parts.map((p: any) => [p.number, p.status])).toEqual([
      [1, 'published'],
      [2, 'published'],
      [3, 'published'],
      [4, 'announced'],
    ]);
    expect(series.parts[3]).toMatchObject({ workingTitle: 'Drivers', expectedAt: '2011-07-14' });
    pair = await both(
      `/api/newsroom/series/${SERIES_DE}?locale=de`,
      'newsroomSeries',
      `slug: "${SERIES_DE}", locale: "de"`,
      'NewsroomSeriesAnswer',
    );
    expect(pair.gql).toEqual(pair.rest);
    expect((pair.gql as any).data.parts.map((p: any) => p.status)).toEqual([
      'untranslated',
      'untranslated',
      'published',
      'announced',
    ]);
    // A series by its permalink id, as /series/:id.
    const id = series.permalinkId;
    pair = await both(
      `/api/newsroom/series/${id}`,
      'newsroomSeries',
      `slug: "${id}"`,
      'NewsroomSeriesAnswer',
    );
    expect(pair.gql).toEqual(pair.rest);
  });

  it('answers every part by slug and by permalink id with its position, neighbours and timeline state', async () => {
    let sawTimeline = false;
    for (const part of parts.filter((p) => p.status === 'published')) {
      const bySlug = await both(
        `/api/newsroom/articles/${part.slug}`,
        'newsroomArticle',
        `slug: "${part.slug}"`,
        'NewsroomArticleAnswer',
      );
      expect(bySlug.gql).toEqual(bySlug.rest);
      const article = (bySlug.gql as any).data;
      expect(article.series.part).toEqual({ number: part.number, of: 4 });
      if (part.number > 1) expect(article.series.previous.number).toBe(part.number - 1);
      if (article.timeline) sawTimeline = true;
      const byId = await both(
        `/api/newsroom/articles/${part.permalinkId}`,
        'newsroomArticle',
        `permalinkId: ${part.permalinkId}`,
        'NewsroomArticleAnswer',
      );
      expect(byId.gql).toEqual(byId.rest);
    }
    expect(sawTimeline).toBe(true);
    // The German part 3.
    const german = (await app.http().get(`/api/newsroom/series/${SERIES_DE}?locale=de`)).body.data.parts[2];
    const pair = await both(
      `/api/newsroom/articles/${german.slug}?locale=de`,
      'newsroomArticle',
      `slug: "${german.slug}", locale: "de"`,
      'NewsroomArticleAnswer',
    );
    expect(pair.gql).toEqual(pair.rest);
  });

  it('answers channel articles, timelines at an instant and permalinks as REST does', async () => {
    let pair = await both(
      `/api/newsroom/channels/${CHANNEL}/articles?pageSize=2&page=2`,
      'newsroomChannelArticles',
      `slug: "${CHANNEL}", pageSize: 2, page: 2`,
      'NewsroomChannelArticles',
    );
    expect(pair.gql).toEqual(pair.rest);
    expect((pair.gql as any).data.length).toBeGreaterThan(0);
    expect((pair.gql as any).meta.pagination).toMatchObject({ page: 2, pageSize: 2 });
    pair = await both(
      `/api/newsroom/timelines?at=${AT}`,
      'newsroomTimelines',
      `at: "${AT}"`,
      'NewsroomTimelineList',
    );
    expect(pair.gql).toEqual(pair.rest);
    for (const at of [AT, '2011-07-22T10:00:00+02:00']) {
      pair = await both(
        `/api/newsroom/timelines/${TIMELINE}?at=${encodeURIComponent(at)}`,
        'newsroomTimeline',
        `slug: "${TIMELINE}", at: "${at}"`,
        'NewsroomTimelineAnswer',
      );
      expect(pair.gql).toEqual(pair.rest);
    }
    expect((pair.gql as any).data.state.phase).toBe('released');
    const id = parts[2].permalinkId;
    pair = await both(
      `/api/newsroom/permalinks/${id}`,
      'newsroomPermalink',
      `id: ${id}`,
      'NewsroomPermalinkAnswer',
    );
    expect(pair.gql).toEqual(pair.rest);
    // The locale from Accept-Language, as the REST twin negotiates it.
    pair = await both(
      `/api/newsroom/permalinks/${id}`,
      'newsroomPermalink',
      `id: ${id}`,
      'NewsroomPermalinkAnswer',
      {
        'Accept-Language': 'de-DE,de;q=0.9',
      },
    );
    expect(pair.gql).toEqual(pair.rest);
    expect((pair.gql as any).data.locale).toBe('de');
  });

  it('follows an old slug with meta.redirect, as REST does', async () => {
    const cm = contentManager(app, await adminToken(app));
    const part = parts[1];
    await cm.update('plugin::newsroom.article', part.documentId, { slug: 'renamed-part-two' });
    await cm.publish('plugin::newsroom.article', part.documentId, 'en');
    const pair = await both(
      `/api/newsroom/articles/${part.slug}`,
      'newsroomArticle',
      `slug: "${part.slug}"`,
      'NewsroomArticleAnswer',
    );
    expect(pair.gql).toEqual(pair.rest);
    expect((pair.gql as any).meta.redirect).toEqual({ slug: 'renamed-part-two' });
    parts[1] = { ...part, slug: 'renamed-part-two' };
  });

  it('is opened and closed by the same public permission as the REST route', async () => {
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    const role = await app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } });
    const action = 'plugin::newsroom.series.findOne';
    const query = `{ newsroomSeries(slug: "${SERIES}") { data { title } } }`;
    expect((await graphql(app, query)).data.newsroomSeries.data.title).toBe('Kernel Log: Coming in 3.0');
    await permissions.delete({ where: { action, role: role.id } });
    try {
      const closed = await graphql(app, query);
      expect(closed.data.newsroomSeries).toBeNull();
      expect(closed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(closed.text).not.toContain('Kernel Log');
      await app.http().get(`/api/newsroom/series/${SERIES}`).expect(403);
      // The list is another action, still granted.
      expect(
        (await graphql(app, '{ newsroomSeriesList { data { slug } } }')).data.newsroomSeriesList.data.length,
      ).toBeGreaterThan(0);
    } finally {
      await permissions.create({ data: { action, role: role.id } });
    }
    expect((await graphql(app, query)).data.newsroomSeries.data.title).toBe('Kernel Log: Coming in 3.0');
  });

  it('has none of the plugin types in the schema and no newsroom mutation', async () => {
    const types = await schemaTypes(app);
    const names = [...types.keys()];
    for (const internal of [
      'ScheduledAction',
      'Sequence',
      'SlugRedirect',
      'OutboxMessage',
      'Instance',
      'ShareLink',
      'CalendarFeed',
      'Permalink',
    ]) {
      expect(
        names.filter((name) => name.includes(internal) && !name.startsWith('NewsroomPermalink')),
      ).toEqual([]);
      expect(names).not.toContain(`Newsroom${internal}`);
    }
    // No shadow CRUD for the public types either: no filters, inputs, collections, components.
    expect(
      names.filter((name) =>
        /^Newsroom.*(FiltersInput|Input|EntityResponse|RelationResponseCollection)/.test(name),
      ),
    ).toEqual([]);
    expect(names.filter((name) => name.startsWith('ComponentNewsroom'))).toEqual([]);
    const queries = types
      .get('Query')!
      .fields!.map((f) => f.name)
      .filter((name) => /newsroom/i.test(name));
    expect(queries.sort()).toEqual(
      [
        'newsroomArticle',
        'newsroomChannelArticles',
        'newsroomPermalink',
        'newsroomSeries',
        'newsroomSeriesList',
        'newsroomTimeline',
        'newsroomTimelines',
      ].sort(),
    );
    const mutations = (types.get('Mutation')?.fields ?? [])
      .map((f) => f.name)
      .filter((name) => /newsroom/i.test(name));
    expect(mutations).toEqual([]);
    // The newsroom types carry no private attribute.
    const fields = [...types.values()]
      .filter((t) => t.name.startsWith('Newsroom'))
      .flatMap((t) => (t.fields ?? []).map((f) => f.name));
    for (const secret of ['createdBy', 'updatedBy', 'email', 'password'])
      expect(fields).not.toContain(secret);
  });

  it('answers bad arguments with a sentence naming them', async () => {
    const cases: Array<[string, RegExp]> = [
      [
        'newsroomSeriesList(locale: "fr") { meta { locale } }',
        /Argument "locale" must be one of de, en, not "fr"/,
      ],
      [
        'newsroomSeriesList(pageSize: 500) { meta { locale } }',
        /Argument "pageSize" may be at most 100, not 500/,
      ],
      [
        'newsroomSeriesList(page: 0) { meta { locale } }',
        /Argument "page" must be a whole number of at least 1, not "0"/,
      ],
      [
        'newsroomSeries(slug: "../etc") { meta { locale } }',
        /"\.\.\/etc" is not a valid slug or permalink id/,
      ],
      ['newsroomArticle { meta { locale } }', /either "slug" or "permalinkId", exactly one/],
      [
        'newsroomArticle(slug: "a", permalinkId: 3) { meta { locale } }',
        /either "slug" or "permalinkId", exactly one/,
      ],
      [
        'newsroomArticle(permalinkId: -4) { meta { locale } }',
        /"permalinkId" must be a whole number of at least 1, not -4/,
      ],
      ['newsroomChannelArticles(slug: "A B") { meta { locale } }', /"A B" is not a valid channel slug/],
      [
        'newsroomTimeline(slug: "linux-3-0", at: "yesterday") { meta { at } }',
        /Argument "at" must be an ISO 8601 date and time/,
      ],
      [
        'newsroomTimelines(at: "2011-07-22T10:00:00+25:00") { meta { at } }',
        /Argument "at" must be an ISO 8601 date and time/,
      ],
      ['newsroomPermalink(id: 0) { meta { locale } }', /permalink id/i],
    ];
    for (const [selection, sentence] of cases) {
      const reply = await graphql(app, `{ ${selection} }`);
      expect([selection, reply.status < 500, messages(reply).join(' ')]).toEqual([
        selection,
        true,
        expect.stringMatching(sentence),
      ]);
      expect([selection, reply.errors?.[0].extensions?.code]).toEqual([selection, 'BAD_USER_INPUT']);
    }
    // Unknown things: null and a sentence, as REST's 404.
    const missing = await graphql(app, '{ newsroomArticle(slug: "no-such-article") { data { title } } }');
    expect(missing.data.newsroomArticle).toBeNull();
    expect(messages(missing)).toEqual(['No published article "no-such-article" in locale "en".']);
    expect(missing.errors?.[0].extensions?.code).toBe('STRAPI_NOT_FOUND_ERROR');
    // Wrong types are refused by GraphQL's own validation: 400 with a sentence.
    const typed = await graphql(app, '{ newsroomSeriesList(pageSize: "many") { meta { locale } } }');
    expect(typed.status).toBe(400);
    expect(messages(typed).join(' ')).toMatch(/Int cannot represent non-integer value: "many"/);
    const unknown = await graphql(app, '{ newsroomSeries(slug: "x", status: DRAFT) { data { title } } }');
    expect(unknown.status).toBe(400);
    expect(messages(unknown).join(' ')).toMatch(/Unknown argument "status"/);
  });

  it('refuses operations past the depth limit and past the newsroom query cap, with a sentence', async () => {
    let nested = 'name';
    for (let i = 0; i < 6; i += 1) nested = `users { role { ${nested} } }`;
    const deep = await graphql(app, `{ usersPermissionsRoles { ${nested} } }`);
    expect(deep.status).toBe(400);
    expect(messages(deep).join(' ')).toMatch(/exceeds maximum operation depth of 10/);
    const aliases = Array.from(
      { length: 12 },
      (_, i) => `s${i}: newsroomSeriesList { meta { locale } }`,
    ).join(' ');
    const wide = await graphql(app, `{ ${aliases} }`);
    expect(Object.values(wide.data).filter(Boolean)).toHaveLength(10);
    expect(messages(wide)).toEqual(
      Array(2).fill('A GraphQL request may ask at most 10 newsroom queries; this one asks for more.'),
    );
  });

  it('answers CORS by the app allow-list on /graphql, as on the REST routes', async () => {
    const query = { query: '{ newsroomSeriesList { meta { locale } } }' };
    const foreign = await app.http().post('/graphql').set('Origin', 'https://evil.example').send(query);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const front = await app.http().post('/graphql').set('Origin', 'https://www.example.com').send(query);
    expect(front.headers['access-control-allow-origin']).toBe('https://www.example.com');
    expect(front.body.data.newsroomSeriesList.meta.locale).toBe('en');
    const rest = await app.http().get('/api/newsroom/series').set('Origin', 'https://evil.example');
    expect(rest.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sends cache headers as REST does, as far as Apollo lets it', async () => {
    const rest = await app.http().get(`/api/newsroom/series/${SERIES}`).expect(200);
    const reply = await graphql(
      app,
      `{ newsroomSeries(slug: "${SERIES}") { data { title parts { number title } channel { name } } } }`,
    );
    expect(reply.headers['cache-control']).toBe('max-age=60, public');
    expect(reply.headers['surrogate-key'].split(' ').sort()).toEqual(
      rest.headers['surrogate-key'].split(' ').sort(),
    );
    const token = await app.strapi
      .service('admin::api-token')
      .create({ name: 'gql reader', type: 'read-only', lifespan: null, description: '' });
    const withToken = await graphql(
      app,
      `{ newsroomSeries(slug: "${SERIES}") { data { title } } }`,
      {},
      { Authorization: `Bearer ${token.accessKey}` },
    );
    expect(withToken.data.newsroomSeries.data.title).toBe('Kernel Log: Coming in 3.0');
    expect(withToken.headers['cache-control']).toBe('max-age=60, private');
    // "Now" lasts until the minute ends.
    const now = await graphql(app, `{ newsroomTimeline(slug: "${TIMELINE}") { data { state { phase } } } }`);
    expect(Number(/^max-age=(\d+), public$/.exec(now.headers['cache-control'])?.[1])).toBeLessThanOrEqual(60);
    // Anything else in the operation, or an error, is not cached.
    const register = await app
      .http()
      .post('/api/auth/local/register')
      .send({ username: 'gql-reader', email: 'gql-reader@example.com', password: 'Reader-Password-2026' })
      .expect(200);
    const mixed = await graphql(
      app,
      `
        {
          newsroomSeriesList {
            meta {
              locale
            }
          }
          me {
            username
          }
        }
      `,
      {},
      {
        Authorization: `Bearer ${register.body.jwt}`,
      },
    );
    expect(mixed.errors).toBeUndefined();
    expect(mixed.data.me.username).toBe('gql-reader');
    expect(mixed.headers['cache-control']).toBe('no-store');
    const failed = await graphql(app, '{ newsroomSeries(slug: "nope") { data { title } } }');
    expect(failed.headers['cache-control']).toBe('no-store');
  });
});
