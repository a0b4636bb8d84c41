import { adminToken, contentManager as cmApi } from '../helpers/admin';
import { fingerprint } from '../helpers/fingerprint';
import { contentManager, createRole, inviteAdmin, plugin } from '../helpers/roles';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const SERIES = 'plugin::newsroom.series';
const TIMELINE = 'plugin::newsroom.timeline';

/**
 * What the issue found on the editors' side, one defect per test: field
 * permissions on the draft endpoints, a part number saved in one locale
 * clashing in another, and a milestone that published someone else's edits.
 */
describe("editors' drafts: fields, shared numbers and unpublished edits", () => {
  let app: TestApp;
  let superToken: string;
  const docs = (uid: string) => app.strapi.documents(uid as any) as any;
  const version = (uid: string, documentId: string, locale: string | null) =>
    app.strapi.plugin('newsroom').service('editing').version(uid, documentId, locale);
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    app = await startApp({ demo: false, env: { NEWSROOM_SCHEDULER: 'false' } });
    superToken = await adminToken(app);
  });
  afterAll(() => app.stop());

  describe('a role whose update permission is limited to the title', () => {
    let token: string;
    let article: string;

    beforeAll(async () => {
      const role = await createRole(app, superToken, 'Title desk', [
        ...plugin('timeline.read'),
        ...contentManager(ARTICLE, ['read'], { fields: ['title', 'teaser'], locales: ['en'] }),
        ...contentManager(ARTICLE, ['update'], { fields: ['title'], locales: ['en'] }),
      ]);
      token = (await inviteAdmin(app, superToken, 'title-desk@drafts.example', [role])).token;
      const created = await docs(ARTICLE).create({
        data: {
          title: 'Field rights',
          teaser: 'Readable teaser',
          partnerLine: 'Secret partner',
          pages: [
            { title: 'Page one', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Body' }] }] },
          ],
        },
        locale: 'en',
      });
      article = created.documentId;
    });

    it('reads only the fields it may read', async () => {
      const res = await app
        .http()
        .get(`/newsroom/articles/${article}/draft?locale=en`)
        .set(as(token))
        .expect(200);
      expect(res.body.data.data).toEqual({ title: 'Field rights', teaser: 'Readable teaser' });
    });

    it.each([
      ['teaser', { teaser: 'Changed' }],
      ['partnerLine', { title: 'Fine', partnerLine: 'Changed' }],
      ['pages', { pages: [{ title: 'Changed page' }] }],
    ])('refuses a write of %s with 403 naming it, and stores nothing', async (field, data) => {
      const before = await fingerprint(app);
      const res = await app
        .http()
        .put(`/newsroom/articles/${article}/draft?locale=en`)
        .set(as(token))
        .send({ version: await version(ARTICLE, article, 'en'), data });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe(
        `Your role may not change the field "${field}" of this article in locale "en" in the Content Manager, so nothing was saved.`,
      );
      expect(await fingerprint(app)).toBe(before);
    });

    it('saves the title, and answers with what it may read', async () => {
      const res = await app
        .http()
        .put(`/newsroom/articles/${article}/draft?locale=en`)
        .set(as(token))
        .send({ version: await version(ARTICLE, article, 'en'), data: { title: 'Field rights, renamed' } })
        .expect(200);
      expect(res.body.data.data).toEqual({ title: 'Field rights, renamed', teaser: 'Readable teaser' });
    });
  });

  describe('a role with the "is creator" condition (as Strapi\'s Author role)', () => {
    let author: string;
    let own: string;
    let others: string;

    beforeAll(async () => {
      const role = await createRole(app, superToken, 'Own articles', [
        ...contentManager(ARTICLE, ['create', 'read', 'update'], {
          locales: ['en'],
          conditions: ['admin::is-creator'],
        }),
      ]);
      author = (await inviteAdmin(app, superToken, 'author@drafts.example', [role])).token;
      own = (await cmApi(app, author).create(ARTICLE, { title: 'Mine' })).body.data.documentId;
      others = (await cmApi(app, superToken).create(ARTICLE, { title: 'Not mine' })).body.data.documentId;
    });

    it('reads and saves its own article', async () => {
      await app.http().get(`/newsroom/articles/${own}/draft?locale=en`).set(as(author)).expect(200);
      await app
        .http()
        .put(`/newsroom/articles/${own}/draft?locale=en`)
        .set(as(author))
        .send({ version: await version(ARTICLE, own, 'en'), data: { teaser: 'My teaser' } })
        .expect(200);
    });

    it("is refused someone else's article, as in the Content Manager", async () => {
      const cm = await app
        .http()
        .get(`/content-manager/collection-types/${ARTICLE}/${others}?locale=en`)
        .set(as(author));
      expect(cm.status).toBe(403);
      const res = await app.http().get(`/newsroom/articles/${others}/draft?locale=en`).set(as(author));
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe(
        'Your role may not read articles in locale "en" in the Content Manager.',
      );
    });
  });

  describe('a part number is shared by every locale', () => {
    it('refuses a German save that would give the English version a number another English part holds', async () => {
      const series = await docs(SERIES).create({ data: { title: 'Shared numbers' }, locale: 'en' });
      await docs(SERIES).update({
        documentId: series.documentId,
        locale: 'de',
        data: { title: 'Geteilte Nummern' },
      });
      const link = { series: series.documentId };
      // Part 3 exists only in English; part 1 exists in English and German.
      await docs(ARTICLE).create({ data: { title: 'Part three', partNumber: 3, ...link }, locale: 'en' });
      const one = await docs(ARTICLE).create({
        data: { title: 'Part one', partNumber: 1, ...link },
        locale: 'en',
      });
      await docs(ARTICLE).update({
        documentId: one.documentId,
        locale: 'de',
        data: { title: 'Teil eins', partNumber: 1, ...link },
      });

      const before = await fingerprint(app);
      const res = await cmApi(app, superToken).update(ARTICLE, one.documentId, { partNumber: 3 }, 'de');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'partNumber 3 is already taken in this series by "Part three" (locale "en") (part numbers are shared by every locale of an article); choose another number or renumber the series.',
      );
      expect(await fingerprint(app)).toBe(before);
      // Through the plugin's own save endpoint too.
      const plugin = await app
        .http()
        .put(`/newsroom/articles/${one.documentId}/draft?locale=de`)
        .set(as(superToken))
        .send({ version: await version(ARTICLE, one.documentId, 'de'), data: { partNumber: 3 } });
      expect(plugin.status).toBe(400);
      expect(await fingerprint(app)).toBe(before);
    });
  });

  describe('adding a milestone through the plugin', () => {
    it('refuses with 409 when the timeline has unpublished edits, publishing nothing', async () => {
      const timeline = await docs(TIMELINE).create({
        data: {
          project: 'Linux',
          version: '9.9',
          milestones: [{ kind: 'merge-window', label: 'merge window', at: '2030-01-01T10:00:00.000Z' }],
        },
      });
      await docs(TIMELINE).publish({ documentId: timeline.documentId });
      const slug = (await docs(TIMELINE).findOne({ documentId: timeline.documentId, status: 'published' }))
        .slug;
      // Another editor adds a draft-only milestone in the Content Manager.
      const draft = await docs(TIMELINE).findOne({
        documentId: timeline.documentId,
        populate: ['milestones'],
      });
      await cmApi(app, superToken).update(TIMELINE, timeline.documentId, {
        milestones: [
          ...draft.milestones.map(({ id: _id, ...m }: any) => m),
          { kind: 'rc', label: 'rc1 (not yet announced)', at: '2030-01-15T10:00:00.000Z' },
        ],
      });
      const publicBefore = (await app.http().get(`/api/newsroom/timelines/${slug}`).expect(200)).body.data
        .milestones;
      const before = await fingerprint(app);

      const res = await app
        .http()
        .post(`/newsroom/timelines/${timeline.documentId}/milestones`)
        .set(as(superToken))
        .send({
          version: await version(TIMELINE, timeline.documentId, null),
          milestone: { kind: 'rc', label: 'rc2', local: '2030-01-22T10:00' },
        });
      expect(res.status).toBe(409);
      expect(res.body.error.message).toBe(
        'This timeline has unpublished changes (milestones); adding a milestone republishes it and would publish them too. Publish or discard them in the Content Manager first.',
      );
      expect(await fingerprint(app)).toBe(before);
      const publicAfter = (await app.http().get(`/api/newsroom/timelines/${slug}`).expect(200)).body.data
        .milestones;
      expect(publicAfter).toEqual(publicBefore);
      expect(publicAfter.map((m: any) => m.label)).toEqual(['merge window']);
    });

    it('adds and republishes when the draft holds nothing unpublished', async () => {
      const timeline = await docs(TIMELINE).create({
        data: { project: 'Linux', version: '9.8', milestones: [] },
      });
      await docs(TIMELINE).publish({ documentId: timeline.documentId });
      const slug = (await docs(TIMELINE).findOne({ documentId: timeline.documentId, status: 'published' }))
        .slug;
      for (const [label, local] of [
        ['merge window', '2030-02-01T10:00'],
        ['rc1', '2030-02-15T10:00'],
      ]) {
        await app
          .http()
          .post(`/newsroom/timelines/${timeline.documentId}/milestones`)
          .set(as(superToken))
          .send({
            version: await version(TIMELINE, timeline.documentId, null),
            milestone: { kind: label === 'rc1' ? 'rc' : 'merge-window', label, local },
          })
          .expect(201);
      }
      const live = (await app.http().get(`/api/newsroom/timelines/${slug}`).expect(200)).body.data.milestones;
      expect(live.map((m: any) => m.label)).toEqual(['merge window', 'rc1']);
    });
  });
});
