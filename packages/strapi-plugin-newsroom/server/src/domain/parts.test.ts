import { RuleError } from './errors';
import {
  assertPartNumber,
  firstClash,
  neighbours,
  nextPartNumber,
  partsTotal,
  renumber,
  tableOfContents,
  type PartArticle,
} from './parts';

const published = (number: number, documentId = `doc${number}`): PartArticle => ({
  number,
  documentId,
  published: {
    title: `Part ${number}`,
    slug: `part-${number}`,
    teaser: null,
    publishedAt: `2011-07-0${number}T10:00:00.000Z`,
    permalinkId: null,
  },
});
const draft = (number: number): PartArticle => ({ number, documentId: `draft${number}`, published: null });

describe('tableOfContents', () => {
  it('lists published parts and announcements in order, fulfilling an announcement by its article', () => {
    const toc = tableOfContents(
      [published(3), published(1), draft(2)],
      [
        { number: 4, workingTitle: 'Drivers', topic: 'drivers', expectedAt: '2011-07-14' },
        { number: 3, workingTitle: 'Old working title', topic: null, expectedAt: null },
      ],
    );
    expect(toc.map((e) => [e.number, e.status])).toEqual([
      [1, 'published'],
      [2, 'announced'],
      [3, 'published'],
      [4, 'announced'],
    ]);
    expect(toc[1]).toEqual({
      number: 2,
      status: 'announced',
      workingTitle: null,
      topic: null,
      expectedAt: null,
    });
    expect(toc[2]).toMatchObject({ title: 'Part 3' });
  });

  it('never shows the text of an unpublished part, even when announced', () => {
    const toc = tableOfContents(
      [draft(2)],
      [{ number: 2, workingTitle: 'Filesystems', topic: 'fs', expectedAt: null }],
    );
    expect(toc).toEqual([
      { number: 2, status: 'announced', workingTitle: 'Filesystems', topic: 'fs', expectedAt: null },
    ]);
  });
});

describe('partsTotal', () => {
  it('is the larger of the planned count and the highest number', () => {
    const toc = tableOfContents([published(1), published(5)], []);
    expect(partsTotal(4, toc)).toBe(5);
    expect(partsTotal(8, toc)).toBe(8);
    expect(partsTotal(null, [])).toBe(0);
  });
});

describe('neighbours', () => {
  const toc = tableOfContents(
    [published(1), draft(2), published(3)],
    [{ number: 4, workingTitle: 'Drivers', topic: null, expectedAt: null }],
  );

  it('links past an unpublished part', () => {
    expect(neighbours(toc, 1).next).toMatchObject({ number: 3, status: 'published' });
    expect(neighbours(toc, 3).previous).toMatchObject({ number: 1 });
  });

  it('offers an announced next part when no later part is published', () => {
    expect(neighbours(toc, 3).next).toMatchObject({ number: 4, status: 'announced' });
    expect(neighbours(toc, 1).previous).toBeNull();
  });
});

describe('part numbers', () => {
  it.each([1, 7])('accepts %p', (n) => expect(assertPartNumber(n)).toBe(n));
  it.each([0, -1, 1.5, '2', null, NaN])('refuses %p', (n) =>
    expect(() => assertPartNumber(n)).toThrow(RuleError),
  );
  it('continues after the highest number', () => {
    expect(nextPartNumber([])).toBe(1);
    expect(nextPartNumber([3, 1])).toBe(4);
  });
});

describe('renumber', () => {
  it('numbers the new order 1..n', () => {
    expect([...renumber(['a', 'b', 'c'], ['c', 'a', 'b'])]).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
    ]);
  });
  it('refuses an order that is not a permutation', () => {
    expect(() => renumber(['a', 'b'], ['a'])).toThrow(/leaves out part\(s\) b/);
    expect(() => renumber(['a', 'b'], ['a', 'a', 'b'])).toThrow(/named twice/);
    expect(() => renumber(['a'], ['a', 'x'])).toThrow(/does not belong/);
  });
});

describe('firstClash', () => {
  const row = (documentId: string, locale: string, partNumber: number | null) => ({
    documentId,
    locale,
    partNumber,
    title: `${documentId} (${locale})`,
  });

  it('finds two parts on one number in the same locale', () => {
    expect(firstClash([row('a', 'en', 3), row('b', 'de', 3), row('c', 'en', 3)])).toEqual({
      locale: 'en',
      number: 3,
      titles: ['a (en)', 'c (en)'],
    });
  });

  it('lets one part hold its number in every locale, and parts without a number be', () => {
    expect(
      firstClash([row('a', 'en', 3), row('a', 'de', 3), row('b', 'en', null), row('c', 'en', null)]),
    ).toBeNull();
  });
});
