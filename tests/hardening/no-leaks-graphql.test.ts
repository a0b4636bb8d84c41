import { adminToken, contentManager } from '../helpers/admin';
import { fullSelection, graphql, schemaTypes } from '../helpers/graphql';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const SERIES = 'plugin::newsroom.series';
const AUTHOR = 'plugin::newsroom.author';
const TIMELINE = 'plugin::newsroom.timeline';
const CANARY = 'LEAKCANARY';
const PRIVATE_EMAIL = 'private-canary@example.com';
const PRIVATE_WORDS = [
  CANARY,
  PRIVATE_EMAIL,
  'password',
  'createdBy',
  'updatedBy',
  'resetPasswordToken',
  '"email"',
];
const REQUESTS = Number(process.env.NEWSROOM_GRAPHQL_LEAK_REQUESTS || 3000);

/** The same deterministic generator as the REST no-leaks test, so a failing request can be replayed. */
function rng(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * The no-leaks generator against /graphql: thousands of public operations
 * over published, draft, scheduled, unpublished, deleted and partly
 * translated documents (German drafts included), with arguments readers can
 * try (unknown locales, status, filters, shadow CRUD fields, introspection of
 * internal types, aliases, variables, GET). No draft or scheduled text and no
 * private attribute comes back, nothing answers 5xx or "Internal Server
 * Error", one query always gives one answer, and enough queries succeed that
 * an all-error run fails.
 */
describe('no draft leaks through GraphQL', () => {
  let app: TestApp;
  let select: (type: string) => string;
  const refs = { series: [] as string[], articles: [] as string[], ids: [] as number[] };

  beforeAll(async () => {
    app = await startApp();
    const token = await adminToken(app);
    const cm = contentManager(app, token);
    const author = await cm.create(AUTHOR, { name: 'Canary Author', email: PRIVATE_EMAIL });
    await cm.publish(AUTHOR, author.body.data.documentId, 'en');
    const series = (await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200)).body
      .data;
    const part1 = series.parts[0];
    // A published part whose draft now holds secret text, in English and in German.
    await cm.update(ARTICLE, part1.documentId, {
      title: `${CANARY} new headline`,
      teaser: `${CANARY} teaser`,
    });
    await cm.update(ARTICLE, part1.documentId, { title: `${CANARY} Entwurf`, slug: 'canary-entwurf' }, 'de');
    // A German-only draft, a draft-only part 5, a draft-only series and a draft timeline.
    await cm.create(ARTICLE, { title: `${CANARY} nur Entwurf`, slug: 'canary-nur-entwurf' }, 'de');
    await cm.create(ARTICLE, {
      title: `${CANARY} draft part`,
      slug: 'canary-draft-part',
      series: series.documentId,
      authors: [author.body.data.documentId],
    });
    await cm.create(SERIES, { title: `${CANARY} draft series`, slug: 'canary-draft-series' });
    const timeline = await cm.create(TIMELINE, {
      project: `${CANARY} kernel`,
      version: '9.9',
      slug: 'canary-timeline',
    });
    expect(timeline.status).toBe(201);
    // Scheduled: a draft due to be published in 2031.
    const scheduled = await cm.create(ARTICLE, {
      title: `${CANARY} scheduled`,
      slug: 'canary-scheduled',
      series: series.documentId,
    });
    const action = await app
      .http()
      .post('/newsroom/schedule/actions')
      .set({ Authorization: `Bearer ${token}` })
      .send({
        targetType: ARTICLE,
        documentId: scheduled.body.data.documentId,
        locale: 'en',
        action: 'publish',
        date: '2031-01-01',
        time: '10:00',
      });
    expect(action.status).toBe(201);
    // Published, then unpublished; published, then deleted.
    const gone = await cm.create(ARTICLE, {
      title: `${CANARY} unpublished`,
      slug: 'canary-unpublished',
      series: series.documentId,
    });
    await cm.publish(ARTICLE, gone.body.data.documentId);
    await cm.unpublish(ARTICLE, gone.body.data.documentId);
    const deleted = await cm.create(ARTICLE, { title: `${CANARY} deleted`, slug: 'canary-deleted' });
    await cm.publish(ARTICLE, deleted.body.data.documentId);
    await app.strapi
      .documents(ARTICLE as any)
      .delete({ documentId: deleted.body.data.documentId, locale: '*' } as any);
    // A published article by the author with the private e-mail address.
    const bylined = await cm.create(ARTICLE, {
      title: 'Bylined',
      slug: 'bylined',
      authors: [author.body.data.documentId],
    });
    await cm.publish(ARTICLE, bylined.body.data.documentId);

    // The canary is really in the database, so a leak would show.
    const drafts = await app.strapi.db
      .query(ARTICLE as any)
      .count({ where: { title: { $contains: CANARY } } });
    expect(drafts).toBeGreaterThanOrEqual(6);

    const types = await schemaTypes(app);
    select = (type) => fullSelection(types, type);
    refs.series.push(
      'kernel-log-coming-in-3-0',
      'kernel-log-was-3-0-bringt',
      'canary-draft-series',
      'no-such-series',
      String(series.permalinkId),
    );
    refs.articles.push(
      part1.slug,
      'canary-entwurf',
      'canary-nur-entwurf',
      'canary-draft-part',
      'canary-scheduled',
      'canary-unpublished',
      'canary-deleted',
      'bylined',
    );
    refs.ids.push(part1.permalinkId, series.permalinkId, gone.body.data.permalinkId ?? 1275999, 1, 9999999);
  }, 180000);
  afterAll(() => app.stop());

  const locales = [undefined, 'en', 'de', '*', 'all', 'fr', 'EN', 'de-DE', ''];
  const instants = [
    undefined,
    '2011-05-30T12:00:00Z',
    '2011-07-22T10:00:00+02:00',
    '2031-01-01T00:00:00Z',
    'now',
  ];
  // Arguments and fields a reader may try; each is refused by validation, never answered with more.
  const tricks = [
    '',
    'status: DRAFT',
    'publicationState: PREVIEW',
    'filters: { title: { contains: "LEAKCANARY" } }',
    'filters: { createdBy: { email: { startsWith: "a" } } }',
    'populate: "*"',
  ];
  const probes = [
    '{ newsroomArticles(status: DRAFT) { title } }',
    '{ newsroomArticles_connection { nodes { title } } }',
    '{ newsroomScheduledActions { documentId } }',
    '{ newsroomPermalinks { permalinkId } }',
    '{ __type(name: "NewsroomScheduledAction") { fields { name } } }',
    '{ __type(name: "NewsroomArticleInput") { inputFields { name } } }',
    'mutation { updateNewsroomArticle(documentId: "x", data: { title: "LEAK" }) { title } }',
    'mutation { publishNewsroomArticle(documentId: "x") { title } }',
  ];

  function pick<T>(random: () => number, list: T[]): T {
    return list[Math.floor(random() * list.length)];
  }

  /** One random newsroom root field: its name, arguments and the type of its answer. */
  function field(random: () => number): { name: string; args: Record<string, unknown>; type: string } {
    const locale = pick(random, locales);
    const page = pick(random, [undefined, 1, 2, 0, 101, 100000]);
    const pageSize = pick(random, [undefined, 1, 2, 100, 101]);
    const at = pick(random, instants);
    const kinds = [
      () => ({ name: 'newsroomSeriesList', args: { locale, page, pageSize }, type: 'NewsroomSeriesList' }),
      () => ({
        name: 'newsroomSeries',
        args: { slug: pick(random, refs.series), locale },
        type: 'NewsroomSeriesAnswer',
      }),
      () => ({
        name: 'newsroomArticle',
        args: { slug: pick(random, refs.articles), locale },
        type: 'NewsroomArticleAnswer',
      }),
      () => ({
        name: 'newsroomArticle',
        args: { permalinkId: pick(random, refs.ids), locale },
        type: 'NewsroomArticleAnswer',
      }),
      () => ({
        name: 'newsroomChannelArticles',
        args: { slug: pick(random, ['the-h-open', 'nope']), locale, page, pageSize },
        type: 'NewsroomChannelArticles',
      }),
      () => ({ name: 'newsroomTimelines', args: { at }, type: 'NewsroomTimelineList' }),
      () => ({
        name: 'newsroomTimeline',
        args: { slug: pick(random, ['linux-3-0', 'canary-timeline']), at, locale },
        type: 'NewsroomTimelineAnswer',
      }),
      () => ({
        name: 'newsroomPermalink',
        args: { id: pick(random, refs.ids), locale },
        type: 'NewsroomPermalinkAnswer',
      }),
    ];
    return pick(random, kinds)();
  }

  const literal = (args: Record<string, unknown>) =>
    Object.entries(args)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}: ${JSON.stringify(value)}`);

  it(`holds over ${REQUESTS} generated operations`, async () => {
    const random = rng(20261202);
    const answers = new Map<string, string>();
    const succeeded: Record<string, number> = {};
    let fields = 0;
    let probesSent = 0;
    for (let sent = 0; sent < REQUESTS; sent += 1) {
      let query: string;
      let asked: Array<{ alias: string; key: string; name: string }> = [];
      let trick = '';
      if (random() < 0.08) {
        query = pick(random, probes);
        probesSent += 1;
      } else {
        const count = random() < 0.2 ? 3 : 1;
        const parts: string[] = [];
        trick = random() < 0.15 ? pick(random, tricks) : '';
        for (let i = 0; i < count; i += 1) {
          const { name, args, type } = field(random);
          const list = literal(args);
          if (trick) list.push(trick);
          const alias = `f${i}`;
          parts.push(`${alias}: ${name}${list.length ? `(${list.join(', ')})` : ''} { ${select(type)} }`);
          asked.push({ alias, key: `${name}(${literal(args).join(',')})`, name });
        }
        query = `{ ${parts.join(' ')} }`;
      }
      const reply = await graphql(app, query);
      const label = query.slice(0, 300);
      expect([label, reply.status < 500]).toEqual([label, true]);
      for (const word of PRIVATE_WORDS) expect([label, reply.text.includes(word)]).toEqual([label, false]);
      expect([label, reply.text.includes('Internal Server Error')]).toEqual([label, false]);
      if (!reply.data) asked = [];
      for (const { alias, key, name } of asked) {
        fields += 1;
        const value = reply.data[alias];
        if (value === null) continue;
        succeeded[name] = (succeeded[name] ?? 0) + 1;
        // The same query with the same arguments gives the same answer, whatever else was asked.
        const now = name.startsWith('newsroomTimeline') && !/at: "/.test(key);
        if (now) continue;
        const text = JSON.stringify(value);
        const seen = answers.get(key);
        if (seen === undefined) answers.set(key, text);
        else expect([key, text]).toEqual([key, seen]);
      }
    }
    // Every query answered often, so a run where everything errs (or is forbidden) cannot pass.
    const names = [
      'newsroomSeriesList',
      'newsroomSeries',
      'newsroomArticle',
      'newsroomChannelArticles',
      'newsroomTimelines',
      'newsroomTimeline',
      'newsroomPermalink',
    ];
    console.log(`GraphQL no-leaks: ${REQUESTS} operations, ${fields} newsroom fields`, succeeded);
    for (const name of names) expect([name, (succeeded[name] ?? 0) >= 20]).toEqual([name, true]);
    const total = Object.values(succeeded).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(fields * 0.15);
    expect(probesSent).toBeGreaterThan(REQUESTS * 0.04);
  }, 900000);

  it('answers the canary documents with "not found", never with their text', async () => {
    for (const slug of ['canary-draft-part', 'canary-scheduled', 'canary-unpublished', 'canary-deleted']) {
      const reply = await graphql(app, `{ newsroomArticle(slug: "${slug}") { data { title } } }`);
      expect([slug, reply.data.newsroomArticle, reply.errors?.[0].extensions?.code]).toEqual([
        slug,
        null,
        'STRAPI_NOT_FOUND_ERROR',
      ]);
    }
    const german = await graphql(
      app,
      '{ newsroomArticle(slug: "canary-nur-entwurf", locale: "de") { data { title } } }',
    );
    expect(german.data.newsroomArticle).toBeNull();
    // Draft parts 5 and 6 (the draft-only and the scheduled one) are listed by number only, as in REST.
    const series = await graphql(
      app,
      `
        {
          newsroomSeries(slug: "kernel-log-coming-in-3-0") {
            data {
              parts {
                number
                status
                title
                slug
                teaser
              }
            }
          }
        }
      `,
    );
    const parts = series.data.newsroomSeries.data.parts;
    expect(parts.map((p: any) => [p.number, p.status])).toEqual([
      [1, 'published'],
      [2, 'published'],
      [3, 'published'],
      [4, 'announced'],
      [5, 'announced'],
      [6, 'announced'],
    ]);
    expect(parts[4]).toEqual({ number: 5, status: 'announced', title: null, slug: null, teaser: null });
    expect(series.text).not.toContain(CANARY);
  });
});
