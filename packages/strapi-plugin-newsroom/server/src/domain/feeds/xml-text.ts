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
 * Plain text for a field that readers treat as HTML (Atom type="html", RSS
 * description, JSON Feed content_html): "<script>" then shows as text. It also
 * removes every "]]>", which the `feed` package's XML writer (xml-js) only
 * splits once per CDATA section.
 */
export function plainTextAsHtml(text: string): string {
  return stripXmlInvalid(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Text for an XML attribute written by xml-js, which escapes only `"`: a
 * category named "Q&A <live>" would otherwise break the Atom feed.
 */
export function xmlAttributeText(text: string): string {
  return stripXmlInvalid(text).replace(/[&<>]/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Text for an XML text node written by xml-js, which first turns every
 * "&amp;" back into "&" (to avoid double escaping). Doubling it here undoes
 * that, so an editor's literal "&amp;" reaches readers as typed.
 */
export function xmlTextNode(text: string): string {
  return stripXmlInvalid(text).replace(/&amp;/g, '&amp;amp;');
}
