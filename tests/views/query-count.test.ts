import { startApp, type TestApp } from '../helpers/strapi';
import { isHeartbeatQuery } from '../helpers/heartbeat';

// The scheduler's reconcile and the outbox's polling would add their own queries to the count.
const QUIET = { NEWSROOM_SCHEDULER: 'false', NEWSROOM_OUTBOX: 'false' };

const ARTICLE = 'plugin::newsroom.article';
const SERIES = 'plugin::newsroom.series';
const CHANNEL = 'plugin::newsroom.channel';
const TIMELINE = 'plugin::newsroom.timeline';

/** The views' cost must not grow with the data: same SQL query count for 3 parts and for 43. */
describe('SQL queries per view', () => {
  let app: TestApp;
  let queries = 0;
  let channel: string;
  let timeline: string;
  let series: string;
  let firstPart: number;

  const docs = (uid: string) => app.strapi.documents(uid as any) as any;

  async function addParts(from: number, to: number) {
    for (let n = from; n <= to; n += 1) {
      const part = await docs(ARTICLE).create({
        locale: 'en',
        data: {
          title: `Counted part ${n}`,
          series,
          channel,
          timeline,
          pages: [
            {
              title: 'One',
              body: [
                {
                  type: 'paragraph',
                  children: [
                    {
                      type: 'link',
                      url: `https://example.org/${n}`,
                      children: [{ type: 'text', text: 'x' }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      });
      await docs(ARTICLE).publish({ documentId: part.documentId, locale: 'en' });
      await docs(ARTICLE).update({
        documentId: part.documentId,
        locale: 'de',
        data: { title: `Gezählter Teil ${n}` },
      });
      await docs(ARTICLE).publish({ documentId: part.documentId, locale: 'de' });
    }
  }

  const urls = () => [
    '/api/newsroom/series/counted-series/print',
    '/api/newsroom/articles/counted-part-1/print',
    '/api/newsroom/feeds/site.atom',
    '/api/newsroom/feeds/channels/counting.rss',
    '/api/newsroom/feeds/series/counted-series.json',
    '/api/newsroom/sitemap.xml',
    '/api/newsroom/timelines/counting-1-0?at=2011-07-07T00:00:00Z',
    '/api/newsroom/timelines',
    `/api/newsroom/permalinks/${firstPart}`,
    `/-${firstPart}`,
  ];

  async function countAll(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    const clear = () => {
      // Count the work, not the memory cache.
      app.strapi.plugin('newsroom').service('answers').clear();
    };
    // Every change's notification has arrived (PostgreSQL): the warm-up and the counted request see one generation.
    const changes = app.strapi.plugin('newsroom').service('changes');
    for (let i = 0; i < 200 && (await changes.generation()) !== (await changes.latest()); i++)
      await new Promise((resolve) => setTimeout(resolve, 25));
    for (const url of urls()) {
      // A first request reloads what expires with time (the locale list, kept for 10 s): forgotten
      // first, so it cannot expire between that request and the counted one.
      app.strapi.plugin('newsroom').service('locales').reset();
      clear();
      await app.http().get(url);
      clear();
      queries = 0;
      const res = await app.http().get(url);
      expect([url, res.status]).toEqual([url, url.startsWith('/-') ? 301 : 200]);
      counts[url] = queries;
    }
    return counts;
  }

  beforeAll(async () => {
    app = await startApp({ demo: false, env: QUIET });
    channel = (await docs(CHANNEL).create({ data: { name: 'Counting' } })).documentId;
    await docs(CHANNEL).publish({ documentId: channel });
    const milestones = [
      { kind: 'merge-window', label: 'c merge window', at: '2011-05-19T00:00:00.000Z' },
      { kind: 'rc', label: 'c-rc1', at: '2011-05-29T00:00:00.000Z' },
    ];
    timeline = (await docs(TIMELINE).create({ data: { project: 'Counting', version: '1.0', milestones } }))
      .documentId;
    await docs(TIMELINE).publish({ documentId: timeline });
    series = (await docs(SERIES).create({ locale: 'en', data: { title: 'Counted series', channel } }))
      .documentId;
    await docs(SERIES).publish({ documentId: series, locale: 'en' });
    await addParts(1, 3);
    firstPart = (await app.strapi.db.query(ARTICLE as any).findOne({ where: { slug: 'counted-part-1' } }))
      .permalinkId;
    app.strapi.db.connection.on('query', (query: { sql: string }) => {
      if (isHeartbeatQuery(query.sql)) return;
      queries += 1;
    });
  }, 180000);
  afterAll(() => app.stop());

  it('is the same with 3 parts and with 43', async () => {
    const small = await countAll();
    await addParts(4, 43);
    const large = await countAll();
    expect(large).toEqual(small);
    for (const count of Object.values(small)) expect(count).toBeLessThanOrEqual(20);
  }, 180000);
});
