import { kernelLogPart3, seriesPart } from '../../../test/print-fixtures';
import { renderArticlePrint, renderSeriesPrint } from './render';
import { validationErrors } from '../../../test/print-helpers';

const BERLIN = { timezone: 'Europe/Berlin' };

const deepHeadings = [
  { type: 'heading', level: 4, children: [{ type: 'text', text: 'Starts deep' }] },
  { type: 'heading', level: 1, children: [{ type: 'text', text: 'Then top' }] },
  { type: 'heading', level: 6, children: [{ type: 'text', text: 'Then jumps' }] },
  {
    type: 'list',
    format: 'ordered',
    children: [
      {
        type: 'list',
        format: 'unordered',
        children: [{ type: 'list-item', children: [{ type: 'text', text: 'orphan' }] }],
      },
      {
        type: 'list-item',
        children: [
          {
            type: 'text',
            text: 'line one\nline two',
            bold: true,
            italic: true,
            underline: true,
            strikethrough: true,
            code: true,
          },
        ],
      },
    ],
  },
  {
    type: 'image',
    image: { url: 'https://cdn.example.org/x.png', alternativeText: null, width: -1, height: 'big' },
  },
];

describe('print HTML passes html-validate (recommended)', () => {
  it.each([
    ['the Kernel Log article', renderArticlePrint(kernelLogPart3(), BERLIN)],
    ['the German article', renderArticlePrint(kernelLogPart3({ locale: 'de' }), BERLIN)],
    [
      'an article without extras',
      renderArticlePrint(
        kernelLogPart3({
          kicker: null,
          series: null,
          authors: [],
          publishedAt: null,
          corrections: [],
          partnerLine: null,
          permalinkUrl: null,
          canonicalUrl: null,
        }),
        BERLIN,
      ),
    ],
    [
      'a page without a title and odd headings',
      renderArticlePrint(
        kernelLogPart3({
          pages: [
            { title: '', body: deepHeadings },
            { title: 'Second', body: deepHeadings },
          ],
        }),
        BERLIN,
      ),
    ],
    [
      'a series print',
      renderSeriesPrint(
        { title: 'Kernel Log: Coming in 3.0', description: 'Four parts.', locale: 'en' },
        [seriesPart(1), seriesPart(2), kernelLogPart3()],
        BERLIN,
      ),
    ],
    [
      'a series with nothing published',
      renderSeriesPrint({ title: 'Kernel Log: Coming in 4.0', locale: 'en' }, [], BERLIN),
    ],
  ])('%s', async (_name, html) => {
    expect(await validationErrors(html)).toEqual([]);
  });

  it('is strict enough to fail on a broken document', async () => {
    const broken = renderArticlePrint(kernelLogPart3(), BERLIN)
      .replace('<h2>', '<h4>')
      .replace('</h2>', '</h4>');
    expect(await validationErrors(broken)).toEqual([expect.stringMatching(/^heading-level:/)]);
    expect(
      await validationErrors(
        '<!DOCTYPE html><html><head><title>x</title></head><body><p><div></div></p></body></html>',
      ),
    ).not.toEqual([]);
  });
});
