import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PRINT_STYLESHEET } from './stylesheet';

export interface DocumentProps {
  lang: string;
  title: string;
  canonicalUrl: string | null;
  children: ReactNode;
  /** "noindex, nofollow" for previews and share links. */
  robots?: string;
}

/**
 * A whole HTML5 document. React escapes every editor string; the only raw
 * insertion is the constant stylesheet.
 */
export function renderDocument({ lang, title, canonicalUrl, children, robots }: DocumentProps): string {
  const markup = renderToStaticMarkup(
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {robots && <meta name="robots" content={robots} />}
        <title>{title}</title>
        {canonicalUrl && <link rel="canonical" href={canonicalUrl} />}
        <style dangerouslySetInnerHTML={{ __html: PRINT_STYLESHEET }} />
      </head>
      <body>{children}</body>
    </html>,
  );
  return `<!DOCTYPE html>\n${markup}`;
}
