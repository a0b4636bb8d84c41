import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const SERIES = 'plugin::newsroom.series';
const AUTHOR = 'plugin::newsroom.author';

describe('read API: drafts, unpublished parts, renames and deletions', () => {
  let app: TestApp;
  let cm: ReturnType<typeof contentManager>;
  let seriesId: string;
  const parts: string[] = [];

  const seriesBody = async () =>
    (await app.http().get('/api/newsroom/series/drafts-series').expect(200)).body.data;
  /** The stored draft row of an article in a locale: what the edit really saved. */
  const draftRow = (documentId: string, locale = 'en') =>
    app.strapi.db.query(ARTICLE as any).findOne({
      where: { documentId, locale, publishedAt: null },
      select: ['title', 'slug', 'teaser'],
    });

  beforeAll(async () => {
    app = await startApp({ demo: false });
    cm = contentManager(app, await adminToken(app));
    const author = await cm.create(AUTHOR, { name: 'Removable Author' });
    expect(author.status).toBe(201);
    expect((await cm.publish(AUTHOR, author.body.data.documentId)).status).toBe(200);
    const series = await cm.create(SERIES, { title: 'Drafts series', plannedParts: 3 });
    expect(series.status).toBe(201);
    seriesId = series.body.data.documentId;
    expect((await cm.publish(SERIES, seriesId)).status).toBe(200);
    for (const n of [1, 2, 3]) {
      const res = await cm.create(ARTICLE, {
        title: `Drafts part ${n}`,
        teaser: `Teaser ${n}`,
        series: seriesId,
        authors: [author.body.data.documentId],
        pages: [
          {
            title: `Page of ${n}`,
            body: [{ type: 'paragraph', children: [{ type: 'text', text: `Body ${n}` }] }],
          },
        ],
      });
      expect(res.status).toBe(201);
      parts.push(res.body.data.documentId);
      if (n !== 3) expect((await cm.publish(ARTICLE, res.body.data.documentId)).status).toBe(200);
    }
  });
  afterAll(() => app.stop());

  it('shows a draft part only by its number', async () => {
    const series = await seriesBody();
    expect(series.parts[2]).toEqual({
      number: 3,
      status: 'announced',
      workingTitle: null,
      topic: null,
      expectedAt: null,
    });
    expect(JSON.stringify(series)).not.toContain('Drafts part 3');
    await app.http().get('/api/newsroom/articles/drafts-part-3').expect(404);
  });

  it('keeps a published text when only its draft changes', async () => {
    const edit = await cm.update(ARTICLE, parts[0], {
      title: 'Secret new headline',
      teaser: 'Secret teaser',
    });
    expect(edit.status).toBe(200);
    expect(edit.body.data).toMatchObject({ title: 'Secret new headline', teaser: 'Secret teaser' });
    expect(await draftRow(parts[0])).toMatchObject({ title: 'Secret new headline', teaser: 'Secret teaser' });
    const res = await app.http().get('/api/newsroom/articles/drafts-part-1').expect(200);
    expect(res.body.data.title).toBe('Drafts part 1');
    expect(JSON.stringify(await seriesBody())).not.toContain('Secret');
  });

  it('never shows a draft German version of a published English article', async () => {
    const edit = await cm.update(
      ARTICLE,
      parts[1],
      { title: 'Entwurf Teil 2', slug: 'entwurf-teil-2' },
      'de',
    );
    expect(edit.status).toBe(200);
    expect(edit.body.data).toMatchObject({ locale: 'de', title: 'Entwurf Teil 2', slug: 'entwurf-teil-2' });
    expect(await draftRow(parts[1], 'de')).toMatchObject({ title: 'Entwurf Teil 2', slug: 'entwurf-teil-2' });
    await app.http().get('/api/newsroom/articles/entwurf-teil-2?locale=de').expect(404);
    const en = await app.http().get('/api/newsroom/articles/drafts-part-2').expect(200);
    expect(en.body.data.localizations).toEqual([]);
    expect(JSON.stringify(en.body)).not.toContain('Entwurf');
  });

  it('links the neighbours past an unpublished part at once', async () => {
    expect((await cm.publish(ARTICLE, parts[2])).status).toBe(200);
    const before = await app.http().get('/api/newsroom/articles/drafts-part-1').expect(200);
    expect(before.body.data.series.next).toMatchObject({ number: 2, status: 'published' });
    expect((await cm.unpublish(ARTICLE, parts[1])).status).toBe(200);
    const after = await app.http().get('/api/newsroom/articles/drafts-part-1').expect(200);
    expect(after.body.data.series.next).toMatchObject({
      number: 3,
      status: 'published',
      slug: 'drafts-part-3',
    });
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('keeps old slugs working after renames, naming the current slug', async () => {
    const first = await app.http().get('/api/newsroom/articles/drafts-part-3').expect(200);
    await cm.update(ARTICLE, parts[2], { slug: 'renamed-once' });
    await cm.publish(ARTICLE, parts[2]);
    await cm.update(ARTICLE, parts[2], { slug: 'renamed-twice' });
    await cm.publish(ARTICLE, parts[2]);
    for (const old of ['drafts-part-3', 'renamed-once']) {
      const res = await app.http().get(`/api/newsroom/articles/${old}`).expect(200);
      expect(res.body.meta.redirect).toEqual({ slug: 'renamed-twice' });
      expect(res.body.data.documentId).toBe(first.body.data.documentId);
    }
    const current = await app.http().get('/api/newsroom/articles/renamed-twice').expect(200);
    expect(current.body.meta.redirect).toBeUndefined();
  });

  it('survives a deleted author', async () => {
    const authors = await app.strapi.db.query(AUTHOR as any).findMany({ select: ['documentId'] });
    await (app.strapi.documents(AUTHOR as any) as any).delete({ documentId: authors[0].documentId });
    expect(await app.strapi.db.query(AUTHOR as any).count()).toBe(0);
    const res = await app.http().get('/api/newsroom/articles/drafts-part-1').expect(200);
    expect(res.body.data.authors).toEqual([]);
  });
});
