import { planBundles } from './plan-bundles';

const APP = ['de', 'en', 'fr'];
const part = (number: number, versions: [string, boolean][]) => ({
  number,
  documentId: `part-${number}`,
  versions: versions.map(([locale, published]) => ({ locale, published })),
});

describe('planBundles', () => {
  const parts = [
    part(2, [
      ['en', false],
      ['de', false],
    ]),
    part(3, [['en', false]]),
    part(4, [
      ['en', false],
      ['de', true],
      ['fr', false],
    ]),
  ];

  it('puts only the plan locale in each bundle by default', () => {
    expect(planBundles(parts, 'en', ['en'], APP).map((b) => [b.number, b.locales, b.notes])).toEqual([
      [2, ['en'], []],
      [3, ['en'], []],
      [4, ['en'], []],
    ]);
  });

  it('"all": every other locale the part has and has not published, without notes', () => {
    expect(planBundles(parts, 'en', 'all', APP).map((b) => [b.number, b.locales, b.notes])).toEqual([
      [2, ['en', 'de'], []],
      [3, ['en'], []],
      [4, ['en', 'fr'], []],
    ]);
  });

  it('a list: a locale the part lacks or already has live is left out with a note', () => {
    expect(planBundles(parts, 'en', ['de', 'en'], APP).map((b) => [b.number, b.locales, b.notes])).toEqual([
      [2, ['en', 'de'], []],
      [3, ['en'], ['Part 3 has no "de" version; its bundle leaves it out.']],
      [4, ['en'], ['Part 4 is already published in "de".']],
    ]);
  });

  it('refuses a locale the app does not have, naming it and the ones it has', () => {
    expect(() => planBundles(parts, 'en', ['de', 'xx', 'yy'], APP)).toThrow(
      'locales: "xx", "yy" are not locales of this app (it has de, en, fr).',
    );
    expect(() => planBundles(parts, 'en', ['xx'], APP)).toThrow('"xx" is not a locale of this app');
  });
});
