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
      'Part 1: Coming in 3.0 (Part 1)',
      'Part 2: Coming in 3.0 (Part 2)',
      'Part 3: Coming in 3.0 (Part 3)',
    ]);
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
    expect(textOf(german.querySelector('nav li'))).toBe('Teil 1: Coming in 3.0 (Part 1)');
    expect(attr(german.querySelector('article'), 'lang')).toBeNull();
  });

  it('marks a part written in another language than the series', () => {
    const mixed = parse(renderSeriesPrint({ ...SERIES, locale: 'de' }, [seriesPart(1)], BERLIN));
    expect(attr(mixed.querySelector('article'), 'lang')).toBe('en');
  });

  it('prints an empty contents list when nothing is published yet', () => {
    const empty = parse(renderSeriesPrint(SERIES, [], BERLIN));
    expect(empty.querySelectorAll('article')).toHaveLength(0);
    expect(textOf(empty.querySelector('h1'))).toBe('Kernel Log: Coming in 3.0');
  });
});
