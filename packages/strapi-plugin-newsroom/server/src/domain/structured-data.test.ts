import { articleJsonLd, seriesJsonLd } from './structured-data';

const publisher = { name: 'Newsroom', url: 'https://www.example.com/en/' };

describe('articleJsonLd', () => {
  const base = {
    headline: 'Kernel Log: Coming in 3.0 (Part 3)',
    description: 'Xen Dom0 support is complete.',
    canonicalUrl: 'https://www.example.com/en/news/part-3-1275003.html',
    locale: 'en',
    datePublished: '2011-07-07T14:49:00.000Z',
    dateModified: '2011-07-08T09:00:00.000Z',
    authors: ['Thorsten Leemhuis'],
    publisher,
  };

  it('writes a NewsArticle with the page as main entity', () => {
    expect(articleJsonLd(base)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: base.headline,
      description: base.description,
      url: base.canonicalUrl,
      mainEntityOfPage: { '@type': 'WebPage', '@id': base.canonicalUrl },
      inLanguage: 'en',
      datePublished: base.datePublished,
      dateModified: base.dateModified,
      author: [{ '@type': 'Person', name: 'Thorsten Leemhuis' }],
      publisher: { '@type': 'Organization', ...publisher },
    });
  });

  it('adds the series and position, corrections, the release it is about and images', () => {
    const ld = articleJsonLd({
      ...base,
      images: ['https://www.example.com/uploads/tux.png'],
      series: { name: 'Kernel Log: Coming in 3.0', url: 'https://www.example.com/en/series/k', position: 3 },
      corrections: [{ date: '2011-07-08', note: 'Fixed a version number.' }],
      about: { project: 'Linux', version: '3.0' },
    }) as any;
    expect(ld.position).toBe(3);
    expect(ld.isPartOf).toEqual({
      '@type': 'CreativeWorkSeries',
      name: 'Kernel Log: Coming in 3.0',
      url: 'https://www.example.com/en/series/k',
    });
    expect(ld.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'Fixed a version number.', datePublished: '2011-07-08' },
    ]);
    expect(ld.about).toEqual({ '@type': 'SoftwareApplication', name: 'Linux', softwareVersion: '3.0' });
    expect(ld.image).toEqual(['https://www.example.com/uploads/tux.png']);
  });
});

describe('seriesJsonLd', () => {
  it('lists the parts by position in hasPart', () => {
    const ld = seriesJsonLd({
      name: 'Kernel-Log: Was 3.0 bringt',
      description: null,
      canonicalUrl: 'https://www.example.com/de/series/k',
      locale: 'de',
      publisher,
      parts: [
        {
          position: 3,
          headline: 'Teil 3',
          url: 'https://www.example.com/de/3',
          locale: 'de',
          datePublished: 'x',
        },
        {
          position: 1,
          headline: 'Part 1',
          url: 'https://www.example.com/en/1',
          locale: 'en',
          datePublished: 'y',
        },
      ],
    }) as any;
    expect(ld['@type']).toBe('CreativeWorkSeries');
    expect(ld.hasPart.map((p: any) => [p.position, p.inLanguage, p['@type']])).toEqual([
      [1, 'en', 'NewsArticle'],
      [3, 'de', 'NewsArticle'],
    ]);
  });
});
