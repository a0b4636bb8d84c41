import fs from 'fs';
import path from 'path';
import jsonld from 'jsonld';

const CONTEXT = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'jsonld', 'schemaorg-context.jsonld'), 'utf8'),
);
const SCHEMA_ORG = new Set([
  'https://schema.org',
  'https://schema.org/',
  'http://schema.org',
  'http://schema.org/',
]);

/**
 * jsonld.js with a document loader that serves schema.org's context from a
 * fixture and refuses every other URL (no network). The fixture defines the
 * schema.org terms newsroom writes, with schema.org's IRIs and types, and no
 * @vocab: expanded in safe mode, a term outside it is an error, not dropped.
 */
const documentLoader = async (url: string) => {
  if (!SCHEMA_ORG.has(url)) throw new Error(`no network: refused to load ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
};

export async function expandJsonLd(document: unknown): Promise<any[]> {
  return jsonld.expand(document as any, { documentLoader, safe: true } as any);
}

const S = 'https://schema.org/';
export const first = (node: any, property: string) => node?.[`${S}${property}`]?.[0];
export const value = (node: any, property: string) =>
  first(node, property)?.['@value'] ?? first(node, property)?.['@id'];

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Google's Article structured data guidelines (Search Central, "Article"):
 * no property is required; recommended are headline, author (each with a
 * name, Person or Organization), datePublished and dateModified in ISO 8601
 * with a time zone, image, publisher. Returns the recommendations broken
 * (image only when the article has images: there is nothing to list otherwise).
 */
export function googleArticleProblems(data: any, { hasImages = false } = {}): string[] {
  const problems: string[] = [];
  if (!['Article', 'NewsArticle', 'BlogPosting'].includes(data['@type']))
    problems.push(`@type ${data['@type']}`);
  if (typeof data.headline !== 'string' || !data.headline) problems.push('headline missing');
  if (!Array.isArray(data.author) || data.author.length === 0) problems.push('author missing');
  for (const author of data.author ?? []) {
    if (!['Person', 'Organization'].includes(author['@type']))
      problems.push(`author @type ${author['@type']}`);
    if (typeof author.name !== 'string' || !author.name) problems.push('author without name');
  }
  for (const field of ['datePublished', 'dateModified'])
    if (!ISO_WITH_ZONE.test(data[field] ?? '')) problems.push(`${field} is not ISO 8601 with a zone`);
  if (data.dateModified < data.datePublished) problems.push('dateModified before datePublished');
  if (!data.publisher?.name) problems.push('publisher without name');
  if (hasImages && !data.image?.length) problems.push('image missing');
  return problems;
}
