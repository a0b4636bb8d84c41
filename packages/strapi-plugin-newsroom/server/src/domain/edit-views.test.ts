import fs from 'fs';
import path from 'path';
import {
  ARTICLE_VIEW,
  EDIT_VIEWS,
  type EditView,
  MILESTONE_VIEW,
  SERIES_VIEW,
} from '../../../shared/edit-views';
import {
  type AttributeTypes,
  appliedViews,
  type CmConfiguration,
  mergeEditView,
  pendingEditViews,
} from './edit-views-merge';

const SERVER = path.resolve(__dirname, '..');
const schemaOf = (uid: string): { attributes: Record<string, any> } => {
  const file = uid.startsWith('plugin::newsroom.')
    ? `content-types/${uid.slice('plugin::newsroom.'.length)}/schema.json`
    : `components/${uid.slice('newsroom.'.length)}.json`;
  return JSON.parse(fs.readFileSync(path.join(SERVER, file), 'utf8'));
};

/** A configuration the way the Content Manager generates it: fields in schema order, default sizes. */
function generated(attributes: AttributeTypes): CmConfiguration {
  const edit: CmConfiguration['layouts']['edit'] = [[]];
  for (const [name, { type }] of Object.entries(attributes)) {
    const size = ['component', 'blocks'].includes(type) ? 12 : ['integer', 'date'].includes(type) ? 4 : 6;
    const row = edit[edit.length - 1];
    if (row.reduce((sum, f) => sum + f.size, 0) + size > 12) edit.push([{ name, size }]);
    else row.push({ name, size });
  }
  const metadatas: CmConfiguration['metadatas'] = {};
  for (const name of Object.keys(attributes)) {
    metadatas[name] = {
      edit: { label: name, description: '', placeholder: '', visible: true, editable: true },
      list: { label: name, searchable: true, sortable: true },
    };
  }
  return {
    settings: { mainField: 'id', pageSize: 10, bulkable: true },
    metadatas,
    layouts: { list: ['id', ...Object.keys(attributes).slice(0, 3)], edit },
  };
}

const typesOf = (uid: string): AttributeTypes =>
  Object.fromEntries(
    Object.entries(schemaOf(uid).attributes).map(([name, attribute]) => [name, { type: attribute.type }]),
  );

const names = (config: CmConfiguration) => config.layouts.edit.map((row) => row.map((field) => field.name));

