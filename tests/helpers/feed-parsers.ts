import { Readable } from 'stream';
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import FeedParser from 'feedparser';
import RssParser from 'rss-parser';

/** What every parser is asked: the entries' ids, links and titles, and the feed's title and language. */
export interface ParsedFeed {
  title: string;
  language: string | null;
  entries: { id: string; link: string; title: string }[];
}

/** rss-parser (RSS and Atom). */
export async function withRssParser(xml: string): Promise<ParsedFeed> {
  const feed = await new RssParser().parseString(xml);
  return {
    title: String(feed.title ?? ''),
    language: (feed as any).language ?? null,
    entries: feed.items.map((item: any) => ({
      id: item.guid ?? item.id,
      link: item.link,
      title: item.title,
    })),
  };
}

/** feedparser (RSS, Atom; a sax-based stream parser, independent of rss-parser's xml2js). */
export function withFeedparser(xml: string): Promise<ParsedFeed> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ normalize: true, addmeta: true });
    const entries: ParsedFeed['entries'] = [];
    let meta: any = null;
    parser.on('error', reject);
    parser.on('meta', (m: any) => (meta = m));
    parser.on('readable', function (this: FeedParser) {
      let item: any;
      while ((item = this.read())) entries.push({ id: item.guid, link: item.link, title: item.title });
    });
    parser.on('end', () => resolve({ title: meta?.title ?? '', language: meta?.language ?? null, entries }));
    Readable.from([xml]).pipe(parser);
  });
}

/** @extractus/feed-extractor (RSS, Atom and JSON Feed). */
export function withFeedExtractor(body: string, format: 'atom' | 'rss' | 'json'): ParsedFeed {
  const options = { normalization: true, getExtraEntryFields: (raw: any) => ({ rawId: raw.id ?? raw.guid }) };
  const feed: any =
    format === 'json' ? extractFromJson(JSON.parse(body), options) : extractFromXml(body, options);
  return {
    title: feed.title,
    language: feed.language ?? null,
    entries: (feed.entries ?? []).map((entry: any) => ({
      id: typeof entry.rawId === 'object' ? (entry.rawId['#text'] ?? entry.rawId._text) : entry.rawId,
      link: entry.link,
      title: entry.title,
    })),
  };
}

const FEED_FIELDS = new Set(
  'version title home_page_url feed_url description user_comment next_url icon favicon authors language expired hubs items'.split(
    ' ',
  ),
);
const ITEM_FIELDS = new Set(
  'id url external_url title content_html content_text summary image banner_image date_published date_modified authors tags language attachments'.split(
    ' ',
  ),
);
const AUTHOR_FIELDS = new Set(['name', 'url', 'avatar']);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * JSON Feed 1.1's field list (jsonfeed.org/version/1.1): only its fields (or
 * "_" extensions), the required ones present, types as the spec says, and
 * none of 1.0's deprecated `author`.
 */
export function jsonFeedProblems(body: string): string[] {
  const feed = JSON.parse(body);
  const problems: string[] = [];
  const known = (object: any, fields: Set<string>, where: string) => {
    for (const key of Object.keys(object))
      if (!fields.has(key) && !key.startsWith('_'))
        problems.push(`${where}.${key} is not a JSON Feed 1.1 field`);
  };
  const authors = (list: any, where: string) => {
    if (list === undefined) return;
    if (!Array.isArray(list) || list.length === 0)
      return problems.push(`${where}.authors must be a non-empty array`);
    list.forEach((author, i) => {
      known(author, AUTHOR_FIELDS, `${where}.authors[${i}]`);
      if (!author.name && !author.url && !author.avatar) problems.push(`${where}.authors[${i}] is empty`);
    });
  };
  known(feed, FEED_FIELDS, 'feed');
  if (feed.version !== 'https://jsonfeed.org/version/1.1') problems.push(`version is ${feed.version}`);
  if (typeof feed.title !== 'string' || !feed.title) problems.push('title is required');
  if (!Array.isArray(feed.items)) problems.push('items is required');
  authors(feed.authors, 'feed');
  for (const hub of feed.hubs ?? []) if (!hub.type || !hub.url) problems.push('a hub needs type and url');
  (feed.items ?? []).forEach((item: any, i: number) => {
    const where = `items[${i}]`;
    known(item, ITEM_FIELDS, where);
    if (typeof item.id !== 'string' || !item.id) problems.push(`${where}.id is required`);
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string')
      problems.push(`${where} needs content_html or content_text`);
    for (const field of ['date_published', 'date_modified'])
      if (item[field] !== undefined && !RFC3339.test(item[field]))
        problems.push(`${where}.${field} is not RFC 3339`);
    if (item.tags !== undefined && !Array.isArray(item.tags)) problems.push(`${where}.tags must be an array`);
    authors(item.authors, where);
  });
  return problems;
}
