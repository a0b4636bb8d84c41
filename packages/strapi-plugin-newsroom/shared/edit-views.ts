/*
 * How the Content Manager's generated edit views of the newsroom types look:
 * the rows of each edit layout, the field a relation or a collapsed component
 * shows, hints and placeholders. edit-views-merge.ts puts these into the
 * Content Manager's stored configuration once per type and version.
 *
 * Each description (the hint under the input) is written here once in both
 * languages, "English sentence. · Deutscher Satz.". The Content Manager
 * stores one string and shows it verbatim (it translates labels only), so
 * the stored description is the English sentence, and the plugin's admin
 * swaps it for the admin's language through the Content Manager's
 * mutate-edit-view-layout hook (admin/src/hints.tsx reads this file).
 * Placeholders are examples and need no translation. The labels are
 * translated in admin/src/translations/content-manager.{en,de}.json.
 */

/** The widths the Content Manager's "Configure the view" offers (of 12 columns). */
export type FieldSize = 4 | 6 | 8 | 12;

export interface FieldView {
  /** "English sentence. · Deutscher Satz." */
  description?: string;
  /** false leaves the field out of the form (the order of a series' parts is set on the board). */
  visible?: boolean;
  placeholder?: string;
  /** For a relation: the target's field shown in the picker and the list. */
  mainField?: string;
  /** false shows the field read-only. */
  editable?: boolean;
}

export interface EditView {
  uid: string;
  kind: 'contentType' | 'component';
  /** Raise it to apply a changed view once more (over editors' layout changes of that type). */
  version: number;
  /** The entry's title in the edit view, or a collapsed component's title. */
  mainField?: string;
  rows: Array<Array<{ name: string; size: FieldSize }>>;
  fields: Record<string, FieldView>;
  /** The list view's columns, when the view sets them; relations show their mainField. */
  list?: string[];
}

/** The two halves of a description: the English sentence is stored, the German one shown in a German admin. */
export function hintLanguages(description: string): { en: string; de: string } {
  const [en, de] = description.split(' · ');
  return { en: en.trim(), de: (de ?? en).trim() };
}

type Row = Array<[string, FieldSize]>;
const rows = (...list: Row[]) => list.map((row) => row.map(([name, size]) => ({ name, size })));

const SLUG: FieldView = {
  description: 'Empty: made from the title. · Leer: wird aus dem Titel gebildet.',
};
const PERMALINK: FieldView = {
  description:
    'Assigned on first publication; it never changes. · Wird bei der ersten Veröffentlichung vergeben und ändert sich nie.',
  editable: false,
};

export const ARTICLE_VIEW: EditView = {
  uid: 'plugin::newsroom.article',
  kind: 'contentType',
  version: 2,
  mainField: 'title',
  list: ['title', 'series', 'partNumber', 'channel'],
  rows: rows(
    [
      ['title', 8],
      ['slug', 4],
    ],
    [['teaser', 12]],
    [
      ['series', 8],
      ['partNumber', 4],
    ],
    [
      ['channel', 6],
      ['authors', 6],
    ],
    [
      ['publishedOn', 6],
      ['timeline', 6],
    ],
    [['pages', 12]],
    [['corrections', 12]],
    [
      ['partnerLine', 8],
      ['permalinkId', 4],
    ],
  ),
  fields: {
    title: { placeholder: 'Kernel Log: Coming in 3.0 (Part 1)' },
    slug: { ...SLUG, placeholder: 'kernel-log-coming-in-3-0-part-1' },
    teaser: { description: 'Shown in lists and feeds. · In Listen und Feeds gezeigt.' },
    series: {
      description: 'Makes the article a part of this series. · Macht den Artikel zu einem Teil dieser Reihe.',
      mainField: 'title',
    },
    partNumber: {
      description:
        'Its place in the series; empty adds it at the end. · Platz in der Reihe; leer hängt ihn hinten an.',
    },
    channel: { description: 'The section of the site. · Die Rubrik der Website.', mainField: 'name' },
    authors: { description: 'The byline. · Die Autorenzeile.', mainField: 'name' },
    publishedOn: {
      description:
        'The date readers see; empty uses the publication time. · Das Datum für Leser; leer gilt der Zeitpunkt der Veröffentlichung.',
    },
    timeline: {
      description: 'The release the article is about. · Das Release, um das es im Artikel geht.',
      mainField: 'slug',
    },
    pages: { description: 'One entry per page. · Ein Eintrag je Seite.' },
    corrections: {
      description: 'Dated notes shown below the article. · Datierte Hinweise, die unter dem Artikel stehen.',
    },
    partnerLine: {
      description: 'Credit for a partner publication. · Hinweis auf eine Partnerpublikation.',
    },
    permalinkId: PERMALINK,
  },
};

export const SERIES_VIEW: EditView = {
  uid: 'plugin::newsroom.series',
  kind: 'contentType',
  version: 2,
  mainField: 'title',
  rows: rows(
    [
      ['kicker', 4],
      ['title', 8],
    ],
    [
      ['slug', 6],
      ['channel', 6],
    ],
    [['description', 12]],
    [
      ['state', 4],
      ['plannedParts', 4],
      ['permalinkId', 4],
    ],
    [['parts', 12]],
    [['plannedPartList', 12]],
  ),
  fields: {
    kicker: {
      description: 'A short line above the title. · Eine kurze Zeile über dem Titel.',
      placeholder: 'Kernel Log',
    },
    title: { placeholder: 'Coming in 3.0' },
    slug: { ...SLUG, placeholder: 'kernel-log-coming-in-3-0' },
    channel: { description: 'The section of the site. · Die Rubrik der Website.', mainField: 'name' },
    description: { description: 'Introduces the series. · Stellt die Reihe vor.' },
    state: {
      description:
        'Set “complete” once the last part is out. · „complete“, sobald der letzte Teil erschienen ist.',
    },
    plannedParts: {
      description: 'How many parts are planned. · Wie viele Teile geplant sind.',
    },
    // Shown in the side panel instead: its drag handles would suggest the order is set here.
    parts: { mainField: 'title', visible: false },
    plannedPartList: {
      description:
        'Parts announced before their article exists. · Teile, die angekündigt sind, bevor es ihren Artikel gibt.',
    },
    permalinkId: PERMALINK,
  },
};

