import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PRINT_STYLESHEET } from './stylesheet';

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
 * insertions are the constant stylesheet and the escaped JSON-LD block.
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
  return `<!DOCTYPE html>\n${markup}`;
}
