import { adminToken } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';

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
    // Draft and published rows carry the same numbers.
    for (const row of await numbers()) {
      expect(row.partNumber).toBe([ids[2], ids[0], ids[1]].indexOf(row.documentId) + 1);
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

  it('never leaves two parts on one number under concurrent reorders', async () => {
    const orders = Array.from({ length: 12 }, (_, i) => [ids[i % 3], ids[(i + 1) % 3], ids[(i + 2) % 3]]);
    const results = await Promise.all(orders.map((order) => reorder(order)));
    for (const res of results) expect(res.status).toBe(200);
    const drafts = (await numbers()).filter((row: any) => !row.publishedAt);
    expect(drafts.map((row: any) => row.partNumber).sort()).toEqual([1, 2, 3]);
  });

  it('refuses a request without an admin token', async () => {
    await app.http().put(`/newsroom/series/${seriesId}/order`).send({ order: ids }).expect(401);
  });
});
