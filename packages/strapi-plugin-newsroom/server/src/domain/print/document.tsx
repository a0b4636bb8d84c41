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
  children: ReactNode;
}

/**
 * A whole HTML5 document. React escapes every editor string; the only raw
 * insertion is the constant stylesheet. Control characters are dropped from
 * the whole page, so none reaches it from any field.
 */
export function renderDocument({ lang, title, canonicalUrl, children }: DocumentProps): string {
  const markup = renderToStaticMarkup(
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {canonicalUrl && <link rel="canonical" href={canonicalUrl} />}
        <style dangerouslySetInnerHTML={{ __html: PRINT_STYLESHEET }} />
      </head>
      <body>{children}</body>
    </html>,
  );
  return `<!DOCTYPE html>\n${markup.replace(HTML_CONTROLS, '')}`;
}
