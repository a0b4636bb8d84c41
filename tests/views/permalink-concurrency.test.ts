import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const SERIES = 'plugin::newsroom.series';
const START = 1275000;

describe('permalink ids under concurrent publishing', () => {
  let app: TestApp;
  let cm: ReturnType<typeof contentManager>;

  /** Every permalink id held by any row, per document. */
  async function idsByDocument(): Promise<Map<string, Set<number>>> {
    const rows = [
      ...(await app.strapi.db.query(ARTICLE as any).findMany({ select: ['documentId', 'permalinkId'] })),
      ...(await app.strapi.db.query(SERIES as any).findMany({ select: ['documentId', 'permalinkId'] })),
    ];
    const map = new Map<string, Set<number>>();
    for (const row of rows) {
      if (row.permalinkId === null) continue;
      map.set(row.documentId, (map.get(row.documentId) ?? new Set()).add(row.permalinkId));
    }
    return map;
  }

  async function createMany(uid: string, prefix: string, count: number): Promise<string[]> {
    const created = await Promise.all(
      Array.from({ length: count }, (_, i) => cm.create(uid, { title: `${prefix} ${i + 1}` })),
    );
    for (const res of created) expect(res.status).toBe(201);
    return created.map((res) => res.body.data.documentId);
  }

  async function publishAll(items: [string, string][]) {
    const results = await Promise.all(items.map(([uid, id]) => cm.publish(uid, id)));
    for (const res of results) expect([res.status, res.body?.error?.message]).toEqual([200, undefined]);
  }

  beforeAll(async () => {
    app = await startApp({ demo: false });
    cm = contentManager(app, await adminToken(app));
  });
  afterAll(() => app.stop());

  it('gives every document its own id when many are published at once, and reuses none', async () => {
    const articles = await createMany(ARTICLE, 'Concurrent article', 24);
    const series = await createMany(SERIES, 'Concurrent series', 6);
    await publishAll([
      ...articles.map((id) => [ARTICLE, id] as [string, string]),
      ...series.map((id) => [SERIES, id] as [string, string]),
    ]);

    const first = await idsByDocument();
    expect(first.size).toBe(30);
    for (const ids of first.values()) expect(ids.size).toBe(1); // draft and published rows agree
    const firstIds = [...first.values()].map((ids) => [...ids][0]);
    expect(new Set(firstIds).size).toBe(30);
    expect(Math.min(...firstIds)).toBeGreaterThanOrEqual(START);

    // Deleted documents' ids must never come back.
    const deleted = articles.slice(0, 6);
    const deletedIds = deleted.map((id) => [...first.get(id)!][0]);
    for (const res of await Promise.all(deleted.map((id) => cm.remove(ARTICLE, id))))
      expect(res.status).toBe(200);

    const more = await createMany(ARTICLE, 'Later article', 12);
    await publishAll([
      ...more.map((id) => [ARTICLE, id] as [string, string]),
      // Republishing already published documents in the same burst must not change their ids.
      ...articles.slice(6, 12).map((id) => [ARTICLE, id] as [string, string]),
    ]);
    const second = await idsByDocument();
    for (const id of articles.slice(6, 12)) expect(second.get(id)).toEqual(first.get(id));
    const newIds = more.map((id) => [...second.get(id)!][0]);
    expect(new Set(newIds).size).toBe(12);
    for (const id of newIds) {
      expect(id).toBeGreaterThan(Math.max(...firstIds));
      expect(deletedIds).not.toContain(id);
    }
    const all = [...second.values()].map((ids) => [...ids][0]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives both languages of one document the same id when they are published at once', async () => {
    const created = await cm.create(ARTICLE, { title: 'Two languages at once' });
    const documentId = created.body.data.documentId;
    expect((await cm.update(ARTICLE, documentId, { title: 'Zwei Sprachen zugleich' }, 'de')).status).toBe(
      200,
    );
    const [en, de] = await Promise.all([
      cm.publish(ARTICLE, documentId, 'en'),
      cm.publish(ARTICLE, documentId, 'de'),
    ]);
    expect([en.status, de.status]).toEqual([200, 200]);
    const ids = (await idsByDocument()).get(documentId)!;
    expect(ids.size).toBe(1);

    const res = await app
      .http()
      .get(`/-${[...ids][0]}`)
      .set('Accept-Language', 'de')
      .expect(301);
    expect(res.headers.location).toContain('/de/news/zwei-sprachen-zugleich-');
  });
});
