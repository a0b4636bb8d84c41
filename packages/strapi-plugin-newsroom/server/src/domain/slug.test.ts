import { assertValidSlug, firstFreeSlug, isValidSlug, makeSlug, SLUG_MAX_LENGTH } from './slug';

describe('makeSlug', () => {
  it('transliterates German the German way', () => {
    expect(makeSlug('Größe', 'de')).toBe('groesse');
    expect(makeSlug('Über Äpfel und Öl', 'de')).toBe('ueber-aepfel-und-oel');
  });

  it('keeps version numbers readable', () => {
    expect(makeSlug('Kernel Log: Coming in 3.0 (Part 3)')).toBe('kernel-log-coming-in-3-0-part-3');
  });

  it('drops punctuation and collapses spaces', () => {
    expect(makeSlug('  Hello,   World!  ')).toBe('hello-world');
  });

  it('cuts long titles at a hyphen', () => {
    const slug = makeSlug('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(isValidSlug(slug)).toBe(true);
  });
});

describe('slug validation', () => {
  it.each(['a', 'coming-in-3-0', '2011'])('accepts %p', (slug) => expect(isValidSlug(slug)).toBe(true));
  it.each(['', 'Upper', 'two--hyphens', '-lead', 'trail-', 'sp ace', 'ümlaut', 'a'.repeat(121)])(
    'refuses %p',
    (slug) => {
      expect(isValidSlug(slug)).toBe(false);
      expect(() => assertValidSlug(slug)).toThrow(/slug/);
    },
  );
});

describe('firstFreeSlug', () => {
  it('adds the first free numeric suffix', async () => {
    const taken = new Set(['news', 'news-2']);
    expect(await firstFreeSlug('news', (c) => taken.has(c))).toBe('news-3');
    expect(await firstFreeSlug('fresh', (c) => taken.has(c))).toBe('fresh');
  });
});
