import type { CheckedFeed } from './model';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';
const authors = (names: string[]) => (names.length ? { authors: names.map((name) => ({ name })) } : {});

/**
 * JSON Feed 1.1: `authors` (1.1 replaced the single `author`), `language` on
 * the feed and each item, `hubs` for WebSub. Text stays plain (content_text).
 */
export function jsonFeedDocument(feed: CheckedFeed): string {
  return JSON.stringify({
    version: JSON_FEED_VERSION,
    title: feed.title,
    home_page_url: feed.siteUrl,
    feed_url: feed.feedUrls.json,
    ...(feed.description ? { description: feed.description } : {}),
    language: feed.locale,
    ...(feed.hub ? { hubs: [{ type: 'WebSub', url: feed.hub }] } : {}),
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      // An item needs content_html or content_text; the teaser is what there is.
      content_text: item.teaser,
      ...(item.teaser ? { summary: item.teaser } : {}),
      date_published: item.published.toISO(),
      date_modified: item.updated.toISO(),
      ...authors(item.authors),
      language: feed.locale,
      ...(item.categories.length ? { tags: item.categories } : {}),
    })),
  });
}
