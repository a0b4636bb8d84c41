import { seriesPart } from '../../../test/print-fixtures';
import { renderSeriesPrint } from './render';
import { attr, parse, textOf } from '../../../test/print-helpers';

const BERLIN = { timezone: 'Europe/Berlin' };
const SERIES = { title: 'Kernel Log: Coming in 3.0', kicker: 'Kernel Log', locale: 'en' };

describe('renderSeriesPrint', () => {
  // Handed over out of order, with a draft among them.
  const html = renderSeriesPrint(
    SERIES,
    [seriesPart(3), seriesPart(1), seriesPart(4, { publishedAt: null }), seriesPart(2)],
    BERLIN,
  );
  const doc = parse(html);

  it('heads the document with the series title', () => {
    expect(doc.querySelectorAll('h1').map(textOf)).toEqual(['Kernel Log: Coming in 3.0']);
    expect(textOf(doc.querySelector('title'))).toBe('Kernel Log: Coming in 3.0');
  });

  it('opens with a table of contents linking to every published part, in order', () => {
    const entries = doc.querySelectorAll('nav.contents li a');
    expect(textOf(doc.querySelector('nav.contents h2'))).toBe('Contents');
    expect(entries.map(textOf)).toEqual([
      'Coming in 3.0 (Part 1)',
      'Coming in 3.0 (Part 2)',
      'Coming in 3.0 (Part 3)',
    ]);
    expect(doc.querySelectorAll('nav.contents li').map((li) => attr(li, 'value'))).toEqual(['1', '2', '3']);
    const targets = entries.map((a) => attr(a, 'href'));
    expect(targets).toEqual(['#part-1', '#part-2', '#part-3']);
    for (const target of targets) expect(doc.querySelector(`article${target}`)).not.toBeNull();
  });

  it('prints each published part whole, as its own article, and leaves drafts out', () => {
    const parts = doc.querySelectorAll('main > article');
    expect(parts.map((part) => textOf(part.querySelector('h2')))).toEqual([
      'Coming in 3.0 (Part 1)',
      'Coming in 3.0 (Part 2)',
      'Coming in 3.0 (Part 3)',
    ]);
    expect(textOf(parts[1].querySelector('.series-part'))).toBe('Kernel Log: Coming in 3.0 – Part 2 of 4');
    expect(textOf(parts[1].querySelector('section.page h3'))).toBe('Page of part 2');
    expect(textOf(parts[1].querySelector('.dateline time'))).toBe('02 July 2011, 16:49');
    expect(html).not.toContain('Part 4');
  });

  it('numbers endnotes per part, from [1], with ids unique in the document', () => {
    const parts = doc.querySelectorAll('main > article');
    for (const [i, part] of parts.entries()) {
      expect(part.querySelectorAll('.endnotes li').map(textOf)).toEqual([
        `[1] https://example.org/part-${i + 1}`,
      ]);
      expect(attr(part.querySelector('a.note-ref'), 'href')).toBe(`#part-${i + 1}-note-1`);
      expect(attr(part.querySelector('.endnotes li'), 'id')).toBe(`part-${i + 1}-note-1`);
    }
  });

  it('prints German labels for a German series', () => {
    const german = parse(
      renderSeriesPrint({ ...SERIES, locale: 'de' }, [seriesPart(1, { locale: 'de' })], BERLIN),
    );
    expect(textOf(german.querySelector('nav h2'))).toBe('Inhalt');
    expect(textOf(german.querySelector('nav li'))).toBe('Coming in 3.0 (Part 1)');
    expect(attr(german.querySelector('article'), 'lang')).toBeNull();
  });

  it('marks a part written in another language than the series', () => {
    const mixed = parse(renderSeriesPrint({ ...SERIES, locale: 'de' }, [seriesPart(1)], BERLIN));
    expect(attr(mixed.querySelector('article'), 'lang')).toBe('en');
  });

  it('numbers the contents by part number, lists untranslated parts and announced ones as coming', () => {
    // The German series: parts 1 and 2 only in English, part 3 in German, part 4 announced.
    const german = parse(
      renderSeriesPrint(
        {
          ...SERIES,
          locale: 'de',
          contents: [
            { number: 4, status: 'announced', workingTitle: 'Treiber', expectedAt: '2011-07-14' },
            {
              number: 1,
              status: 'untranslated',
              languages: [{ locale: 'en', title: 'Networking', url: 'https://www.example.com/en/news/p1' }],
            },
            {
              number: 2,
              status: 'untranslated',
              languages: [{ locale: 'en', title: 'Filesystems', url: null }],
            },
            { number: 3, status: 'published' },
          ],
        },
        [seriesPart(3, { locale: 'de' })],
        BERLIN,
      ),
    );
    const items = german.querySelectorAll('nav.contents li');
    expect(items.map((li) => attr(li, 'value'))).toEqual(['1', '2', '3', '4']);
    expect(items.map(textOf)).toEqual([
      'Networking (nur auf Englisch: https://www.example.com/en/news/p1)',
      'Filesystems (nur auf Englisch)',
      'Coming in 3.0 (Part 3)',
      'Treiber – demnächst (erwartet am 14. Juli 2011)',
    ]);
    expect(attr(items[0].querySelector('span'), 'lang')).toBe('en');
    expect(attr(items[2].querySelector('a'), 'href')).toBe('#part-1');
    expect(german.querySelectorAll('main > article')).toHaveLength(1);
  });

  it('writes JSON-LD as a data block that editor text cannot close', () => {
    const html = renderSeriesPrint(
      { ...SERIES, jsonLd: { '@type': 'CreativeWorkSeries', name: '</script><script>alert(1)</script>' } },
      [],
      BERLIN,
    );
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(block)).toEqual({
      '@type': 'CreativeWorkSeries',
      name: '</script><script>alert(1)</script>',
    });
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('prints an empty contents list when nothing is published yet', () => {
    const empty = parse(renderSeriesPrint(SERIES, [], BERLIN));
    expect(empty.querySelectorAll('article')).toHaveLength(0);
    expect(textOf(empty.querySelector('h1'))).toBe('Kernel Log: Coming in 3.0');
  });
});
