/**
 * The surrogate keys of the public answers and of the changes that purge
 * them, both from here, so an answer and the purge of what it shows cannot
 * disagree:
 *
 * - `doc:<documentId>`: an answer carries one for every document it renders
 *   (found by walking its data, so a new field that renders a document needs
 *   no new key); a change of that document purges it. Strapi's documentIds
 *   are unique across types.
 * - `list:<name>`: an answer that lists members of a set carries the list's
 *   key, so a new member purges it (the member's own key would not reach an
 *   answer it is not in yet).
 * - `missing:<what>`: a 404 carries the key a publish of that slug or id
 *   purges, so a part republished after an unpublish is not kept missing.
 * - `newsroom`: everything (a permission change).
 */

export const ALL = 'newsroom';

export const docKey = (documentId: string) => `doc:${documentId}`;

export type List =
  | { name: 'series' }
  | { name: 'channel'; channelId: string }
  | { name: 'site-feed' }
  | { name: 'sitemap' }
  | { name: 'timelines' };

export function listKey(list: List): string {
  return list.name === 'channel' ? `list:channel:${list.channelId}` : `list:${list.name}`;
}

export type MissingThing =
  | { type: 'article' | 'series' | 'channel' | 'timeline'; locale: string | null; slug: string }
  | { type: 'permalink'; id: number };

export function missingKey(thing: MissingThing): string {
  if (thing.type === 'permalink') return `missing:permalink:${thing.id}`;
  return `missing:${thing.type}:${thing.locale ?? '*'}:${thing.slug}`;
}

/** Every documentId in an answer's data, at any depth, as doc keys. */
export function renderedKeys(data: unknown): string[] {
  const keys = new Set<string>();
  const walk = (value: unknown, depth: number) => {
    if (depth > 12 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
      if (name === 'documentId' && typeof inner === 'string' && inner) keys.add(docKey(inner));
      else walk(inner, depth + 1);
    }
  };
  walk(data, 0);
  return [...keys];
}

/** The keys an answer carries: what it renders and the lists it is. */
export function answerKeys(data: unknown, lists: List[] = []): string[] {
  return [...renderedKeys(data), ...lists.map(listKey)];
}

/** What a document is linked to and called, before or after a change, as far as answers care. */
export interface DocumentFacts {
  type: 'article' | 'series' | 'author' | 'channel' | 'timeline';
  documentId: string;
  /** Series, channel, authors, timeline the document links to (any locale). */
  related: string[];
  /** The channel an article is in (its channel list). */
  channelIds: string[];
  slugs: Array<{ locale: string | null; slug: string }>;
  permalinkId: number | null;
}

/** The lists a document of a type is a member of. */
function listsOf(facts: DocumentFacts): List[] {
  switch (facts.type) {
    case 'article':
      return [
        { name: 'site-feed' },
        { name: 'sitemap' },
        ...facts.channelIds.map((channelId) => ({ name: 'channel' as const, channelId })),
      ];
    case 'series':
      return [{ name: 'series' }, { name: 'sitemap' }];
    case 'timeline':
      return [{ name: 'timelines' }];
    default:
      return [];
  }
}

/**
 * What a change of a document purges, from its facts before and after (a
 * slug, a channel or a series it left is purged as much as the one it joined).
 */
export function changeKeys(...versions: Array<DocumentFacts | null>): string[] {
  const keys = new Set<string>();
  for (const facts of versions) {
    if (!facts) continue;
    keys.add(docKey(facts.documentId));
    // A part's series lists it; a timeline lists its articles: the related answers change too.
    for (const id of facts.related) keys.add(docKey(id));
    for (const list of listsOf(facts)) keys.add(listKey(list));
    for (const { locale, slug } of facts.slugs) {
      if (facts.type === 'author') continue;
      keys.add(missingKey({ type: facts.type, locale, slug }));
    }
    if (facts.permalinkId !== null) keys.add(missingKey({ type: 'permalink', id: facts.permalinkId }));
  }
  return [...keys];
}

/** The missing keys of a 404 for a path reference (a slug, or a permalink id that is also a slug). */
export function missingRefKeys(
  type: 'article' | 'series',
  locale: string,
  ref: { slug: string; permalinkId: number | null },
): string[] {
  const keys = [missingKey({ type, locale, slug: ref.slug })];
  if (ref.permalinkId !== null) keys.push(missingKey({ type: 'permalink', id: ref.permalinkId }));
  return keys;
}
