import { RuleError } from '../errors';
import { kernelLogPart3 } from '../../../test/print-fixtures';
import { renderArticlePrint } from './render';
import { attr, parse, textOf } from '../../../test/print-helpers';

const BERLIN = { timezone: 'Europe/Berlin' };

describe('renderArticlePrint', () => {
  const html = renderArticlePrint(kernelLogPart3(), BERLIN);
  const doc = parse(html);

  it('is a complete HTML5 document in the article language', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(attr(doc.querySelector('html'), 'lang')).toBe('en');
    expect(doc.querySelector('meta[charset]') ?? doc.querySelector('meta[charSet]')).not.toBeNull();
    expect(textOf(doc.querySelector('title'))).toBe('Coming in 3.0 (Part 3)');
    expect(attr(doc.querySelector('link[rel="canonical"]'), 'href')).toBe(
      'http://www.h-online.com/open/features/kernel-log-coming-in-3-0-part-3-1275463.html',
    );
  });

  it('heads the article with kicker, headline, part, byline and Berlin time', () => {
    expect(textOf(doc.querySelector('article header .kicker'))).toBe('Kernel Log');
    expect(doc.querySelectorAll('h1').map(textOf)).toEqual(['Coming in 3.0 (Part 3)']);
    expect(textOf(doc.querySelector('.series-part'))).toBe('Kernel Log: Coming in 3.0 – Part 3 of 4');
    expect(textOf(doc.querySelector('.byline'))).toBe('By Thorsten Leemhuis');
    const time = doc.querySelector('.dateline time');
    expect(textOf(time)).toBe('07 July 2011, 16:49');
    expect(attr(time, 'datetime')).toBe('2011-07-07T16:49:00+02:00');
  });

  it('prints every page in order under its title, with body headings below it', () => {
    const pages = doc.querySelectorAll('section.page');
    expect(pages.map((page) => textOf(page.querySelector('h2')))).toEqual([
      'Architecture, infrastructure and virtualisation',
      'Size optimisation, MM, problem areas',
    ]);
    expect(textOf(pages[0].querySelector('h3'))).toBe('Virtualisation');
    expect(textOf(pages[1].querySelector('h3'))).toBe('Architecture code');
    expect(textOf(pages[1].querySelector('pre code'))).toBe('make ARCH=tile defconfig');
    expect(attr(pages[1].querySelector('figure img'), 'src')).toBe('https://cdn.example.org/tux.png');
  });

  it('turns links into numbered markers, reusing the number of a URL cited again', () => {
    const first = textOf(doc.querySelector('section.page p'));
    expect(first).toBe(
      'Linus Torvalds released 3.0-rc6[1] on Monday 4 July; the Intel isci driver went in[2] late.',
    );
    expect(textOf(doc.querySelectorAll('section.page p')[1])).toBe(
      'Xen Dom0 support is complete (blkback[3], see the release mail again[1]).',
    );
    expect(doc.querySelectorAll('a.note-ref').map((a) => attr(a, 'href'))).toEqual([
      '#note-1',
      '#note-2',
      '#note-3',
      '#note-1',
      '#note-4',
    ]);
  });

  it('lists each cited URL once, numbered, after the pages', () => {
    const notes = doc.querySelectorAll('section.endnotes ol li');
    expect(notes.map(textOf)).toEqual([
      '[1] https://lkml.example.org/2011/7/4/rc6',
      '[2] https://git.example.org/isci',
      '[3] https://git.example.org/xen-blkback',
      '[4] mailto:tile@example.org',
    ]);
    expect(notes.map((li) => attr(li, 'id'))).toEqual(['note-1', 'note-2', 'note-3', 'note-4']);
    expect(textOf(doc.querySelector('section.endnotes h2'))).toBe('Links');
  });

  it('shows corrections, partner line and permalink', () => {
    expect(textOf(doc.querySelector('section.corrections h2'))).toBe('Corrections');
    expect(textOf(doc.querySelector('section.corrections li'))).toBe(
      '08 July 2011: The isci driver serves the C600 chipset, not the C200.',
    );
    expect(textOf(doc.querySelector('footer .partner-line'))).toBe('In association with heise online');
    expect(textOf(doc.querySelector('footer .permalink'))).toBe('Permalink: http://h-online.com/-1275463');
    expect(attr(doc.querySelector('footer .permalink a'), 'href')).toBe('http://h-online.com/-1275463');
  });

  it('prints the German article with German labels and date', () => {
    const german = parse(renderArticlePrint(kernelLogPart3({ locale: 'de', authors: ['A', 'B'] }), BERLIN));
    expect(attr(german.querySelector('html'), 'lang')).toBe('de');
    expect(textOf(german.querySelector('.series-part'))).toBe('Kernel Log: Coming in 3.0 – Teil 3 von 4');
    expect(textOf(german.querySelector('.byline'))).toBe('Von A und B');
    expect(textOf(german.querySelector('.dateline time'))).toBe('07. Juli 2011, 16:49');
    expect(textOf(german.querySelector('section.corrections h2'))).toBe('Korrekturen');
    expect(textOf(german.querySelector('section.corrections time'))).toBe('08. Juli 2011');
  });

  it('shows the time of the newsroom zone it is given', () => {
    const newYork = parse(renderArticlePrint(kernelLogPart3(), { timezone: 'America/New_York' }));
    expect(textOf(newYork.querySelector('.dateline time'))).toBe('07 July 2011, 10:49');
  });

  it('leaves out what the article does not have', () => {
    const bare = parse(
      renderArticlePrint(
        kernelLogPart3({
          kicker: null,
          series: null,
          authors: [],
          publishedAt: null,
          corrections: [],
          partnerLine: null,
          permalinkUrl: null,
          pages: [
            { title: '', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Only text.' }] }] },
          ],
        }),
        BERLIN,
      ),
    );
    for (const selector of [
      '.kicker',
      '.series-part',
      '.byline',
      '.dateline',
      '.corrections',
      '.endnotes',
      'footer',
      'h2',
    ]) {
      expect(bare.querySelector(selector)).toBeNull();
    }
    expect(textOf(bare.querySelector('section.page'))).toBe('Only text.');
  });

  it('refuses a timezone that is not IANA, with a sentence', () => {
    expect(() => renderArticlePrint(kernelLogPart3(), { timezone: 'CEST+2' })).toThrow(RuleError);
  });

  it('prints malformed pages instead of throwing', () => {
    const broken = kernelLogPart3({
      pages: [
        null,
        { title: 7, body: 'nope' },
        { title: 'Kept', body: [{ type: 'heading', level: 'x', children: [] }] },
      ],
    } as never);
    const printed = parse(renderArticlePrint(broken, BERLIN));
    expect(printed.querySelectorAll('section.page h2').map(textOf)).toEqual(['Kept']);
  });
});
