import { RuleError } from '../errors';
import { canonicalUrl, type CanonicalDocument } from './canonical-url';
import { validateUrlPatterns } from './url-patterns';

const config = validateUrlPatterns({
  origin: 'https://www.example.com',
  patterns: {
    article: {
      en: 'https://www.example.com/{locale}/news/{slug}-{id}.html',
      de: 'https://www.example.com/de/meldung/{year}/{month}/{day}/{slug}-{id}.html',
      default: 'https://www.example.com/{locale}/news/{id}?doc={documentId}',
    },
    series: { default: 'https://www.example.com/{locale}/series/{slug}' },
  },
});
const zone = { timezone: 'Europe/Berlin' };

// Part 3 of the kernel log series, published 07 July 2011, 16:49 Berlin time.
const part3: CanonicalDocument = {
  locale: 'en',
  slug: 'kernel-log-coming-in-3-0-part-3',
  permalinkId: 1275463,
  documentId: 'a1b2c3d4e5f6g7h8i9j0k1l2',
  publishedAt: '2011-07-07T14:49:00.000Z',
};

describe('canonicalUrl', () => {
  it('builds the article URL from the locale pattern', () => {
    expect(canonicalUrl('article', part3, config, zone)).toBe(
      'https://www.example.com/en/news/kernel-log-coming-in-3-0-part-3-1275463.html',
    );
  });

  it('uses the publication date in the newsroom zone', () => {
    // 23:30 UTC on 6 July is already 7 July in Berlin.
    const german = {
      ...part3,
      locale: 'de',
      slug: 'kernel-log-was-3-0-bringt-teil-3',
      publishedAt: '2011-07-06T23:30:00Z',
    };
    expect(canonicalUrl('article', german, config, zone)).toBe(
      'https://www.example.com/de/meldung/2011/07/07/kernel-log-was-3-0-bringt-teil-3-1275463.html',
    );
    expect(canonicalUrl('article', german, config, { timezone: 'UTC' })).toContain('/2011/07/06/');
  });

  it('falls back to the default pattern for other locales', () => {
    expect(canonicalUrl('article', { ...part3, locale: 'fr' }, config, zone)).toBe(
      'https://www.example.com/fr/news/1275463?doc=a1b2c3d4e5f6g7h8i9j0k1l2',
    );
    expect(canonicalUrl('series', { ...part3, slug: 'kernel-log-coming-in-3-0' }, config, zone)).toBe(
      'https://www.example.com/en/series/kernel-log-coming-in-3-0',
    );
  });

  it('needs a permalink id and a publication date when the pattern uses them', () => {
    expect(() => canonicalUrl('article', { ...part3, permalinkId: null }, config, zone)).toThrow(
      /permalink id/,
    );
    expect(() =>
      canonicalUrl('article', { ...part3, locale: 'de', publishedAt: null }, config, zone),
    ).toThrow(/publication date/);
    expect(() =>
      canonicalUrl('article', { ...part3, locale: 'de', publishedAt: 'yesterday' }, config, zone),
    ).toThrow(/publication date/);
    // The series pattern uses neither, so an unpublished series still has a URL.
    expect(canonicalUrl('series', { ...part3, permalinkId: null, publishedAt: null }, config, zone)).toMatch(
      /series/,
    );
  });

  it('refuses an empty slug rather than pointing at the listing page', () => {
    expect(() => canonicalUrl('series', { ...part3, slug: '' }, config, zone)).toThrow(RuleError);
  });

  describe('never leaves the configured origin, whatever the slug says', () => {
    const hostile = [
      '//evil.com',
      '..%2f..',
      '@evil.com',
      'https://evil.com',
      '\\evil.com',
      '\\\\evil.com',
      'x\r\nLocation: https://evil.com',
      '/%2e%2e/evil',
      '?next=https://evil.com',
      '#https://evil.com',
      'evil.com:443@x',
      '<script>alert(1)</script>',
      "it's (a) *test*!",
      ' spaced\ttab ',
      'ünïcødé-sług',
    ];

    it.each(hostile)('%j stays one path segment on www.example.com', (slug) => {
      const href = canonicalUrl('series', { ...part3, slug }, config, zone);
      const url = new URL(href);
      expect(url.origin).toBe('https://www.example.com');
      expect(url.search).toBe('');
      expect(url.hash).toBe('');
      const segments = url.pathname.split('/');
      expect(segments.slice(0, 3)).toEqual(['', 'en', 'series']);
      expect(segments).toHaveLength(4);
      expect(decodeURIComponent(segments[3])).toBe(slug);
      expect(href).not.toMatch(/[\s<>\\]/);
    });

    it.each(['.', '..'])('refuses the dot-segment slug %j', (slug) => {
      expect(() => canonicalUrl('series', { ...part3, slug }, config, zone)).toThrow(
        /cannot be part of a URL/,
      );
    });

    it('refuses a slug that cannot be encoded', () => {
      expect(() => canonicalUrl('series', { ...part3, slug: 'broken\uD800' }, config, zone)).toThrow(
        /cannot appear in a URL/,
      );
    });

    it('encodes hostile values in the query part too', () => {
      const href = canonicalUrl(
        'article',
        { ...part3, locale: 'fr', documentId: 'x&next=//evil.com#' },
        config,
        zone,
      );
      const url = new URL(href);
      expect(url.origin).toBe('https://www.example.com');
      expect([...url.searchParams.keys()]).toEqual(['doc']);
      expect(url.searchParams.get('doc')).toBe('x&next=//evil.com#');
    });

    it('checks the origin even if a pattern slipped past validation', () => {
      const tampered = {
        ...config,
        patterns: { ...config.patterns, series: { default: 'https://evil.com/{slug}' } },
      };
      expect(() => canonicalUrl('series', part3, tampered, zone)).toThrow(
        /does not stay on https:\/\/www.example.com/,
      );
    });
  });
});
