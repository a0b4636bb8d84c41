import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';

const SERIES_SLUG = 'kernel-log-coming-in-3-0';
const ARTICLE = 'plugin::newsroom.article';

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

  it('says which pending publish of the panel is an update of a live locale', async () => {
    const board = (await get('/newsroom/board/series').expect(200)).body.data.find(
      (s: any) => s.slug === SERIES_SLUG,
    );
    const live = board.parts.find((p: any) => p.locales.some((c: any) => c.state === 'published'));
    const liveLocale = live.locales.find((c: any) => c.state === 'published').locale;
    const draft = await contentManager(app, token).create(ARTICLE, { title: 'Not yet out' });
    expect(draft.status).toBe(201);
    const schedule = (documentId: string, locale: string, action: string, at = '2031-01-14T15:49:00Z') =>
      app
        .http()
        .post('/newsroom/schedule/actions')
        .set('Authorization', `Bearer ${token}`)
        .send({ targetType: ARTICLE, documentId, locale, action, at })
        .then((res) => expect([res.status, res.body.error?.message]).toEqual([201, undefined]));
    await schedule(live.documentId, liveLocale, 'publish');
    await schedule(live.documentId, liveLocale, 'unpublish', '2031-02-14T15:49:00Z');
    await schedule(draft.body.data.documentId, 'en', 'publish');
    const pending = async (documentId: string, locale: string) =>
      (
        await get(`/newsroom/board/articles/${documentId}?locale=${locale}`).expect(200)
      ).body.data.pending.map((a: any) => [a.action, a.locale, a.update]);
    expect(await pending(live.documentId, liveLocale)).toEqual([
      ['publish', liveLocale, true],
      ['unpublish', liveLocale, false],
    ]);
    expect(await pending(draft.body.data.documentId, 'en')).toEqual([['publish', 'en', false]]);
  });

  it('answers 404 for an unknown article and 401 without a token', async () => {
    await get('/newsroom/board/articles/nope').expect(404);
    await app.http().get('/newsroom/board/series').expect(401);
  });
});
