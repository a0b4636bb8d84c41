import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PRINT_STYLESHEET } from './stylesheet';

/**
 * Code points HTML calls control characters (C0 other than tab, LF, FF and
 * CR; DEL; C1): each is a parse error in a page, NUL included, and React's
 * escaping leaves them in. Editors paste them from terminals and Word.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HTML_CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

export interface DocumentProps {
  lang: string;
  title: string;
  canonicalUrl: string | null;
  /** schema.org JSON-LD, written as a data block. */
  jsonLd?: unknown;
  children: ReactNode;
  /** "noindex, nofollow" for previews and share links. */
  robots?: string;
}

/**
 * JSON for a <script type="application/ld+json"> data block. "<" is written
 * as \u003c, so no editor text can close the element ("</script>") or open a
 * comment; JSON parsers read it back unchanged. A data block is never run, so
 * the print CSP (no scripts at all) does not block it.
 */
export function jsonLdBlock(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * A whole HTML5 document. React escapes every editor string; the only raw
 * insertions are the constant stylesheet and the escaped JSON-LD block. Control
 * characters are dropped from the whole page, so none reaches it from any field.
 */
export function renderDocument({
  lang,
  title,
  canonicalUrl,
  jsonLd,
  children,
  robots,
}: DocumentProps): string {
  const markup = renderToStaticMarkup(
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {robots && <meta name="robots" content={robots} />}
        <title>{title}</title>
        {canonicalUrl && <link rel="canonical" href={canonicalUrl} />}
        <style dangerouslySetInnerHTML={{ __html: PRINT_STYLESHEET }} />
        {jsonLd !== undefined && jsonLd !== null && (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdBlock(jsonLd) }} />
        )}
      </head>
      <body>{children}</body>
    </html>,
  );
  return `<!DOCTYPE html>\n${markup.replace(HTML_CONTROLS, '')}`;
}
