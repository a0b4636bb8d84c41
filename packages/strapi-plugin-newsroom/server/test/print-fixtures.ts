import type { BlocksContent, PrintArticle } from '../src/domain/print/types';

/**
 * Test data shaped like the Kernel Log article (part 3 of 4, two pages,
 * inline links, a correction). The prose is written for the tests.
 */

const link = (url: string, words: string) => ({
  type: 'link' as const,
  url,
  children: [{ type: 'text' as const, text: words }],
});
const words = (text: string) => ({ type: 'text' as const, text });

export const PAGE_ONE: BlocksContent = [
  {
    type: 'paragraph',
    children: [
      words('Linus Torvalds released '),
      link('https://lkml.example.org/2011/7/4/rc6', '3.0-rc6'),
      words(' on Monday 4 July; the Intel isci driver '),
      link('https://git.example.org/isci', 'went in'),
      words(' late.'),
    ],
  },
  { type: 'heading', level: 2, children: [words('Virtualisation')] },
  {
    type: 'paragraph',
    children: [
      words('Xen Dom0 support is complete ('),
      link('https://git.example.org/xen-blkback', 'blkback'),
      words(', '),
      link('https://lkml.example.org/2011/7/4/rc6', 'see the release mail again'),
      words(').'),
    ],
  },
  { type: 'quote', children: [words('Pretty quiet, the fixes are not earth-shaking.')] },
];

export const PAGE_TWO: BlocksContent = [
  { type: 'heading', level: 2, children: [words('Architecture code')] },
  {
    type: 'list',
    format: 'unordered',
    children: [
      { type: 'list-item', children: [words('SMEP for future Intel processors')] },
      {
        type: 'list-item',
        children: [words('TILE-Gx, '), link('mailto:tile@example.org', 'ask the maintainers')],
      },
    ],
  },
  { type: 'code', children: [words('make ARCH=tile defconfig')] },
  {
    type: 'image',
    image: {
      url: 'https://cdn.example.org/tux.png',
      alternativeText: 'Tux',
      width: 320,
      height: 240,
      caption: 'Tux',
    },
  },
];

export function kernelLogPart3(overrides: Partial<PrintArticle> = {}): PrintArticle {
  return {
    title: 'Coming in 3.0 (Part 3)',
    kicker: 'Kernel Log',
    series: { title: 'Kernel Log: Coming in 3.0', part: 3, of: 4 },
    authors: ['Thorsten Leemhuis'],
    publishedAt: '2011-07-07T14:49:00Z',
    pages: [
      { title: 'Architecture, infrastructure and virtualisation', body: PAGE_ONE },
      { title: 'Size optimisation, MM, problem areas', body: PAGE_TWO },
    ],
    corrections: [{ date: '2011-07-08', note: 'The isci driver serves the C600 chipset, not the C200.' }],
    partnerLine: 'In association with heise online',
    permalinkUrl: 'http://h-online.com/-1275463',
    canonicalUrl: 'http://www.h-online.com/open/features/kernel-log-coming-in-3-0-part-3-1275463.html',
    locale: 'en',
    ...overrides,
  };
}

/** A published part with one page and one link, for series prints. */
export function seriesPart(part: number, overrides: Partial<PrintArticle> = {}): PrintArticle {
  return kernelLogPart3({
    title: `Coming in 3.0 (Part ${part})`,
    series: { title: 'Kernel Log: Coming in 3.0', part, of: 4 },
    publishedAt: `2011-0${5 + part}-0${part}T14:49:00Z`,
    pages: [
      {
        title: `Page of part ${part}`,
        body: [
          {
            type: 'paragraph',
            children: [link(`https://example.org/part-${part}`, `source of part ${part}`)],
          },
        ],
      },
    ],
    corrections: [],
    ...overrides,
  });
}
