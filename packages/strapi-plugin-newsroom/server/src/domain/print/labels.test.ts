import { labelsFor, printLanguage } from './labels';

describe('labels', () => {
  it('says which part of how many, in English and German', () => {
    expect(labelsFor('en').partOf(3, 4)).toBe('Part 3 of 4');
    expect(labelsFor('de').partOf(3, 4)).toBe('Teil 3 von 4');
    expect(labelsFor('en').partOf(3, null)).toBe('Part 3');
  });

  it('joins several authors the way each language does', () => {
    expect(labelsFor('en').byline(['Thorsten Leemhuis'])).toBe('By Thorsten Leemhuis');
    expect(labelsFor('de').byline(['A', 'B', 'C'])).toBe('Von A, B und C');
  });

  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['en', 'en'],
    ['fr', 'en'],
    [undefined, 'en'],
  ])('prints locale %j with %j labels', (locale, language) => {
    expect(printLanguage(locale)).toBe(language);
  });
});
