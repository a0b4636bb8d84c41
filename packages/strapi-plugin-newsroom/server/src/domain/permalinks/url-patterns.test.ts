import { RuleError } from '../errors';
import { validateUrlPatterns } from './url-patterns';

const good = {
  origin: 'https://www.example.com',
  patterns: {
    article: {
      en: 'https://www.example.com/{locale}/news/{slug}-{id}.html',
      de: 'https://www.example.com/de/meldung/{year}/{month}/{day}/{slug}-{id}.html',
      default: 'https://www.example.com/{locale}/news/{id}',
    },
    series: { default: 'https://www.example.com/{locale}/series/{slug}' },
  },
};

function withPattern(pattern: unknown, origin = good.origin) {
  return { origin, patterns: { ...good.patterns, article: { default: pattern } } };
}

function messageOf(config: unknown): string {
  try {
    validateUrlPatterns(config);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('validateUrlPatterns', () => {
  it('accepts and returns a good configuration', () => {
    expect(validateUrlPatterns(good)).toEqual(good);
  });

  it('normalizes the origin to scheme and host', () => {
    const config = { ...good, origin: 'https://WWW.Example.com:443/' };
    expect(validateUrlPatterns(config).origin).toBe('https://www.example.com');
  });

  it('keeps a non-default port in the origin', () => {
    const config = withPattern('http://localhost:3000/{slug}', 'http://localhost:3000');
    expect(
      validateUrlPatterns({ ...config, patterns: { ...config.patterns, series: config.patterns.article } })
        .origin,
    ).toBe('http://localhost:3000');
  });

  it.each([
    ['ftp://www.example.com', /http or https/],
    ['javascript:alert(1)', /http or https/],
    ['www.example.com', /not an absolute URL/],
    ['https://www.example.com/site', /without a path/],
    ['https://www.example.com?x', /without a path/],
    ['https://user:pw@www.example.com', /user name or password/],
    [42, /must be a string/],
  ])('rejects the origin %j', (origin, message) => {
    expect(messageOf({ ...good, origin })).toMatch(message);
  });

  it('rejects unknown placeholders, naming them and the pattern', () => {
    expect(messageOf(withPattern('https://www.example.com/{section}/{slug}'))).toBe(
      'URL pattern patterns.article.default uses the unknown placeholder {section}; use {locale} {slug} {id} {documentId} {year} {month} {day}.',
    );
    expect(messageOf(withPattern('https://www.example.com/{Slug}'))).toMatch(/unknown placeholder \{Slug\}/);
  });

  it('rejects unmatched braces', () => {
    expect(messageOf(withPattern('https://www.example.com/{slug'))).toMatch(/unmatched/);
    expect(messageOf(withPattern('https://www.example.com/{slug}}'))).toMatch(/unmatched/);
  });

  it('rejects a pattern that does not identify the document', () => {
    expect(messageOf(withPattern('https://www.example.com/{locale}/news'))).toMatch(
      /every document would share one URL/,
    );
  });

  it.each([
    'https://evil.com/{slug}',
    'https://www.example.com.evil.com/{slug}',
    'https://www.example.com@evil.com/{slug}',
    'http://www.example.com/{slug}',
    'https://www.example.com:8443/{slug}',
    '//www.example.com/{slug}',
    '/news/{slug}',
    'https://{locale}.example.com/{slug}',
    'https://www.example.com{slug}',
  ])('rejects %s because it leaves the origin', (pattern) => {
    expect(messageOf(withPattern(pattern))).toMatch(/must start with "https:\/\/www.example.com\/"/);
  });

  it.each([
    ['https://www.example.com/news/../{slug}', /normal URL form/],
    ['https://www.example.com/news/{slug} x', /normal URL form/],
    ['https://www.example.com/news\\{slug}', /normal URL form/],
    ['https://www.example.com/news/{slug}#top', /no fragment/],
  ])('rejects %s', (pattern, message) => {
    expect(messageOf(withPattern(pattern))).toMatch(message);
  });

  it('needs a default pattern for both types and knows no others', () => {
    expect(messageOf({ ...good, patterns: { article: good.patterns.article } })).toMatch(
      /patterns.series needs/,
    );
    expect(
      messageOf({ ...good, patterns: { ...good.patterns, series: { en: good.patterns.series.default } } }),
    ).toMatch(/"default" pattern/);
    expect(messageOf({ ...good, patterns: { ...good.patterns, page: good.patterns.series } })).toMatch(
      /patterns.page is not a permalink type/,
    );
  });

  it('rejects locale keys that are not locale codes', () => {
    const config = {
      ...good,
      patterns: { ...good.patterns, series: { default: good.patterns.series.default, 'en/../': 'x' } },
    };
    expect(messageOf(config)).toMatch(/not a locale code/);
  });
});
