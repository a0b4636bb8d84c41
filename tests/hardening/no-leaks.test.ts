import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const SERIES = 'plugin::newsroom.series';
const AUTHOR = 'plugin::newsroom.author';
const CANARY = 'LEAKCANARY';
const PRIVATE_EMAIL = 'private-canary@example.com';
const PRIVATE_WORDS = [
  CANARY,
  PRIVATE_EMAIL,
  '"password"',
  '"createdBy"',
  '"updatedBy"',
  'resetPasswordToken',
  '"email"',
];

/**
 * Floors for this seed's figures (see the log line): 1,750 answers of 200 and 6,437 compared with their
 * untricked answer, 1,132 of those 200s, on SQLite and PostgreSQL alike. A route that stopped answering
 * shows in the first test; these catch the generator drifting into requests that prove nothing.
 */
const OK_AT_LEAST = 1400;
const COMPARED_OK_AT_LEAST = 900;
const COMPARED_AT_LEAST = 5000;

/** A small deterministic generator, so a failing request can be replayed. */
function rng(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** A setup step answered as it should (the body rides along when it did not). */
function done(step: string, res: { status: number; body?: any }, status: number) {
  expect({ step, status: res.status, body: res.status === status ? null : res.body }).toEqual({
    step,
    status,
    body: null,
  });
  return res.body;
}

/**
 * Thousands of public requests over data that mixes published, draft,
 * scheduled, future-dated, unpublished, deleted and partly translated documents, with every query
 * trick readers can try. No draft text and no private attribute may come
 * back, no answer may be a 5xx, and a filter (also on private fields) never
 * changes an answer.
 */
describe('no draft leaks, no oracles (public read API)', () => {
  let app: TestApp;
  /** Every public path, and what it answers without any trick (so a route that stopped answering shows). */
  const paths: { path: string; status: number }[] = [];

  beforeAll(async () => {
    app = await startApp();
    const token = await adminToken(app);
    const cm = contentManager(app, token);
    const author = done(
      'create the author',
      await cm.create(AUTHOR, { name: 'Canary Author', email: PRIVATE_EMAIL }),
      201,
    );
    done('publish the author', await cm.publish(AUTHOR, author.data.documentId, 'en'), 200);
    const series = done(
      'read the demo series',
      await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0'),
      200,
    );
    const seriesId = series.data.documentId;
    const part1 = series.data.parts[0];
    expect(part1).toMatchObject({ number: 1, status: 'published' });

    // A published article whose draft now holds secret text, in both languages.
    done(
      'edit part 1 (en)',
      await cm.update(ARTICLE, part1.documentId, {
        title: `${CANARY} new headline`,
        teaser: `${CANARY} teaser`,
      }),
      200,
    );
    done(
      'edit part 1 (de)',
      await cm.update(
        ARTICLE,
        part1.documentId,
        { title: `${CANARY} Entwurf`, slug: 'canary-entwurf' },
        'de',
      ),
      200,
    );
    // A draft-only part 5 and a draft-only series.
    done(
      'create a draft part',
      await cm.create(ARTICLE, {
        title: `${CANARY} draft part`,
        slug: 'canary-draft-part',
        series: seriesId,
        authors: [author.data.documentId],
      }),
      201,
    );
    done(
      'create a draft series',
      await cm.create(SERIES, { title: `${CANARY} draft series`, slug: 'canary-draft-series' }),
      201,
    );
    // Published, then unpublished.
    const gone = done(
      'create the article to unpublish',
      await cm.create(ARTICLE, {
        title: `${CANARY} unpublished`,
        slug: 'canary-unpublished',
        series: seriesId,
      }),
      201,
    );
    done('publish it', await cm.publish(ARTICLE, gone.data.documentId), 200);
    done('unpublish it', await cm.unpublish(ARTICLE, gone.data.documentId), 200);
    // Published, then deleted.
    const deleted = done(
      'create the article to delete',
      await cm.create(ARTICLE, { title: `${CANARY} deleted`, slug: 'canary-deleted' }),
      201,
    );
    done('publish it', await cm.publish(ARTICLE, deleted.data.documentId), 200);
    await app.strapi
      .documents(ARTICLE as any)
      .delete({ documentId: deleted.data.documentId, locale: '*' } as any);
    expect(
      await app.strapi.db.query(ARTICLE as any).count({ where: { documentId: deleted.data.documentId } }),
    ).toBe(0);
    // A published article by the author with the private e-mail address.
    const bylined = done(
      'create the bylined article',
      await cm.create(ARTICLE, { title: 'Bylined', slug: 'bylined', authors: [author.data.documentId] }),
      201,
    );
    done('publish it', await cm.publish(ARTICLE, bylined.data.documentId), 200);
    // Scheduled: a draft part whose publication is planned, and part 1's secret draft set to go live then too.
    const schedule = async (step: string, documentId: string) => {
      const res = await app
        .http()
        .post('/newsroom/schedule/actions')
        .set('Authorization', `Bearer ${token}`)
        .send({
          targetType: ARTICLE,
          documentId,
          action: 'publish',
          date: '2031-06-05',
          time: '08:00',
          // Part 1 goes live again after later parts: on purpose here.
          force: true,
        });
      expect(done(step, res, 201).data[0]).toMatchObject({ documentId, status: 'pending' });
    };
    const scheduled = done(
      'create the scheduled part',
      await cm.create(ARTICLE, {
        title: `${CANARY} scheduled part`,
        slug: 'canary-scheduled',
        series: seriesId,
      }),
      201,
    );
    await schedule('schedule its publication', scheduled.data.documentId);
    await schedule("schedule part 1's draft", part1.documentId);
    // Future-dated: a draft whose publication date lies years ahead.
    done(
      'create the future-dated article',
      await cm.create(ARTICLE, {
        title: `${CANARY} future`,
        slug: 'canary-future',
        publishedOn: '2031-06-05T06:00:00.000Z',
        teaser: `${CANARY} from the future`,
      }),
      201,
    );

    // The canary is really in the database, so a leak would show.
    const drafts = await app.strapi.db
      .query(ARTICLE as any)
      .count({ where: { title: { $contains: CANARY } } });
    expect(drafts).toBeGreaterThanOrEqual(6);

    const live = (path: string, status = 200) => paths.push({ path, status });
    const gone404 = (path: string) => paths.push({ path, status: 404 });
    live('/api/newsroom/series');
    live('/api/newsroom/channels/the-h-open/articles');
    gone404('/api/newsroom/channels/nope/articles');
    expect(series.data.permalinkId).toEqual(expect.any(Number));
    for (const ref of ['kernel-log-coming-in-3-0', String(series.data.permalinkId)])
      for (const suffix of ['', '/print']) live(`/api/newsroom/series/${ref}${suffix}`);
    live('/api/newsroom/feeds/series/kernel-log-coming-in-3-0.atom');
    for (const ref of ['canary-draft-series', 'no-such-series', '9999999']) {
      for (const suffix of ['', '/print']) gone404(`/api/newsroom/series/${ref}${suffix}`);
      gone404(`/api/newsroom/feeds/series/${ref}.atom`);
    }
    for (const ref of [part1.slug, 'bylined', String(part1.permalinkId)])
      for (const suffix of ['', '/print']) live(`/api/newsroom/articles/${ref}${suffix}`);
    for (const ref of ['canary-entwurf', 'canary-draft-part', 'canary-unpublished', 'canary-deleted'])
      for (const suffix of ['', '/print']) gone404(`/api/newsroom/articles/${ref}${suffix}`);
    for (const ref of ['canary-scheduled', 'canary-future'])
      for (const suffix of ['', '/print']) gone404(`/api/newsroom/articles/${ref}${suffix}`);
    for (const path of [
      '/api/newsroom/feeds/site.rss',
      '/api/newsroom/feeds/site.json',
      '/api/newsroom/feeds/channels/the-h-open.atom',
      '/api/newsroom/sitemap.xml',
      '/api/newsroom/sitemaps/1.xml',
      '/api/newsroom/news-sitemap.xml',
      '/api/newsroom/timelines',
      '/api/newsroom/timelines/linux-3-0',
      `/api/newsroom/permalinks/${part1.permalinkId}`,
    ])
      live(path);
    live(`/-${part1.permalinkId}`, 301);
    gone404('/-1');
    gone404(`/-${part1.permalinkId}/print`);
  }, 180000);
  afterAll(() => app.stop());

  const locales = ['', 'en', 'de', '*', 'all', 'fr', 'EN', 'de-DE', '%2e%2e', 'en&locale=de'];
  const tricks = [
    '',
    'status=draft',
    'status=published',
    'publicationState=preview',
    'publicationState=live',
    'filters[title][$contains]=LEAKCANARY',
    'filters[publishedAt][$null]=true',
    'filters[createdBy][email][$startsWith]=a',
    'filters[createdBy][password][$startsWith]=$2',
    'filters[authors][email][$eq]=private-canary@example.com',
    'filters[$or][0][createdBy][id][$gt]=0',
    'where[createdBy][id]=1',
    'populate=*',
    'populate[createdBy]=*',
    'populate[authors][fields][0]=email',
    'fields[0]=email',
    'sort=createdBy.email:asc',
    'sort[0]=title:desc',
    'pagination[pageSize]=1000',
    'pagination[withCount]=false',
    'page=2&pageSize=1',
    'page=0',
    'pageSize=101',
    'page[$gt]=1',
    'locale[$ne]=en',
    'plugins[i18n][locale]=de',
  ];
  const pathTricks = (path: string) => [
    path,
    `${path}/`,
    path.toUpperCase(),
    `${path}%00`,
    `${path}/..%2f..`,
    path.replace('/api/', '/api//'),
  ];
  const urlOf = (path: string, ...query: string[]) => {
    const q = query.filter(Boolean).join('&');
    return q ? `${path}?${q}` : path;
  };

  it('every public path answers as expected without tricks', async () => {
    const answers = [];
    for (const { path } of paths) answers.push({ path, status: (await app.http().get(path)).status });
    expect(answers).toEqual(paths);
    expect(paths.filter((p) => p.status === 200).length).toBeGreaterThanOrEqual(20);
  });

  it('holds over at least 10,000 generated requests', async () => {
    const random = rng(20261125);
    /** The answer without the trick, per path variant, locale and page: what every trick must leave alone. */
    const baseline = new Map<string, { status: number; text: string }>();
    const get = async (url: string) => {
      const res = await app.http().get(url);
      sent += 1;
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      const text = res.text ?? '';
      expect([url, res.status < 500]).toEqual([url, true]);
      for (const word of PRIVATE_WORDS) expect([url, text.includes(word)]).toEqual([url, false]);
      return { status: res.status, text };
    };
    let sent = 0;
    const compared = { all: 0, ok: 0 };
    const statuses: Record<number, number> = {};
    while (sent < 10000) {
      const { path } = paths[Math.floor(random() * paths.length)];
      // Half the requests on the plain path and a known locale, so most tricks meet an answer worth probing.
      const variant = random() < 0.5 ? path : pathTricks(path)[Math.floor(random() * 6)];
      const locale =
        random() < 0.5
          ? ['', 'en', 'de'][Math.floor(random() * 3)]
          : locales[Math.floor(random() * locales.length)];
      const trick = tricks[Math.floor(random() * tricks.length)];
      const localeQuery = locale ? `locale=${locale}` : '';
      const url = urlOf(variant, localeQuery, trick);
      const answer = await get(url);
      // Timelines answer for "now", so they change from one minute to the next.
      if (path.includes('/timelines')) continue;
      // Pagination and the locale may change an answer (they stay in the untricked request); nothing else may,
      // whatever the status: a filter that turned a 404 into a 200 would be an oracle too.
      const kept = /^(page|locale|plugins)/.test(trick) ? trick : '';
      const plainUrl = urlOf(variant, localeQuery, kept);
      if (plainUrl === url) continue;
      let plain = baseline.get(plainUrl);
      if (plain === undefined) baseline.set(plainUrl, (plain = await get(plainUrl)));
      expect([url, answer]).toEqual([url, plain]);
      compared.all += 1;
      if (answer.status === 200) compared.ok += 1;
    }
    // Printed for the README; the bounds sit well below this seed's figures and far above a broken route's.
    console.log(`no-leaks: ${sent} requests, compared with the untricked answer:`, compared, statuses);
    expect(sent).toBeGreaterThanOrEqual(10000);
    expect(Object.keys(statuses).filter((s) => Number(s) >= 500)).toEqual([]);
    expect(statuses[200] ?? 0).toBeGreaterThanOrEqual(OK_AT_LEAST);
    expect(compared.ok).toBeGreaterThanOrEqual(COMPARED_OK_AT_LEAST);
    expect(compared.all).toBeGreaterThanOrEqual(COMPARED_AT_LEAST);
  }, 900000);
});
