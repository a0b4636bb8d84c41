import { XMLBuilder } from 'fast-xml-parser';

/**
 * The XML writer of feeds and sitemaps: fast-xml-parser's builder escapes
 * & < > " ' in every text node and attribute, so editor text can never be
 * read as markup (control characters are stripped before, see xml-text).
 */
export const xmlBuilder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  processEntities: true,
  format: true,
});

export const XML_DECLARATION = { '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' } };

/** A document: the XML declaration, then `root`. */
export function xmlDocument(root: Record<string, unknown>): string {
  return xmlBuilder.build({ ...XML_DECLARATION, ...root });
}
