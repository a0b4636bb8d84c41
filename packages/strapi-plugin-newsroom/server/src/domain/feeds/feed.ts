import { Feed, type Item } from 'feed';
import { DateTime } from 'luxon';
import { RuleError } from '../errors';
import { plainTextAsHtml, stripXmlInvalid, xmlAttributeText, xmlTextNode } from './xml-text';

export const FEED_KINDS = ['site', 'channel', 'series'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export interface FeedItemInput {
  /** The permalink URL (https://www.example.com/-1275463): stable across slug changes. */
  id: string;
  title: string;
  /** The canonical URL readers open. */
  url: string;
  /** Plain text, never HTML. */
  teaser: string;
  authors: string[];
  /** ISO 8601 instants. */
  publishedAt: string;
  updatedAt: string;
  /** Channel names and the like. */
  categories?: string[];
}

export interface FeedInput {
  kind: FeedKind;
  title: string;
  description: string;
  siteUrl: string;
  feedUrls: { atom: string; rss: string; json: string };
  locale: string;
  /** ISO 8601 instant of the newest change; passed in so output is reproducible. */
  updated: string;
  items: FeedItemInput[];
}

export interface FeedDocuments {
  atom: string;
  rss: string;
  json: string;
}

type Format = keyof FeedDocuments;

interface CheckedItem extends Omit<FeedItemInput, 'publishedAt' | 'updatedAt' | 'categories'> {
  categories: string[];
  published: Date;
  updated: Date;
}

function httpUrl(value: unknown, path: string[]): string {
  const fail = () =>
    new RuleError(`${path.join('.')} must be an absolute http(s) URL, got ${JSON.stringify(value)}.`, path);
  if (typeof value !== 'string') throw fail();
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw fail();
    // The WHATWG form percent-encodes < > " and spaces, so URLs are XML-safe.
    return url.href;
  } catch {
    throw fail();
  }
}

function instant(value: unknown, path: string[]): DateTime {
  const parsed = typeof value === 'string' ? DateTime.fromISO(value, { zone: 'utc' }) : null;
  if (!parsed?.isValid) {
    throw new RuleError(
      `${path.join('.')} must be an ISO 8601 date and time, got ${JSON.stringify(value)}.`,
      path,
    );
  }
  return parsed;
}

function text(value: unknown, path: string[]): string {
  const cleaned = typeof value === 'string' ? stripXmlInvalid(value).trim() : '';
  if (!cleaned) throw new RuleError(`${path.join('.')} must not be empty.`, path);
  return cleaned;
}

function checkItems(input: FeedInput): CheckedItem[] {
  const ids = new Set<string>();
  const items = input.items.map((item, index) => {
    const at = (field: string) => ['items', String(index), field];
    const id = httpUrl(item.id, at('id'));
    if (ids.has(id)) throw new RuleError(`items.${index}.id ${id} appears twice in one feed.`, at('id'));
    ids.add(id);
    const published = instant(item.publishedAt, at('publishedAt'));
    // An entry cannot have changed before readers could see it; an older
    // updatedAt (e.g. a scheduled publish) counts from publication.
    const updated = DateTime.max(instant(item.updatedAt, at('updatedAt')), published);
    return {
      ...item,
      id,
      title: text(item.title, at('title')),
      url: httpUrl(item.url, at('url')),
      teaser: typeof item.teaser === 'string' ? item.teaser : '',
      authors: (item.authors ?? []).map((name) => stripXmlInvalid(name).trim()).filter(Boolean),
      categories: (item.categories ?? []).map((name) => stripXmlInvalid(name).trim()).filter(Boolean),
      published: published.toJSDate(),
      updated: updated.toJSDate(),
    };
  });
  // A series feed reads like its table of contents (parts in the given order);
  // site and channel feeds are newest first.
  return input.kind === 'series'
    ? items
    : items.sort((a, b) => b.published.getTime() - a.published.getTime());
}

/**
 * One `feed` Item per format: the library writes the same field as HTML in
 * one format and as text or an XML attribute in another, and escapes
 * attributes not at all, so each format gets the form it needs.
 */
function toItem(item: CheckedItem, format: Format): Item {
  const asText = format === 'json' ? (value: string) => value : xmlTextNode;
  const common = {
    id: item.id,
    link: item.url,
    date: item.updated,
    published: item.published,
    // feed's JSON writer reads author[0] unchecked, so no byline means no array.
    author: item.authors.length ? item.authors.map((name) => ({ name: asText(name) })) : undefined,
  };
  if (format === 'json') {
    return {
      ...common,
      title: item.title,
      description: stripXmlInvalid(item.teaser),
      content: plainTextAsHtml(item.teaser),
      category: item.categories.map((name) => ({ name })),
    };
  }
  return {
    ...common,
    title: plainTextAsHtml(item.title),
    description: plainTextAsHtml(item.teaser),
    category: item.categories.map((name) =>
      format === 'atom' ? { term: xmlAttributeText(name) } : { name: asText(name) },
    ),
  };
}

/** Atom 1.0, RSS 2.0 and JSON Feed 1 documents for a site, channel or series. */
export function buildFeed(input: FeedInput): FeedDocuments {
  if (!FEED_KINDS.includes(input.kind)) {
    throw new RuleError(`feed kind ${JSON.stringify(input.kind)} must be one of ${FEED_KINDS.join(', ')}.`, [
      'kind',
    ]);
  }
  if (typeof input.locale !== 'string' || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(input.locale)) {
    throw new RuleError(`locale ${JSON.stringify(input.locale)} is not a locale code such as "en".`, [
      'locale',
    ]);
  }
  const feedUrls = {
    atom: httpUrl(input.feedUrls?.atom, ['feedUrls', 'atom']),
    rss: httpUrl(input.feedUrls?.rss, ['feedUrls', 'rss']),
    json: httpUrl(input.feedUrls?.json, ['feedUrls', 'json']),
  };
  const title = text(input.title, ['title']);
  const items = checkItems(input);
  const description = typeof input.description === 'string' ? stripXmlInvalid(input.description) : '';
  const options = {
    id: feedUrls.atom,
    link: httpUrl(input.siteUrl, ['siteUrl']),
    language: input.locale,
    updated: instant(input.updated, ['updated']).toJSDate(),
    feedLinks: feedUrls,
    generator: 'Newsroom',
  };

  const build = (format: Format) => {
    const asText = format === 'json' ? (value: string) => value : xmlTextNode;
    // Atom needs an author on the feed unless every entry names one.
    const author =
      format === 'atom' && items.some((item) => item.authors.length === 0)
        ? { name: asText(title) }
        : undefined;
    const feed = new Feed({ ...options, title: asText(title), description: asText(description), author });
    items.forEach((item) => feed.addItem(toItem(item, format)));
    return feed;
  };
  return { atom: build('atom').atom1(), rss: build('rss').rss2(), json: build('json').json1() };
}
