import { renderDocument } from '../../domain/print/document';

const TITLES: Record<number, string> = { 400: 'Bad request', 401: 'Link not valid', 404: 'Not found' };

/**
 * The small HTML page the site-root permalink answers with when it cannot
 * redirect. React escapes the message, which may quote the request.
 */
export function errorPage(status: number, message: string): string {
  const title = TITLES[status] ?? 'Error';
  return renderDocument({
    lang: 'en',
    title: `${status} ${title}`,
    canonicalUrl: null,
    children: (
      <main>
        <h1>{title}</h1>
        <p>{message}</p>
      </main>
    ),
  });
}
