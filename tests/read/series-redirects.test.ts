import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const SERIES = 'plugin::newsroom.series';

/**
 * "Old slugs keep working" for series: a published series republished under
 * a new slug answers at every slug it had with the current series and
 * `meta.redirect: { slug }`, per locale, however many renames happen; a
 * rename still in the draft changes nothing.
 */
describe('read API: a renamed series', () => {
  let app: TestApp;
  let cm: ReturnType<typeof contentManager>;
  let seriesId: string;

  const get = (slug: string, locale?: string) =>
    app.http().get(`/api/newsroom/series/${slug}${locale ? `?locale=${locale}` : ''}`);
  const ok = async (res: { status: number; body: any }) => {
    expect([res.status, res.body?.error?.message]).toEqual([200, undefined]);
    return res.body;
  };
  /** Saves the draft's slug, then publishes it, in one locale. */
  const rename = async (slug: string, locale = 'en') => {
    await ok(await cm.update(SERIES, seriesId, { slug }, locale));
    await ok(await cm.publish(SERIES, seriesId, locale));
  };

  beforeAll(async () => {
    app = await startApp({ demo: false });
    cm = contentManager(app, await adminToken(app));
    const series = await cm.create(SERIES, {
      title: 'Redirect Series',
      slug: 'redirect-series',
      plannedParts: 2,
    });
    expect(series.status).toBe(201);
    seriesId = series.body.data.documentId;
    await ok(await cm.publish(SERIES, seriesId));
    await ok(await cm.update(SERIES, seriesId, { title: 'Umleitungsreihe', slug: 'umleitungsreihe' }, 'de'));
    await ok(await cm.publish(SERIES, seriesId, 'de'));
    const part = await cm.create(ARTICLE, { title: 'Redirect part one', series: seriesId });
    expect(part.status).toBe(201);
    await ok(await cm.publish(ARTICLE, part.body.data.documentId));
  }, 120_000);
  afterAll(() => app.stop());

  it('answers at the old slugs with the current series, naming its slug, after two renames', async () => {
    const before = await ok(await get('redirect-series'));
    expect(before.meta.redirect).toBeUndefined();
    expect(before.data).toMatchObject({ slug: 'redirect-series', title: 'Redirect Series' });

    await rename('redirect-series-once');
    await rename('redirect-series-twice');

    const current = await ok(await get('redirect-series-twice'));
    expect(current.meta.redirect).toBeUndefined();
    expect(current.data).toMatchObject({ slug: 'redirect-series-twice', title: 'Redirect Series' });
    expect(current.data.parts).toEqual([
      expect.objectContaining({ number: 1, status: 'published', title: 'Redirect part one' }),
    ]);
    for (const old of ['redirect-series', 'redirect-series-once']) {
      const body = await ok(await get(old));
      expect([old, body.meta.redirect]).toEqual([old, { slug: 'redirect-series-twice' }]);
      // The same answer as at the current slug, not a copy cached from before the renames.
      expect(body.data).toEqual(current.data);
    }
  });

  it('keeps redirects per locale: a German slug redirects in German only', async () => {
    await rename('umgeleitete-reihe', 'de');
    const german = await ok(await get('umleitungsreihe', 'de'));
    expect(german.meta).toEqual({ locale: 'de', redirect: { slug: 'umgeleitete-reihe' } });
    expect(german.data).toMatchObject({ slug: 'umgeleitete-reihe', title: 'Umleitungsreihe' });
    // An English slug is no German address, nor a German one an English address.
    const englishInGerman = await get('redirect-series', 'de');
    expect(englishInGerman.status).toBe(404);
    expect(englishInGerman.body.error.message).toBe('No published series "redirect-series" in locale "de".');
    expect((await get('umleitungsreihe')).status).toBe(404);
    // The English redirects are untouched by the German rename.
    expect((await ok(await get('redirect-series'))).meta.redirect).toEqual({ slug: 'redirect-series-twice' });
  });

  it('does not redirect for a rename only saved in the draft', async () => {
    await ok(await cm.update(SERIES, seriesId, { slug: 'redirect-series-draft' }));
    const current = await ok(await get('redirect-series-twice'));
    expect(current.meta.redirect).toBeUndefined();
    expect(current.data.slug).toBe('redirect-series-twice');
    const draft = await get('redirect-series-draft');
    expect(draft.status).toBe(404);
    expect(draft.body.error.message).toBe('No published series "redirect-series-draft" in locale "en".');
  });
});