export const AUTHOR_VIEW: EditView = {
  uid: 'plugin::newsroom.author',
  kind: 'contentType',
  version: 2,
  mainField: 'name',
  rows: rows(
    [
      ['name', 6],
      ['slug', 6],
    ],
    [['email', 6]],
    [['bio', 12]],
  ),
  fields: {
    name: { placeholder: 'Thorsten Leemhuis' },
    slug: { ...SLUG, placeholder: 'thorsten-leemhuis' },
    email: { description: 'Not shown to readers. · Wird Lesern nicht gezeigt.' },
    bio: { description: 'A few sentences about the author. · Ein paar Sätze über die Person.' },
  },
};

export const CHANNEL_VIEW: EditView = {
  uid: 'plugin::newsroom.channel',
  kind: 'contentType',
  version: 2,
  mainField: 'name',
  rows: rows(
    [
      ['name', 6],
      ['slug', 6],
    ],
    [['description', 12]],
  ),
  fields: {
    name: { placeholder: 'The H Open' },
    slug: { ...SLUG, placeholder: 'the-h-open' },
    description: { description: 'Introduces the section. · Stellt die Rubrik vor.' },
  },
};

export const TIMELINE_VIEW: EditView = {
  uid: 'plugin::newsroom.timeline',
  kind: 'contentType',
  version: 2,
  mainField: 'slug',
  rows: rows(
    [
      ['project', 4],
      ['version', 4],
      ['previousVersion', 4],
    ],
    [
      ['releaseStatus', 6],
      ['slug', 6],
    ],
    [['milestones', 12]],
  ),
  fields: {
    project: { placeholder: 'Linux' },
    version: { placeholder: '3.0' },
    previousVersion: {
      description:
        'The version whose release opens this merge window. · Die Version, mit deren Release dieses Merge-Window beginnt.',
      placeholder: '2.6.39',
    },
    releaseStatus: {
      description: 'Set “released” once the version is out. · „released“, sobald die Version erschienen ist.',
    },
    slug: {
      description: 'Empty: made from project and version. · Leer: wird aus Projekt und Version gebildet.',
      placeholder: 'linux-3-0',
    },
    milestones: {
      description:
        'In date order: merge window, release candidates, release, stable updates. · In Datumsfolge: Merge-Window, Release-Kandidaten, Release, stabile Updates.',
    },
  },
};

export const PAGE_VIEW: EditView = {
  uid: 'newsroom.page',
  kind: 'component',
  version: 2,
  mainField: 'title',
  rows: rows([['title', 12]], [['body', 12]]),
  fields: {
    title: {
      description: 'Shown in the page navigation. · Erscheint in der Seitennavigation.',
      placeholder: 'What is new in the kernel',
    },
  },
};

export const CORRECTION_VIEW: EditView = {
  uid: 'newsroom.correction',
  kind: 'component',
  version: 2,
  mainField: 'note',
  rows: rows([['date', 6]], [['note', 12]]),
  fields: {
    date: { description: 'When the article was corrected. · Wann der Artikel korrigiert wurde.' },
    note: {
      description: 'What was wrong and what changed. · Was falsch war und was geändert wurde.',
    },
  },
};

export const MILESTONE_VIEW: EditView = {
  uid: 'newsroom.milestone',
  kind: 'component',
  version: 2,
  mainField: 'label',
  rows: rows(
    [
      ['kind', 4],
      ['label', 4],
      ['at', 4],
    ],
    [['announcementUrl', 12]],
    [['note', 12]],
  ),
  fields: {
    label: { placeholder: '3.0-rc6' },
    at: {
      description: 'When it was tagged or is expected. · Wann es getaggt wurde oder erwartet wird.',
    },
    announcementUrl: {
      description: 'The announcement, e.g. on LKML. · Die Ankündigung, etwa auf der LKML.',
      placeholder: 'https://',
    },
    note: { description: 'Anything worth knowing. · Was sonst wissenswert ist.' },
  },
};

export const PLANNED_PART_VIEW: EditView = {
  uid: 'newsroom.planned-part',
  kind: 'component',
  version: 2,
  mainField: 'workingTitle',
  rows: rows(
    [
      ['number', 4],
      ['workingTitle', 8],
    ],
    [
      ['topic', 8],
      ['expectedAt', 4],
    ],
  ),
  fields: {
    number: { description: 'The part number. · Die Nummer des Teils.' },
    workingTitle: { placeholder: 'Storage and file systems' },
    expectedAt: { description: 'When it should appear. · Wann er erscheinen soll.' },
  },
};

export const EDIT_VIEWS: readonly EditView[] = [
  SERIES_VIEW,
  ARTICLE_VIEW,
  AUTHOR_VIEW,
  CHANNEL_VIEW,
  TIMELINE_VIEW,
  PAGE_VIEW,
  CORRECTION_VIEW,
  MILESTONE_VIEW,
  PLANNED_PART_VIEW,
];
