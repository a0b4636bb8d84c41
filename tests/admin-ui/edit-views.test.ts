import fs from 'fs';
import path from 'path';
import { ARTICLE_VIEW, EDIT_VIEWS } from '../../packages/strapi-plugin-newsroom/shared/edit-views';
import { adminToken } from '../helpers/admin';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startApp, type TestApp } from '../helpers/strapi';

const PLUGIN = path.resolve(__dirname, '..', '..', 'packages', 'strapi-plugin-newsroom');
const ARTICLE = 'plugin::newsroom.article';
const CONFIGURATION = `/content-manager/content-types/${ARTICLE}/configuration`;

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const rowNames = (edit: Array<Array<{ name: string }>>) => edit.map((row) => row.map((field) => field.name));

describe('the Content Manager edit views of the newsroom types', () => {
  let database: TestDatabase;
  let app: TestApp | undefined;
  let token: string;
  const get = (url: string) => app!.http().get(url).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    database = await createTestDatabase('edit_views');
    app = await startApp({ demo: false, database });
    token = await adminToken(app);
  });
  afterAll(async () => {
    if (app) await app.stop();
    else await database.drop();
  });

  it('serves the article layout, hints, main fields and component titles', async () => {
    const res = await get(CONFIGURATION).expect(200);
    const { contentType, components } = res.body.data;
    expect(rowNames(contentType.layouts.edit)).toEqual([
      ['title', 'slug'],
      ['teaser'],
      ['series', 'partNumber'],
      ['channel', 'authors'],
      ['publishedOn', 'timeline'],
      ['pages'],
      ['corrections'],
      ['partnerLine', 'permalinkId'],
    ]);
    // One language is stored; the admin's hint hook shows the German sentence in a German admin.
    expect(contentType.metadatas.teaser.edit.description).toBe('Shown in lists and feeds.');
    expect(contentType.layouts.list).toEqual(['title', 'series', 'partNumber', 'channel']);
    expect(contentType.metadatas.series.list.mainField).toBe('title');
    expect(contentType.metadatas.title.edit.placeholder).toBe(ARTICLE_VIEW.fields.title.placeholder);
    expect(contentType.metadatas.series.edit.mainField).toBe('title');
    expect(contentType.metadatas.authors.edit.mainField).toBe('name');
    expect(contentType.metadatas.permalinkId.edit.editable).toBe(false);
    expect(contentType.settings.mainField).toBe('title');
    expect(components['newsroom.page'].settings.mainField).toBe('title');
    expect(components['newsroom.correction'].layouts.edit).toEqual([
      [{ name: 'date', size: 6 }],
      [{ name: 'note', size: 12 }],
    ]);

    const timeline = (
      await get('/content-manager/content-types/plugin::newsroom.timeline/configuration').expect(200)
    ).body.data;
    expect(rowNames(timeline.components['newsroom.milestone'].layouts.edit)).toEqual([
      ['kind', 'label', 'at'],
      ['announcementUrl'],
      ['note'],
    ]);
    expect(timeline.components['newsroom.milestone'].settings.mainField).toBe('label');

    const stored = await app!.strapi.store({ type: 'plugin', name: 'newsroom' }).get({ key: 'edit-views' });
    expect(stored).toEqual(Object.fromEntries(EDIT_VIEWS.map((view) => [view.uid, view.version])));
  });

  it('keeps a change saved in "Configure the view" across a restart', async () => {
    const { contentType } = (await get(CONFIGURATION).expect(200)).body.data;
    const metadatas: Record<string, any> = {};
    for (const [name, metadata] of Object.entries<any>(contentType.metadatas)) {
      if (name === 'documentId' || name === 'id') continue;
      const { mainField: _mainField, ...list } = metadata.list;
      metadatas[name] = { edit: metadata.edit, list };
    }
    metadatas.teaser.edit.description = 'Two lines at most.';
    metadatas.series.edit.mainField = 'slug';
    const edit = [
      [{ name: 'teaser', size: 12 }],
      ...contentType.layouts.edit.filter((row: any[]) => row[0].name !== 'teaser'),
    ];
    await app!
      .http()
      .put(CONFIGURATION)
      .set('Authorization', `Bearer ${token}`)
      .send({ settings: contentType.settings, metadatas, layouts: { edit, list: contentType.layouts.list } })
      .expect(200);

    await app!.stop({ keepDatabase: true });
    app = undefined;
    app = await startApp({ demo: false, database });
    token = await adminToken(app);

    const after = (await get(CONFIGURATION).expect(200)).body.data.contentType;
    expect(rowNames(after.layouts.edit)[0]).toEqual(['teaser']);
    expect(rowNames(after.layouts.edit)[1]).toEqual(['title', 'slug']);
    expect(after.metadatas.teaser.edit.description).toBe('Two lines at most.');
    expect(after.metadatas.series.edit.mainField).toBe('slug');
  });
});

describe('the Content Manager labels', () => {
  const translations = path.join(PLUGIN, 'admin', 'src', 'translations');
  const labels = {
    en: readJson(path.join(translations, 'content-manager.en.json')) as Record<string, string>,
    de: readJson(path.join(translations, 'content-manager.de.json')) as Record<string, string>,
  };
  const types = ['series', 'article', 'author', 'channel', 'timeline'].map((name) => ({
    prefix: `content-manager.content-types.plugin::newsroom.${name}`,
    schema: readJson(path.join(PLUGIN, 'server', 'src', 'content-types', name, 'schema.json')),
  }));
  const components = fs
    .readdirSync(path.join(PLUGIN, 'server', 'src', 'components'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({
      prefix: `content-manager.components.newsroom.${file.replace(/\.json$/, '')}`,
      schema: readJson(path.join(PLUGIN, 'server', 'src', 'components', file)),
    }));
  const keys = [...types, ...components].flatMap(({ prefix, schema }) =>
    Object.keys(schema.attributes).map((name) => `${prefix}.${name}`),
  );

  it('name every attribute of every newsroom content type and component in English and German', () => {
    expect(components.map((c) => c.prefix.split('.').pop()).sort()).toEqual([
      'correction',
      'milestone',
      'page',
      'planned-part',
    ]);
    for (const key of keys) {
      expect([key, typeof labels.en[key]]).toEqual([key, 'string']);
      expect([key, typeof labels.de[key]]).toEqual([key, 'string']);
      expect(labels.en[key].trim()).not.toBe('');
      expect(labels.de[key].trim()).not.toBe('');
    }
  });

  it('have the same keys in both languages, all under the Content Manager', () => {
    expect(Object.keys(labels.de).sort()).toEqual(Object.keys(labels.en).sort());
    for (const key of Object.keys(labels.en)) {
      expect(key).toMatch(/^content-manager\.(content-types\.plugin::newsroom|components\.newsroom)\./);
    }
    expect(labels.de[`content-manager.content-types.${ARTICLE}.teaser`]).toBe('Anrisstext');
  });

  it('name every newsroom content type and component the Content Manager lists, in English and German', () => {
    const names = {
      en: readJson(path.join(translations, 'type-names.en.json')) as Record<string, string>,
      de: readJson(path.join(translations, 'type-names.de.json')) as Record<string, string>,
    };
    // The Content Manager's menu and headers translate a type by its displayName used as the key.
    for (const { schema } of [...types, ...components]) {
      const key = schema.info.displayName;
      expect([key, typeof names.en[key], typeof names.de[key]]).toEqual([key, 'string', 'string']);
    }
    expect(names.de['Release timeline']).toBe('Release-Zeitleiste');
    expect(Object.keys(names.de).sort()).toEqual(Object.keys(names.en).sort());
  });
});
