import type { PrintArticle, PrintCorrection, PrintPage } from './types';

/**
 * Tolerant readers for the article's own fields: the glue maps documents
 * onto `PrintArticle`, but a null kicker or a stray author must not break a print.
 */

export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function authorsOf(article: PrintArticle): string[] {
  return Array.isArray(article.authors) ? article.authors.filter((name) => optionalText(name) !== null) : [];
}

export function pagesOf(article: PrintArticle): PrintPage[] {
  return Array.isArray(article.pages)
    ? article.pages.filter((page): page is PrintPage => typeof page === 'object' && page !== null)
    : [];
}

export function correctionsOf(article: PrintArticle): PrintCorrection[] {
  return Array.isArray(article.corrections)
    ? article.corrections.filter(
        (correction): correction is PrintCorrection =>
          typeof correction === 'object' && correction !== null && optionalText(correction.note) !== null,
      )
    : [];
}
