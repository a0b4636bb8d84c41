import { tableOfContents } from './parts';
import { partArticles } from './series-parts';

const row = (documentId: string, locale: string, partNumber: number, publishedAt: string | null) => ({
  documentId,
  locale,
  partNumber,
  title: `${documentId} ${locale}`,
  slug: `${documentId}-${locale}`,
  teaser: null,
  publishedAt,
  publishedOn: publishedAt,
  permalinkId: 1275000 + partNumber,
});

// The demo series: parts 1 and 2 in English only, part 3 in both, part 4 announced.
const rows = [
  row('p1', 'en', 1, '2011-06-21T14:30:00.000Z'),
  row('p2', 'en', 2, '2011-06-29T15:10:00.000Z'),
  row('p2', 'de', 2, null),
  row('p3', 'en', 3, '2011-07-07T14:49:00.000Z'),
  row('p3', 'de', 3, '2011-07-07T14:49:00.000Z'),
];
const planned = [{ number: 4, workingTitle: 'Treiber', topic: null, expectedAt: '2011-07-14' }];

describe('a series in a language some parts are not translated into', () => {
  const toc = tableOfContents(partArticles(rows, 'de'), planned);

  it('lists every part in order, none dropped', () => {
    expect(toc.map((entry) => [entry.number, entry.status])).toEqual([
      [1, 'untranslated'],
      [2, 'untranslated'],
      [3, 'published'],
      [4, 'announced'],
    ]);
  });

  it('names the languages an untranslated part exists in, never a draft', () => {
    expect(toc[0]).toEqual({
      number: 1,
      status: 'untranslated',
      documentId: 'p1',
      permalinkId: 1275001,
      languages: [{ locale: 'en', title: 'p1 en', slug: 'p1-en', publishedAt: '2011-06-21T14:30:00.000Z' }],
    });
    // Part 2 has a German draft: still untranslated, and its text stays out.
    expect(JSON.stringify(toc[1])).not.toContain('p2 de');
    expect(toc[2]).toMatchObject({ status: 'published', title: 'p3 de' });
  });

  it('reads the same in English, where every written part is published', () => {
    const english = tableOfContents(partArticles(rows, 'en'), planned);
    expect(english.map((entry) => entry.status)).toEqual([
      'published',
      'published',
      'published',
      'announced',
    ]);
  });

  it('announces a part that is published nowhere', () => {
    const none = tableOfContents(partArticles([row('p5', 'en', 5, null)], 'de'), []);
    expect(none).toEqual([
      { number: 5, status: 'announced', workingTitle: null, topic: null, expectedAt: null },
    ]);
  });
});
