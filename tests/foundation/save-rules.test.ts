import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const SERIES = 'plugin::newsroom.series';
const TIMELINE = 'plugin::newsroom.timeline';

describe('save rules, through the Content Manager as editors save', () => {
  let app: TestApp;
  let cm: ReturnType<typeof contentManager>;
  let seriesId: string;

  const rowCount = (uid: string) => app.strapi.db.query(uid as any).count();

  async function expectRejected(res: any, field: string, words: RegExp) {
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toMatch(words);
    expect(res.body.error.details.errors[0].path).toContain(field);
  }

  beforeAll(async () => {
    app = await startApp({ demo: false });
    cm = contentManager(app, await adminToken(app));
    const res = await cm.create(SERIES, { title: 'Kernel Log: Coming in 3.1', plannedParts: 3 });
    expect(res.status).toBe(201);
    seriesId = res.body.data.documentId;
  });
  afterAll(() => app.stop());

  it('generates a slug from the title, transliterating German', async () => {
    const res = await cm.create(ARTICLE, { title: 'Größe und Übersicht: Linux 3.1' }, 'de');
    expect(res.status).toBe(201);
    expect(res.body.data.slug).toBe('groesse-und-uebersicht-linux-3-1');
  });

  it('numbers a new part after the last one and refuses a number already taken', async () => {
    const first = await cm.create(ARTICLE, { title: 'Part one', series: seriesId });
    expect(first.body.data.partNumber).toBe(1);
    const second = await cm.create(ARTICLE, {
      title: 'Part two',
      series: { connect: [{ documentId: seriesId, locale: 'en' }] },
    });
    expect(second.body.data.partNumber).toBe(2);

    const before = await rowCount(ARTICLE);
    const clash = await cm.create(ARTICLE, { title: 'Another part one', series: seriesId, partNumber: 1 });
    await expectRejected(clash, 'partNumber', /partNumber 1 is already taken in this series by "Part one"/);
    expect(await rowCount(ARTICLE)).toBe(before);

    const move = await cm.update(ARTICLE, second.body.data.documentId, { partNumber: 1 });
    await expectRejected(move, 'partNumber', /already taken/);
    const stored = await app.strapi.db
      .query(ARTICLE as any)
      .findOne({ where: { documentId: second.body.data.documentId } });
    expect(stored.partNumber).toBe(2);
  });

  it('allows the same part number in another locale and another series', async () => {
    const other = await cm.create(SERIES, { title: 'Another series' });
    const res = await cm.create(ARTICLE, {
      title: 'Teil eins',
      series: other.body.data.documentId,
      partNumber: 1,
    });
    expect(res.status).toBe(201);
  });

  it.each([0, -3, 1.5])('refuses part number %p', async (partNumber) => {
    const before = await rowCount(ARTICLE);
    const res = await cm.create(ARTICLE, { title: 'Bad number', series: seriesId, partNumber });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/partNumber/);
    expect(await rowCount(ARTICLE)).toBe(before);
  });

  it('refuses a slug already used in the same locale, naming it', async () => {
    await cm.create(ARTICLE, { title: 'Unique', slug: 'taken-slug' });
    const before = await rowCount(ARTICLE);
    const res = await cm.create(ARTICLE, { title: 'Other', slug: 'taken-slug' });
    await expectRejected(res, 'slug', /slug "taken-slug" is already used by another article in locale "en"/);
    expect(await rowCount(ARTICLE)).toBe(before);
    const german = await cm.create(ARTICLE, { title: 'Anders', slug: 'taken-slug' }, 'de');
    expect(german.status).toBe(201);
  });

  it('gives a generated slug a suffix instead of clashing', async () => {
    const a = await cm.create(ARTICLE, { title: 'Same headline' });
    const b = await cm.create(ARTICLE, { title: 'Same headline' });
    expect([a.body.data.slug, b.body.data.slug]).toEqual(['same-headline', 'same-headline-2']);
  });

  it('refuses a malformed slug', async () => {
    const res = await cm.create(ARTICLE, { title: 'Bad slug', slug: 'Not A Slug!' });
    await expectRejected(res, 'slug', /lowercase letters, digits and single hyphens/);
  });

  it('refuses milestones out of date order, naming the milestone', async () => {
    const before = await rowCount(TIMELINE);
    const res = await cm.create(TIMELINE, {
      project: 'Linux',
      version: '9.9',
      milestones: [
        { kind: 'rc', label: '9.9-rc2', at: '2030-02-10T00:00:00.000Z' },
        { kind: 'rc', label: '9.9-rc3', at: '2030-02-03T00:00:00.000Z' },
      ],
    });
    await expectRejected(
      res,
      'milestones',
      /milestone 2 \("9.9-rc3"\) is dated before milestone 1 \("9.9-rc2"\)/,
    );
    expect(await rowCount(TIMELINE)).toBe(before);
  });

  it('refuses publishing a part onto a number another published part holds', async () => {
    const s = await cm.create(SERIES, { title: 'Publish clash' });
    const sid = s.body.data.documentId;
    expect((await cm.publish(SERIES, sid)).status).toBe(200);
    const one = await cm.create(ARTICLE, { title: 'Clash one', series: sid });
    const two = await cm.create(ARTICLE, { title: 'Clash two', series: sid });
    expect((await cm.publish(ARTICLE, one.body.data.documentId)).status).toBe(200);
    expect((await cm.publish(ARTICLE, two.body.data.documentId)).status).toBe(200);
    // Move part one's draft away, then part two's draft onto number 1: the drafts do not clash,
    // but publishing part two would put two published parts on number 1.
    expect((await cm.update(ARTICLE, one.body.data.documentId, { partNumber: 5 })).status).toBe(200);
    expect((await cm.update(ARTICLE, two.body.data.documentId, { partNumber: 1 })).status).toBe(200);
    const res = await cm.publish(ARTICLE, two.body.data.documentId);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Part 1 of this series is already published as "Clash one"/);
  });
});
