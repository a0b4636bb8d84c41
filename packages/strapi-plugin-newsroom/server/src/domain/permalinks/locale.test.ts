import { RuleError } from '../errors';
import { negotiateLocale, parseAcceptLanguage } from './locale';

const site = { available: ['en', 'de'], fallback: 'en' };

describe('negotiateLocale', () => {
  it('takes ?locale= first, whatever the header says', () => {
    expect(negotiateLocale({ ...site, queryLocale: 'de', acceptLanguage: 'en' })).toBe('de');
    expect(negotiateLocale({ ...site, queryLocale: 'DE' })).toBe('de');
  });

  it('answers an unavailable ?locale= with a 400-style error naming it', () => {
    let caught: unknown;
    try {
      negotiateLocale({ ...site, queryLocale: 'fr', acceptLanguage: 'de' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuleError);
    expect((caught as RuleError).kind).toBe('invalid');
    expect((caught as RuleError).message).toBe('locale "fr" is not available; use one of en, de.');
    expect(() => negotiateLocale({ ...site, queryLocale: '' })).toThrow(/locale "" is not available/);
  });

  it.each([
    ['de-DE,de;q=0.9,en;q=0.8', 'de'],
    ['en-US,en;q=0.9,de;q=0.8', 'en'],
    ['en;q=0.5, de;q=0.8', 'de'],
    ['fr-CH, fr;q=0.9, de;q=0.7, *;q=0.5', 'de'],
    ['de-AT-1996', 'de'],
    ['DE', 'de'],
    ['de ; q = 0.5', 'de'],
  ])('reads Accept-Language %j as %s', (header, locale) => {
    expect(negotiateLocale({ ...site, fallback: 'zz', acceptLanguage: header })).toBe(locale);
  });

  it.each([
    ['fr'],
    ['*'],
    [''],
    [';;;,,,=q'],
    ['de;q=2'],
    ['de;q=abc'],
    ['de;x=1'],
    ['d€'],
    ['\u0000de'],
    ['de;q=0'],
    ['de-DE, de;q=0'],
    ['x'.repeat(5000)],
    [`${'fr,'.repeat(100)}de`],
  ])('falls back for %j and never throws', (header) => {
    expect(negotiateLocale({ ...site, acceptLanguage: header })).toBe('en');
  });

  it('skips the malformed parts of a header and uses the rest', () => {
    expect(
      negotiateLocale({ ...site, fallback: 'zz', acceptLanguage: 'garbage!!, de;q=0.3, en;q=oops' }),
    ).toBe('de');
  });

  it('uses the fallback without a query or header', () => {
    expect(negotiateLocale({ ...site, fallback: 'de' })).toBe('de');
    expect(negotiateLocale({ ...site, fallback: 'de', queryLocale: null, acceptLanguage: null })).toBe('de');
  });
});

describe('parseAcceptLanguage', () => {
  it('orders ranges by quality, keeping header order for ties', () => {
    expect(parseAcceptLanguage('en;q=0.8, de-DE, fr;q=0.8, de').map((r) => r.tag)).toEqual([
      'de-de',
      'de',
      'en',
      'fr',
    ]);
  });
});
