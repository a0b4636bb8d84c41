import { GENERATOR, type CheckedFeed } from './model';
import { xmlDocument } from './xml-builder';

const person = (name: string) => ({ name });

/**
 * Atom 1.0 (RFC 4287). Written here rather than by the `feed` package, whose
 * atom1() drops the language (no xml:lang) and cannot label text as plain.
 * Titles and summaries are type="text": readers show them as typed.
 */
export function atomDocument(feed: CheckedFeed): string {
  // RFC 4287 4.1.1: a feed needs an author unless every entry names one.
  const anonymous = feed.items.some((item) => item.authors.length === 0);
  const links: Record<string, string>[] = [
    { '@_rel': 'alternate', '@_type': 'text/html', '@_href': feed.siteUrl },
    { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': feed.feedUrls.atom },
  ];
  if (feed.hub) links.push({ '@_rel': 'hub', '@_href': feed.hub });
  return xmlDocument({
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': feed.locale,
      id: feed.feedUrls.atom,
      title: { '@_type': 'text', '#text': feed.title },
      ...(feed.description ? { subtitle: { '@_type': 'text', '#text': feed.description } } : {}),
      updated: feed.updated.toISO(),
      link: links,
      ...(anonymous ? { author: person(feed.title) } : {}),
      generator: GENERATOR,
      entry: feed.items.map((item) => ({
        id: item.id,
        title: { '@_type': 'text', '#text': item.title },
        link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': item.url },
        published: item.published.toISO(),
        updated: item.updated.toISO(),
        ...(item.authors.length ? { author: item.authors.map(person) } : {}),
        ...(item.categories.length ? { category: item.categories.map((term) => ({ '@_term': term })) } : {}),
        ...(item.teaser ? { summary: { '@_type': 'text', '#text': item.teaser } } : {}),
      })),
    },
  });
}
