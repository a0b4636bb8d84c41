import { adminToken } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';

type Row = { id: number; documentId: string; version: string; partNumber: number };

describe('reordering the parts of a series (admin API)', () => {
  let app: TestApp;
  let token: string;
  let seriesId: string;
  let ids: string[];

  const reorder = (order: unknown, id = seriesId) =>
    app.http().put(`/newsroom/series/${id}/order`).set('Authorization', `Bearer ${token}`).send({ order });
  const numbers = async () => {
    const rows = await app.strapi.db.query('plugin::newsroom.article' as any).findMany({
      where: { locale: 'en', series: { documentId: seriesId } },
      select: ['documentId', 'partNumber', 'publishedAt'],
    });
    return rows;
  };
  /** Every row of the series' parts: every locale, draft and published, as "locale draft|published". */
  const everyRow = async (): Promise<Row[]> => {
    const rows = await app.strapi.db.query('plugin::newsroom.article' as any).findMany({
      where: { series: { documentId: seriesId } },
      select: ['id', 'documentId', 'locale', 'partNumber', 'publishedAt'],
      orderBy: [{ id: 'asc' }],
    });
    return rows.map((row: any) => ({
      id: row.id,
      documentId: row.documentId,
      version: `${row.locale} ${row.publishedAt ? 'published' : 'draft'}`,
      partNumber: row.partNumber,
    }));
  };
  /** Each part's one number, failing when two rows of one part (locales, versions) disagree. */
  const numberOfEachPart = (rows: Row[]) => {
    const byPart = new Map<string, number>();
    for (const row of rows) {
      const seen = byPart.get(row.documentId) ?? row.partNumber;
      if (seen !== row.partNumber) {
        throw new Error(
          `part ${row.documentId} is number ${seen} in one row and ${row.partNumber} in its ${row.version} row`,
        );
      }
      byPart.set(row.documentId, row.partNumber);
    }
    return byPart;
  };

  beforeAll(async () => {
    app = await startApp();
    token = await adminToken(app);
    const res = await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200);
    seriesId = res.body.data.documentId;
    ids = res.body.data.parts.filter((p: any) => p.status === 'published').map((p: any) => p.documentId);
  });
  afterAll(() => app.stop());

  it('stores the new order in one request and the read API shows it at once', async () => {
    const before = await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200);
    const res = await reorder([ids[2], ids[0], ids[1]]).expect(200);
    expect(res.body.data.parts).toEqual([
      { documentId: ids[2], number: 1 },
      { documentId: ids[0], number: 2 },
      { documentId: ids[1], number: 3 },
    ]);
    const after = await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200);
    expect(after.body.data.parts.slice(0, 3).map((p: any) => p.documentId)).toEqual([ids[2], ids[0], ids[1]]);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    // Draft and published rows, in every locale, carry the same numbers.
    const rows = await everyRow();
    expect(rows.length).toBeGreaterThan(6);
    for (const row of rows) {
      expect({ version: row.version, partNumber: row.partNumber }).toEqual({
        version: row.version,
        partNumber: [ids[2], ids[0], ids[1]].indexOf(row.documentId) + 1,
      });
    }
  });

  it('refuses an order that leaves out or repeats a part, storing nothing', async () => {
    const before = await numbers();
    expect((await reorder([ids[0], ids[1]]).expect(400)).body.error.message).toMatch(/leaves out part/);
    expect((await reorder([ids[0], ids[0], ids[1], ids[2]]).expect(400)).body.error.message).toMatch(
      /named twice/,
    );
    expect((await reorder([ids[0], ids[1], ids[2], 'nope']).expect(400)).body.error.message).toMatch(
      /does not belong/,
    );
    expect((await reorder('not a list').expect(400)).body.error.message).toMatch(/^order: /);
    expect(
      (await reorder([ids[0], ids[1], ids[2]], 'no-such-series').expect(404)).body.error.message,
    ).toMatch(/No series/);
    expect(await numbers()).toEqual(before);
  });

  it('never leaves two parts on one number under concurrent reorders, in any locale or version', async () => {
    const before = await everyRow();
    // The demo's series has English parts in draft and published, and a German part 3 in both.
    expect(new Set(before.map((row) => row.version))).toEqual(
      new Set(['en draft', 'en published', 'de draft', 'de published']),
    );
    const start = numberOfEachPart(before);
    const current = [...start.keys()].sort((a, b) => start.get(a)! - start.get(b)!);
    expect(current).toHaveLength(3);
    // The two orders that move every part: whichever wins, every row must change,
    // so a row the reorder left alone (another locale, the published version) shows.
    const rotate = (by: number) => current.map((_, i) => current[(i + by) % 3]);
    const orders = Array.from({ length: 12 }, (_, i) => rotate(1 + (i % 2)));
    const results = await Promise.all(orders.map((order) => reorder(order)));
    for (const [i, res] of results.entries()) {
      expect(res.status).toBe(200);
      expect(res.body.data.parts).toEqual(orders[i].map((documentId, n) => ({ documentId, number: n + 1 })));
    }

    const after = await everyRow();
    expect(after.map((row) => [row.id, row.documentId, row.version])).toEqual(
      before.map((row) => [row.id, row.documentId, row.version]),
    );
    const final = numberOfEachPart(after);
    for (const row of after) {
      expect({
        row: row.id,
        version: row.version,
        changed: row.partNumber !== start.get(row.documentId),
      }).toEqual({ row: row.id, version: row.version, changed: true });
    }
    // One of the orders sent won whole, and each locale's version holds it without a clash.
    const won = [...final.keys()].sort((a, b) => final.get(a)! - final.get(b)!);
    expect([rotate(1), rotate(2)]).toContainEqual(won);
    for (const version of new Set(after.map((row) => row.version))) {
      const taken = after.filter((row) => row.version === version).map((row) => row.partNumber);
      expect({ version, duplicates: taken.length - new Set(taken).size }).toEqual({ version, duplicates: 0 });
    }
    const read = await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200);
    expect(read.body.data.parts.slice(0, 3).map((p: any) => p.documentId)).toEqual(won);
    const german = await app
      .http()
      .get('/api/newsroom/series/kernel-log-was-3-0-bringt?locale=de')
      .expect(200);
    expect(german.body.data.parts.slice(0, 3).map((p: any) => p.number)).toEqual([1, 2, 3]);
    const germanPart = after.find((row) => row.version === 'de published')!;
    expect(german.body.data.parts[final.get(germanPart.documentId)! - 1]).toMatchObject({
      number: final.get(germanPart.documentId),
      status: 'published',
    });
  });

  it('refuses a request without an admin token', async () => {
    await app.http().put(`/newsroom/series/${seriesId}/order`).send({ order: ids }).expect(401);
  });
});
