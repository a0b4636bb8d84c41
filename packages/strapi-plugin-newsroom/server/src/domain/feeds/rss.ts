import { GENERATOR, type CheckedFeed } from './model';
import { plainTextAsHtml } from './xml-text';
import { xmlDocument } from './xml-builder';

/** RFC 822 as RSS 2.0 wants it: "Thu, 07 Jul 2011 14:49:00 GMT". */
const rfc822 = (at: { toJSDate(): Date }) => at.toJSDate().toUTCString();

/**
 * RSS 2.0. Its <author> must be an e-mail address, which bylines are not, so
 * authors go into Dublin Core's dc:creator (one per author), as is usual.
 * Self and hub links use Atom's link element. Description is HTML in RSS, so
 * the plain teaser goes in escaped; titles too, since many readers render them.
 */
export function rssDocument(feed: CheckedFeed): string {
  const links: Record<string, string>[] = [
    { '@_rel': 'self', '@_type': 'application/rss+xml', '@_href': feed.feedUrls.rss },
  ];
  if (feed.hub) links.push({ '@_rel': 'hub', '@_href': feed.hub });
  return xmlDocument({
    rss: {
      '@_version': '2.0',
      '@_xmlns:atom': 'http://www.w3.org/2005/Atom',
      '@_xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      channel: {
        title: feed.title,
        link: feed.siteUrl,
        // Required by RSS 2.0; the title stands in when there is nothing else to say.
        description: feed.description || feed.title,
        language: feed.locale,
        lastBuildDate: rfc822(feed.updated),
        generator: GENERATOR,
        docs: 'https://www.rssboard.org/rss-specification',
        'atom:link': links,
        item: feed.items.map((item) => ({
          title: plainTextAsHtml(item.title),
          link: item.url,
          guid: { '@_isPermaLink': 'false', '#text': item.id },
          pubDate: rfc822(item.published),
          ...(item.teaser ? { description: plainTextAsHtml(item.teaser) } : {}),
          ...(item.authors.length ? { 'dc:creator': item.authors } : {}),
          ...(item.categories.length ? { category: item.categories } : {}),
        })),
      },
    },
  });
}
