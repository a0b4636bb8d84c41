/**
 * Characters XML 1.0 forbids even when escaped: C0 controls other than tab,
 * LF and CR, U+FFFE/U+FFFF, and UTF-16 halves without their partner. Editors
 * paste these from Word and terminals; one of them makes a whole feed
 * unreadable, so they are dropped before any text reaches a feed or sitemap.
 */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, '');
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Plain text for a field that readers treat as HTML (RSS title and
 * description): "<script>" then shows as text, and "]]>" becomes "]]&gt;".
 */
export function plainTextAsHtml(text: string): string {
  return stripXmlInvalid(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
