import { createTestDatabase } from '../helpers/database';
import { startApp, type TestApp } from '../helpers/strapi';

describe('the demo newsroom', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.stop());

  it('lists the demo series to the public without a token', async () => {
    const res = await app.http().get('/api/newsroom/series').expect(200);
    expect(res.body.data).toHaveLength(1);
    const [series] = res.body.data;
    expect(series).toMatchObject({
      title: 'Kernel Log: Coming in 3.0',
      kicker: 'Kernel Log',
      slug: 'kernel-log-coming-in-3-0',
      partsTotal: 4,
      publishedParts: 3,
      plannedParts: 1,
      channel: { name: 'The H Open', slug: 'the-h-open' },
    });
    expect(series.latestPart).toMatchObject({ number: 3, status: 'published' });
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 1 });
  });

  it('has the German series too', async () => {
    const res = await app.http().get('/api/newsroom/series?locale=de').expect(200);
    expect(res.body.data[0]).toMatchObject({
      title: 'Kernel-Log: Was 3.0 bringt',
      slug: 'kernel-log-was-3-0-bringt',
    });
  });

  it('creates the locales en (default) and de', async () => {
    const locales = await app.strapi.plugin('i18n').service('locales').find();
    expect(locales.map((l: any) => l.code).sort()).toEqual(['de', 'en']);
    expect(await app.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('en');
  });

  it('seeds parts 1-3 published, part 2 with two pages, part 3 in English and German', async () => {
    const docs = app.strapi.documents('plugin::newsroom.article' as any) as any;
    const en = await docs.findMany({
      locale: 'en',
      status: 'published',
      populate: ['pages'],
      sort: 'partNumber:asc',
    });
    expect(en.map((a: any) => a.partNumber)).toEqual([1, 2, 3]);
    expect(en[1].pages.map((p: any) => p.title)).toEqual(['Btrfs', 'Ext4, XFS and the rest']);
    const de = await docs.findMany({ locale: 'de', status: 'published' });
    expect(de.map((a: any) => a.partNumber)).toEqual([3]);
    expect(de[0].documentId).toBe(en[2].documentId);
  });

  it('seeds the Linux 3.0 timeline from merge window to release', async () => {
    const docs = app.strapi.documents('plugin::newsroom.timeline' as any) as any;
    const [timeline] = await docs.findMany({
      status: 'published',
      filters: { version: '3.0' },
      populate: ['milestones'],
    });
    const labels = timeline.milestones.map((m: any) => m.label);
    expect(labels[0]).toBe('3.0 merge window');
    expect(labels).toEqual(expect.arrayContaining(['3.0-rc1', '3.0-rc6', '3.0-rc7', '3.0']));
    expect(timeline.milestones.at(-1)).toMatchObject({ kind: 'release' });
  });

  it('serves its favicon (a browser asks for it on every print view)', async () => {
    const res = await app.http().get('/favicon.ico').expect(200);
    expect(res.headers['content-type']).toMatch(/^image\//);
    expect(res.body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('refuses unknown locales and bad pagination with a sentence', async () => {
    const bad = [
      ['/api/newsroom/series?locale=fr', 'locale'],
      ['/api/newsroom/series?page=-1', 'page'],
      ['/api/newsroom/series?pageSize=1000', 'pageSize'],
      ['/api/newsroom/series?page[a]=1', 'page'],
    ];
    for (const [url, param] of bad) {
      const res = await app.http().get(url).expect(400);
      expect(res.body.error.message).toContain(`"${param}"`);
    }
  });
});

describe('seeding on a second start', () => {
  it('adds nothing', async () => {
    const database = await createTestDatabase('reseed');
    const counts = async (app: TestApp) => {
      const out: Record<string, number> = {};
      for (const type of ['series', 'article', 'author', 'channel', 'timeline']) {
        out[type] = await app.strapi.db.query(`plugin::newsroom.${type}` as any).count();
      }
      return out;
    };
    const first = await startApp({ database });
    const before = await counts(first);
    await first.stop({ keepDatabase: true });
    const second = await startApp({ database });
    try {
      expect(await counts(second)).toEqual(before);
      expect(before.article).toBeGreaterThan(0);
    } finally {
      await second.stop();
    }
  });
});
