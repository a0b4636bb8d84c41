import { kernelLogPart3, PAGE_ONE } from '../../../test/print-fixtures';
import { parse, textOf, validationErrors } from '../../../test/print-helpers';
import { renderArticlePrint } from './render';

// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;

describe('control characters in print views', () => {
  it('never reach the page, from any field', async () => {
    const article = kernelLogPart3({
      title: 'Kernel\u0000 Log\u0007: Coming in 3.0',
      kicker: 'Esc\u001B[31m red\u009B',
      partnerLine: 'Partner\u0008 line',
      pages: [
        {
          title: 'Page\u0001 one',
          body: [
            { type: 'paragraph', children: [{ type: 'text', text: 'NUL\u0000 in the body\u007F' }] },
            ...PAGE_ONE,
          ],
        },
      ],
    });
    const html = renderArticlePrint(article, { timezone: 'Europe/Berlin' });
    expect(html).not.toMatch(CONTROLS);
    expect(textOf(parse(html).querySelector('h1'))).toBe('Kernel Log: Coming in 3.0');
    expect(html).toContain('NUL in the body');
    expect(await validationErrors(html)).toEqual([]);
  });
});
