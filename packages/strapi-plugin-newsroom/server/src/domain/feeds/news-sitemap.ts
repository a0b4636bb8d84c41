import { DateTime } from 'luxon';
import { RuleError } from '../errors';
import { lastmod, pageUrl } from './sitemap';
import { xmlDocument } from './xml-builder';
import { stripXmlInvalid } from './xml-text';

/** Google News: articles first published in the last 48 hours, at most 1,000 per sitemap. */
export const NEWS_WINDOW_HOURS = 48;
export const NEWS_MAX_URLS = 1000;

export interface NewsArticle {
  loc: string;
  title: string;
  /** The article's locale ("de", "de-AT", "zh-TW"). */
  locale: string;
  /** First publication, ISO 8601. */
  publishedAt: string;
}

/**
 * Google News wants ISO 639 codes (two or three letters), except zh-cn and
 * zh-tw for Chinese: "de-AT" is "de", "zh-TW" is "zh-tw".
 */
export function newsLanguage(locale: string): string {
  const lower = locale.toLowerCase();
  if (lower === 'zh-tw' || lower === 'zh-hant' || lower.startsWith('zh-hant-')) return 'zh-tw';
  if (lower.startsWith('zh')) return 'zh-cn';
  const language = lower.split('-')[0];
  if (!/^[a-z]{2,3}$/.test(language)) {
    throw new RuleError(`locale ${JSON.stringify(locale)} has no ISO 639 language code.`, ['locale']);
  }
  return language;
}

/** The articles a news sitemap lists at `now`: first published within the window, newest first, capped. */
export function newsArticlesAt<T extends { publishedAt: string }>(articles: T[], now: DateTime): T[] {
  const from = now.minus({ hours: NEWS_WINDOW_HOURS }).toMillis();
  return articles
    .filter((article) => {
      const at = DateTime.fromISO(article.publishedAt, { zone: 'utc' }).toMillis();
      return at >= from && at <= now.toMillis();
    })
    .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1))
    .slice(0, NEWS_MAX_URLS);
}

/** A Google News sitemap (news:news with the publication's name and language, date, title). */
export function buildNewsSitemap(
  articles: NewsArticle[],
  publicationName: (locale: string) => string,
  now: DateTime,
): string {
  const listed = newsArticlesAt(articles, now);
  const seen = new Set<string>();
  const url = listed.map((article, index) => {
    const at = (field: string) => ['articles', String(index), field];
    const loc = pageUrl(article.loc, at('loc'));
    if (seen.has(loc)) throw new RuleError(`articles.${index}.loc ${loc} is listed twice.`, at('loc'));
    seen.add(loc);
    const title = stripXmlInvalid(article.title ?? '').trim();
    if (!title) throw new RuleError(`articles.${index}.title must not be empty.`, at('title'));
    return {
      loc,
      'news:news': {
        'news:publication': {
          'news:name': stripXmlInvalid(publicationName(article.locale)),
          'news:language': newsLanguage(article.locale),
        },
        'news:publication_date': lastmod(article.publishedAt, at('publishedAt')),
        'news:title': title,
      },
    };
  });
  return xmlDocument({
    urlset: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      '@_xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      url,
    },
  });
}
