import {
  attr,
  parse,
  textOf,
  validationErrors,
} from '../../packages/strapi-plugin-newsroom/server/test/print-helpers';
import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const SERIES_URL = '/api/newsroom/series/kernel-log-coming-in-3-0/print';

describe('print views on the demo newsroom', () => {
  let app: TestApp;
  let part3: { slug: string; permalinkId: number; documentId: string };

  beforeAll(async () => {
    app = await startApp();
    part3 = await app.strapi.db.query(ARTICLE as any).findOne({
      where: { partNumber: 3, locale: 'en', publishedAt: { $notNull: true } },
      select: ['slug', 'permalinkId', 'documentId'],
    });
  });
  afterAll(() => app.stop());

  it('prints part 3 on one page: headline, dateline in Berlin time, pages, endnotes, permalink', async () => {
    const res = await app.http().get(`/api/newsroom/articles/${part3.slug}/print`).expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const doc = parse(res.text);
    expect(textOf(doc.querySelector('h1'))).toBe(
      'Kernel Log: Coming in 3.0 (Part 3) - Architecture, infrastructure and virtualisation',
    );
    expect(textOf(doc.querySelector('.kicker'))).toBe('Kernel Log');
    expect(textOf(doc.querySelector('.series-part'))).toBe('Kernel Log: Coming in 3.0 – Part 3 of 4');
    expect(textOf(doc.querySelector('.byline'))).toBe('By Thorsten Leemhuis');
    expect(textOf(doc.querySelector('.dateline time'))).toBe('07 July 2011, 16:49');
    expect(doc.querySelectorAll('section.page > h2').map(textOf)).toEqual([
      'Virtualisation',
      'Size optimisation, memory management, problem areas',
    ]);
    expect(doc.querySelectorAll('section.endnotes li').map(textOf)).toEqual([
      '[1] https://blog.xen.org/',
      '[2] https://kernelnewbies.org/Linux_3.0#Architecture-specific_changes',
    ]);
    expect(textOf(doc.querySelector('.partner-line'))).toBe('In association with heise online');
    expect(textOf(doc.querySelector('.permalink'))).toBe(
      `Permalink: https://www.example.com/-${part3.permalinkId}`,
    );
    expect(attr(doc.querySelector('link[rel="canonical"]'), 'href')).toBe(
      `https://www.example.com/en/news/${part3.slug}-${part3.permalinkId}.html`,
    );
    expect(await validationErrors(res.text)).toEqual([]);
  });

  it('caches like the read API: ETag, 304, Cache-Control, Surrogate-Key, and a strict CSP', async () => {
    const url = `/api/newsroom/articles/${part3.slug}/print`;
    const res = await app.http().get(url).expect(200);
    expect(res.headers['cache-control']).toMatch(/^public, max-age=\d+, s-maxage=\d+/);
    expect(res.headers['surrogate-key']).toContain(`doc:${part3.documentId}`);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'/);
    await app.http().get(url).set('If-None-Match', res.headers.etag).expect(304);
  });

  it('prints by permalink id and in German', async () => {
    const byId = await app.http().get(`/api/newsroom/articles/${part3.permalinkId}/print`).expect(200);
    expect(textOf(parse(byId.text).querySelector('h1'))).toMatch(/Part 3/);
    const de = await app
      .http()
      .get(`/api/newsroom/articles/${part3.permalinkId}/print?locale=de`)
      .expect(200);
    const doc = parse(de.text);
    expect(attr(doc.querySelector('html'), 'lang')).toBe('de');
    expect(textOf(doc.querySelector('h1'))).toMatch(/Teil 3/);
    expect(textOf(doc.querySelector('.byline'))).toBe('Von Thorsten Leemhuis');
  });

  it('prints the whole series: contents, then every published part in order', async () => {
    const res = await app.http().get(SERIES_URL).expect(200);
    const doc = parse(res.text);
    expect(textOf(doc.querySelector('h1'))).toBe('Kernel Log: Coming in 3.0');
    const contents = doc.querySelectorAll('nav.contents li');
    expect(contents.map((li) => attr(li, 'value'))).toEqual(['1', '2', '3', '4']);
    expect(contents.map(textOf)).toEqual([
      'Kernel Log: Coming in 3.0 (Part 1) - Networking',
      'Kernel Log: Coming in 3.0 (Part 2) - Filesystems',
      'Kernel Log: Coming in 3.0 (Part 3) - Architecture, infrastructure and virtualisation',
      'Drivers – coming (expected 14 July 2011)',
    ]);
    expect(doc.querySelectorAll('article.print-article').map((a) => attr(a, 'id'))).toEqual([
      'part-1',
      'part-2',
      'part-3',
    ]);
    expect(doc.querySelectorAll('#part-2 section.endnotes li').map(textOf)).toEqual([
      '[1] https://kernelnewbies.org/Linux_3.0#Btrfs',
      '[2] https://kernelnewbies.org/Linux_3.0#Filesystems',
    ]);
    expect(await validationErrors(res.text)).toEqual([]);
  });

  it('prints the German series numbered by part number, with the English-only parts and the coming one', async () => {
    const res = await app
      .http()
      .get('/api/newsroom/series/kernel-log-was-3-0-bringt/print?locale=de')
      .expect(200);
    const doc = parse(res.text);
    const contents = doc.querySelectorAll('nav.contents li');
    // Was "1. Teil 3: …": the list counted from 1 and left parts 1, 2 and 4 out.
    expect(contents.map((li) => attr(li, 'value'))).toEqual(['1', '2', '3', '4']);
    expect(contents.map(textOf)).toEqual([
      expect.stringMatching(
        /^Kernel Log: Coming in 3\.0 \(Part 1\) - Networking \(nur auf Englisch: https:\/\/www\.example\.com\/en\/news\/.+\.html\)$/,
      ),
      expect.stringMatching(
        /^Kernel Log: Coming in 3\.0 \(Part 2\) - Filesystems \(nur auf Englisch: https:/,
      ),
      expect.stringMatching(/^Kernel-Log: Was 3\.0 bringt \(Teil 3\)/),
      'Treiber – demnächst (erwartet am 14. Juli 2011)',
    ]);
    expect(doc.querySelectorAll('article.print-article')).toHaveLength(1);
    expect(await validationErrors(res.text)).toEqual([]);
  });

  it('answers bad references with 400 and 404, never a 500', async () => {
    await app.http().get('/api/newsroom/articles/no-such-article/print').expect(404);
    await app.http().get('/api/newsroom/series/no-such-series/print').expect(404);
    const bad = await app.http().get('/api/newsroom/articles/Not_A_Slug/print').expect(400);
    expect(bad.body.error.message).toMatch(/not a valid slug/);
    const locale = await app.http().get(`/api/newsroom/articles/${part3.slug}/print?locale=xx`).expect(400);
    expect(locale.body.error.message).toMatch(/locale/);
    await app.http().get('/api/newsroom/articles/1999999999/print').expect(404);
  });

  describe('drafts', () => {
    let cm: ReturnType<typeof contentManager>;
    beforeAll(async () => {
      cm = contentManager(app, await adminToken(app));
    });

    it('never prints a draft, nor the unpublished changes of a published article', async () => {
      const draft = await cm.create(ARTICLE, { title: 'Unpublished print draft' });
      expect(draft.status).toBe(201);
      await app.http().get('/api/newsroom/articles/unpublished-print-draft/print').expect(404);
      await app.http().get('/api/newsroom/articles/unpublished-print-draft/print?status=draft').expect(404);

      const edit = await cm.update(ARTICLE, part3.documentId, { title: 'Secret draft headline' });
      expect(edit.status).toBe(200);
      expect(edit.body.data.title).toBe('Secret draft headline');
      const stored = await app.strapi.db.query(ARTICLE as any).findOne({
        where: { documentId: part3.documentId, locale: 'en', publishedAt: null },
        select: ['title'],
      });
      expect(stored.title).toBe('Secret draft headline');
      const printed = await app.http().get(`/api/newsroom/articles/${part3.slug}/print`).expect(200);
      expect(printed.text).not.toContain('Secret draft headline');
      const series = await app.http().get(SERIES_URL).expect(200);
      expect(series.text).not.toContain('Secret draft headline');
    });

    it('drops an unpublished part from the series print', async () => {
      const part1 = await app.strapi.db.query(ARTICLE as any).findOne({
        where: { partNumber: 1, locale: 'en' },
        select: ['documentId'],
      });
      expect((await cm.unpublish(ARTICLE, part1.documentId)).status).toBe(200);
      const doc = parse((await app.http().get(SERIES_URL).expect(200)).text);
      // Unpublished everywhere: part 1 is now only a number still to come, never its draft text.
      expect(doc.querySelectorAll('nav.contents li').map(textOf)).toEqual([
        'Part 1 – coming',
        'Kernel Log: Coming in 3.0 (Part 2) - Filesystems',
        'Kernel Log: Coming in 3.0 (Part 3) - Architecture, infrastructure and virtualisation',
        'Drivers – coming (expected 14 July 2011)',
      ]);
    });
  });
});
