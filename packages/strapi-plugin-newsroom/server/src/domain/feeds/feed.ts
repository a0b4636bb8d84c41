import { DateTime } from 'luxon';
import { RuleError } from '../errors';
import { atomDocument } from './atom';
import { jsonFeedDocument } from './json-feed';
import { rssDocument } from './rss';
import {
  FEED_FORMATS,
  FEED_KINDS,
  type CheckedFeed,
  type CheckedItem,
  type FeedDocuments,
  type FeedFormat,
  type FeedInput,
} from './model';
import { stripXmlInvalid } from './xml-text';

export * from './model';

const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * The id of an entry in one locale: the article's permalink with its locale,
 * e.g. https://www.example.com/-1275463?locale=de. It survives slug and
 * headline changes, differs between the English and the German entry (an
 * aggregator merging both feeds keeps both), and resolves: the permalink
 * redirect honours ?locale=.
 */
export function entryId(permalinkUrl: string, locale: string): string {
  const url = new URL(permalinkUrl);
  url.searchParams.set('locale', locale);
  return url.href;
}

function httpUrl(value: unknown, path: string[]): string {
  const fail = () =>
    new RuleError(`${path.join('.')} must be an absolute http(s) URL, got ${JSON.stringify(value)}.`, path);
  if (typeof value !== 'string') throw fail();
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw fail();
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

const names = (list: unknown): string[] =>
  (Array.isArray(list) ? list : [])
    .map((name) => (typeof name === 'string' ? stripXmlInvalid(name).trim() : ''))
    .filter(Boolean);

function checkItems(input: FeedInput): CheckedItem[] {
  const ids = new Set<string>();
  const items = (input.items ?? []).map((item, index) => {
    const at = (field: string) => ['items', String(index), field];
    const id = httpUrl(item.id, at('id'));
    if (ids.has(id)) throw new RuleError(`items.${index}.id ${id} appears twice in one feed.`, at('id'));
    ids.add(id);
    const published = instant(item.publishedAt, at('publishedAt'));
    return {
      id,
      title: text(item.title, at('title')),
      url: httpUrl(item.url, at('url')),
      teaser: typeof item.teaser === 'string' ? stripXmlInvalid(item.teaser) : '',
      authors: names(item.authors),
      categories: names(item.categories),
      published,
      // An entry cannot have changed before readers could see it; an older
      // updatedAt (e.g. a scheduled publish) counts from publication.
      updated: DateTime.max(instant(item.updatedAt, at('updatedAt')), published),
    };
  });
  // A series feed reads like its table of contents (parts in the given order);
  // site and channel feeds are newest first.
  return input.kind === 'series'
    ? items
    : items.sort((a, b) => b.published.toMillis() - a.published.toMillis());
}

export function checkFeed(input: FeedInput): CheckedFeed {
  if (!FEED_KINDS.includes(input.kind)) {
    throw new RuleError(`feed kind ${JSON.stringify(input.kind)} must be one of ${FEED_KINDS.join(', ')}.`, [
      'kind',
    ]);
  }
  if (typeof input.locale !== 'string' || !LOCALE.test(input.locale)) {
    throw new RuleError(`locale ${JSON.stringify(input.locale)} is not a locale code such as "en".`, [
      'locale',
    ]);
  }
  const feedUrls = Object.fromEntries(
    FEED_FORMATS.map((format) => [format, httpUrl(input.feedUrls?.[format], ['feedUrls', format])]),
  ) as Record<FeedFormat, string>;
  return {
    kind: input.kind,
    title: text(input.title, ['title']),
    description: typeof input.description === 'string' ? stripXmlInvalid(input.description).trim() : '',
    siteUrl: httpUrl(input.siteUrl, ['siteUrl']),
    feedUrls,
    hub: input.hub ? httpUrl(input.hub, ['hub']) : null,
    locale: input.locale,
    updated: instant(input.updated, ['updated']),
    items: checkItems(input),
  };
}

/** Atom 1.0 (RFC 4287), RSS 2.0 and JSON Feed 1.1 documents for a site, channel or series. */
export function buildFeed(input: FeedInput): FeedDocuments {
  const feed = checkFeed(input);
  return { atom: atomDocument(feed), rss: rssDocument(feed), json: jsonFeedDocument(feed) };
}