describe('the edit view definitions', () => {
  it.each(EDIT_VIEWS.map((view) => [view.uid, view] as [string, EditView]))(
    '%s lays out each attribute once, in rows the Content Manager accepts',
    (uid, view) => {
      const { attributes } = schemaOf(uid);
      const laidOut = view.rows.flat().map((field) => field.name);
      expect([...laidOut].sort()).toEqual(Object.keys(attributes).sort());
      for (const row of view.rows) {
        expect(row.reduce((sum, field) => sum + field.size, 0)).toBeLessThanOrEqual(12);
        for (const field of row) {
          expect([4, 6, 8, 12]).toContain(field.size);
          if (['component', 'blocks', 'json', 'richtext'].includes(attributes[field.name].type)) {
            expect(field.size).toBe(12);
          }
        }
      }
    },
  );

  it.each(EDIT_VIEWS.map((view) => [view.uid, view] as [string, EditView]))(
    '%s describes only its attributes, bilingually, with main fields that exist',
    (uid, view) => {
      const { attributes } = schemaOf(uid);
      if (view.mainField) expect(attributes).toHaveProperty(view.mainField);
      for (const [name, field] of Object.entries(view.fields)) {
        expect(attributes).toHaveProperty(name);
        if (field.description !== undefined) {
          // "English. · Deutsch." — one short sentence each.
          expect(field.description).toMatch(/^[^·]+[.!?] · [^·]+[.!?]$/);
          expect(field.description.length).toBeLessThanOrEqual(200);
        }
        if (field.mainField !== undefined) {
          expect(attributes[name].type).toBe('relation');
          const target = schemaOf(attributes[name].target);
          expect(target.attributes).toHaveProperty(field.mainField);
        }
      }
    },
  );

  it('has one view per uid', () => {
    const uids = EDIT_VIEWS.map((view) => view.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });
});

describe('mergeEditView', () => {
  const attributes = typesOf(ARTICLE_VIEW.uid);

  it('puts the view into a generated configuration', () => {
    const merged = mergeEditView(ARTICLE_VIEW, generated(attributes), attributes);
    expect(names(merged)).toEqual([
      ['title', 'slug'],
      ['teaser'],
      ['series', 'partNumber'],
      ['channel', 'authors'],
      ['publishedOn', 'timeline'],
      ['pages'],
      ['corrections'],
      ['partnerLine', 'permalinkId'],
    ]);
    // The English half is stored; the admin shows the German half in a German admin.
    expect(merged.metadatas.teaser.edit.description).toBe('Shown in lists and feeds.');
    expect(merged.metadatas.title.edit.placeholder).toBe(ARTICLE_VIEW.fields.title.placeholder);
    expect(merged.metadatas.series.edit.mainField).toBe('title');
    expect(merged.metadatas.permalinkId.edit.editable).toBe(false);
    expect(merged.metadatas.title.edit.label).toBe('title');
    expect(merged.settings).toEqual({ mainField: 'title', pageSize: 10, bulkable: true });
  });

  it('sets the article list to title, series, part number and channel, the series by its title', () => {
    const current = generated(attributes);
    const before = JSON.parse(JSON.stringify(current));
    const merged = mergeEditView(ARTICLE_VIEW, current, attributes);
    expect(current).toEqual(before);
    expect(merged.layouts.list).toEqual(['title', 'series', 'partNumber', 'channel']);
    expect(merged.metadatas.series.list.mainField).toBe('title');
  });

  it('keeps the list layout of a view that sets none, and hides the series parts from the form', () => {
    const seriesAttributes = typesOf(SERIES_VIEW.uid);
    const current = generated(seriesAttributes);
    const merged = mergeEditView(SERIES_VIEW, current, seriesAttributes);
    expect(merged.layouts.list).toEqual(current.layouts.list);
    expect(merged.metadatas.parts.edit.visible).toBe(false);
  });

  it('replaces the bilingual hint an earlier version stored with the English sentence', () => {
    const current = generated(attributes);
    current.metadatas.teaser.edit.description = 'Shown in lists and feeds. · In Listen und Feeds gezeigt.';
    expect(mergeEditView(ARTICLE_VIEW, current, attributes).metadatas.teaser.edit.description).toBe(
      'Shown in lists and feeds.',
    );
  });

  it('keeps descriptions and placeholders an editor wrote', () => {
    const current = generated(attributes);
    current.metadatas.teaser.edit.description = 'Our own words.';
    current.metadatas.title.edit.placeholder = 'Say it short';
    const merged = mergeEditView(ARTICLE_VIEW, current, attributes);
    expect(merged.metadatas.teaser.edit.description).toBe('Our own words.');
    expect(merged.metadatas.title.edit.placeholder).toBe('Say it short');
  });

  it('appends fields the view does not mention, each in its own row, and drops unknown names', () => {
    const withExtra: AttributeTypes = {
      ...attributes,
      subtitle: { type: 'string' },
      gallery: { type: 'component' },
    };
    const current = generated(withExtra);
    current.layouts.edit.push([{ name: 'gone', size: 6 }]);
    const view: EditView = {
      ...ARTICLE_VIEW,
      rows: [...ARTICLE_VIEW.rows, [{ name: 'renamedAway', size: 6 }]],
      fields: { ...ARTICLE_VIEW.fields, renamedAway: { description: 'Old. · Alt.' } },
    };
    const merged = mergeEditView(view, current, withExtra);
    expect(names(merged).slice(-2)).toEqual([['subtitle'], ['gallery']]);
    expect(merged.layouts.edit.at(-1)).toEqual([{ name: 'gallery', size: 12 }]);
    const all = names(merged).flat();
    expect(all).not.toContain('gone');
    expect(all).not.toContain('renamedAway');
    expect(merged.metadatas).not.toHaveProperty('renamedAway');
    expect(new Set(all).size).toBe(all.length);
  });

  it('widens full-width fields and splits rows wider than twelve columns', () => {
    const view: EditView = {
      ...ARTICLE_VIEW,
      rows: [
        [
          { name: 'title', size: 8 },
          { name: 'slug', size: 6 },
        ],
        [{ name: 'pages', size: 6 }],
      ],
    };
    const merged = mergeEditView(view, generated(attributes), attributes);
    expect(merged.layouts.edit.slice(0, 3)).toEqual([
      [{ name: 'title', size: 8 }],
      [{ name: 'slug', size: 6 }],
      [{ name: 'pages', size: 12 }],
    ]);
    for (const row of merged.layouts.edit) {
      expect(row.reduce((sum, field) => sum + field.size, 0)).toBeLessThanOrEqual(12);
    }
  });

  it('sets main fields on relations only', () => {
    const view: EditView = { ...ARTICLE_VIEW, fields: { title: { mainField: 'slug' } } };
    const merged = mergeEditView(view, generated(attributes), attributes);
    expect(merged.metadatas.title.edit).not.toHaveProperty('mainField');
  });

  it('gives a component its collapsed title', () => {
    const types = typesOf(MILESTONE_VIEW.uid);
    const merged = mergeEditView(MILESTONE_VIEW, generated(types), types);
    expect(merged.settings.mainField).toBe('label');
    expect(names(merged)).toEqual([['kind', 'label', 'at'], ['announcementUrl'], ['note']]);
  });

  it('gives the same result when applied twice', () => {
    const once = mergeEditView(ARTICLE_VIEW, generated(attributes), attributes);
    expect(mergeEditView(ARTICLE_VIEW, once, attributes)).toEqual(once);
  });
});

describe('which views are pending', () => {
  it('applies each view once per version', () => {
    expect(pendingEditViews(EDIT_VIEWS, {})).toHaveLength(EDIT_VIEWS.length);
    const applied = Object.fromEntries(EDIT_VIEWS.map((view) => [view.uid, view.version]));
    expect(pendingEditViews(EDIT_VIEWS, applied)).toEqual([]);
    const bumped = { ...ARTICLE_VIEW, version: ARTICLE_VIEW.version + 1 };
    expect(pendingEditViews([bumped], applied)).toEqual([bumped]);
  });

  it('reads the stored record leniently', () => {
    expect(appliedViews(null)).toEqual({});
    expect(appliedViews('1')).toEqual({});
    expect(appliedViews([1])).toEqual({});
    expect(appliedViews({ a: 1, b: '2', c: null })).toEqual({ a: 1 });
  });
});
