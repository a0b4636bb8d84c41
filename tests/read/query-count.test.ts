import { startApp, type TestApp } from '../helpers/strapi';
import { isHeartbeatQuery } from '../helpers/heartbeat';

// The scheduler's background reconcile and the outbox's poll would add their own queries to the count
// (seen once on PostgreSQL: 12 instead of 7 for one read).
const QUIET = { NEWSROOM_SCHEDULER: 'false', NEWSROOM_OUTBOX: 'false' };

const ARTICLE = 'plugin::newsroom.article';
const SERIES = 'plugin::newsroom.series';
const CHANNEL = 'plugin::newsroom.channel';

/**
 * The cost of a read must not grow with the number of parts: each endpoint
 * runs the same number of SQL queries for a series of 3 parts and of 50.
 */
describe('SQL queries per read', () => {
  let app: TestApp;
  let queries = 0;

  async function seed(title: string, partCount: number, channel: string) {
    const docs = (uid: string) => app.strapi.documents(uid as any) as any;
    const series = await docs(SERIES).create({ data: { title, channel }, locale: 'en' });
    await docs(SERIES).publish({ documentId: series.documentId, locale: 'en' });
    for (let n = 1; n <= partCount; n += 1) {
      const part = await docs(ARTICLE).create({
        locale: 'en',
        data: {
          title: `${title} part ${n}`,
          series: series.documentId,
          channel,
          pages: [
            { title: 'One', body: [] },
            { title: 'Two', body: [] },
          ],
        },
      });
      if (n !== 2) await docs(ARTICLE).publish({ documentId: part.documentId, locale: 'en' });
    }
  }

  async function count(url: string) {
    queries = 0;
    await app.http().get(url).expect(200);
    return queries;
  }

  beforeAll(async () => {
    app = await startApp({ demo: false, env: QUIET });
    const channel = await (app.strapi.documents(CHANNEL as any) as any).create({
      data: { name: 'Counting' },
    });
    await (app.strapi.documents(CHANNEL as any) as any).publish({ documentId: channel.documentId });
    await seed('Small series', 3, channel.documentId);
    await seed('Large series', 50, channel.documentId);
    // Warm up what is loaded once per process (the locales), so it is not counted.
    await app.http().get('/api/newsroom/series?pageSize=3').expect(200);
    app.strapi.db.connection.on('query', (query: { sql: string }) => {
      if (isHeartbeatQuery(query.sql)) return;
      queries += 1;
    });
  }, 180000);
  afterAll(() => app.stop());

  it('is the same for a series of 3 parts and of 50', async () => {
    const small = await count('/api/newsroom/series/small-series');
    const large = await count('/api/newsroom/series/large-series');
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(12);
  });

  it('is the same for an article in either series', async () => {
    const small = await count('/api/newsroom/articles/small-series-part-3');
    const large = await count('/api/newsroom/articles/large-series-part-30');
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(16);
  });

  it('is the same for lists of 1 and of 2 series, and channel pages', async () => {
    const one = await count('/api/newsroom/series?pageSize=1');
    const two = await count('/api/newsroom/series?pageSize=2');
    expect(two).toBe(one);
    const page1 = await count('/api/newsroom/channels/counting/articles?pageSize=5');
    const page2 = await count('/api/newsroom/channels/counting/articles?pageSize=40');
    expect(page2).toBe(page1);
  });

  it('answers a repeated read from memory with a single query (the content generation)', async () => {
    await count('/api/newsroom/series/large-series');
    expect(await count('/api/newsroom/series/large-series')).toBeLessThanOrEqual(3);
  });
});
