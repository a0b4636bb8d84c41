import { adminToken } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';

const SERIES_SLUG = 'kernel-log-coming-in-3-0';

describe('the admin board endpoints', () => {
  let app: TestApp;
  let token: string;
  const get = (path: string) => app.http().get(path).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    app = await startApp();
    token = await adminToken(app);
  });
  afterAll(() => app.stop());

  it('returns the newsroom zone and locales', async () => {
    const res = await get('/newsroom/board/settings').expect(200);
    expect(res.body.data).toEqual({ zone: 'Europe/Berlin', locales: ['de', 'en'], defaultLocale: 'en' });
  });

  it('lists each series with its parts in order and one chip per locale', async () => {
    const res = await get('/newsroom/board/series').expect(200);
    const series = res.body.data.find((s: any) => s.slug === SERIES_SLUG);
    expect(series).toBeDefined();
    const numbers = series.parts.map((p: any) => p.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const part of series.parts) expect(part.locales.map((c: any) => c.locale)).toEqual(['de', 'en']);
    const read = await app.http().get(`/api/newsroom/series/${SERIES_SLUG}`).expect(200);
    const published = read.body.data.parts.filter((p: any) => p.status === 'published');
    for (const entry of published) {
      const part = series.parts.find((p: any) => p.documentId === entry.documentId);
      expect(part.locales.find((c: any) => c.locale === 'en').state).toBe('published');
    }
  });

  it('gives the article panel its series position, neighbours and permalink', async () => {
    const board = (await get('/newsroom/board/series').expect(200)).body.data.find(
      (s: any) => s.slug === SERIES_SLUG,
    );
    const second = board.parts[1];
    const res = await get(`/newsroom/board/articles/${second.documentId}?locale=en`).expect(200);
    expect(res.body.data).toMatchObject({
      documentId: second.documentId,
      series: { documentId: board.documentId },
      position: { number: second.number },
      previous: { documentId: board.parts[0].documentId },
    });
    expect(res.body.data.position.total).toBeGreaterThanOrEqual(board.parts.length);
    if (board.parts[2]) expect(res.body.data.next.documentId).toBe(board.parts[2].documentId);
    expect(res.body.data.locales.map((c: any) => c.locale)).toEqual(['de', 'en']);
  });

  it("names the planned parts still to come in the edited locale's words", async () => {
    const board = (await get('/newsroom/board/series').expect(200)).body.data.find(
      (s: any) => s.slug === SERIES_SLUG,
    );
    const third = board.parts.find((p: any) => p.number === 3);
    for (const [locale, workingTitle] of [
      ['en', 'Drivers'],
      ['de', 'Treiber'],
    ]) {
      const res = await get(`/newsroom/board/articles/${third.documentId}?locale=${locale}`).expect(200);
      expect(res.body.data.planned).toEqual([expect.objectContaining({ number: 4, workingTitle })]);
      expect(res.body.data.planned[0].topic).toBeTruthy();
    }
  });

  it('answers 404 for an unknown article and 401 without a token', async () => {
    await get('/newsroom/board/articles/nope').expect(404);
    await app.http().get('/newsroom/board/series').expect(401);
  });
});
