import { PRINT_STYLESHEET } from './stylesheet';

describe('PRINT_STYLESHEET', () => {
  it('prints on A4 with margins', () => {
    expect(PRINT_STYLESHEET).toMatch(/@page\s*{\s*size:\s*A4;\s*margin:[^;]+;/);
  });

  it('sets text in a serif stack', () => {
    expect(PRINT_STYLESHEET).toMatch(/font-family:[^;]*Georgia[^;]*,\s*serif;/);
  });

  it('prints links black', () => {
    expect(PRINT_STYLESHEET).toMatch(/a, a:visited\s*{\s*color:\s*#000;/);
  });

  it('starts every part of a series print on a new page and keeps headings with their text', () => {
    expect(PRINT_STYLESHEET).toMatch(/\.series-print > article\s*{\s*break-before:\s*page;/);
    expect(PRINT_STYLESHEET).toMatch(/h6\s*{[^}]*break-after:\s*avoid;/);
  });

  it('cannot close its own <style> element', () => {
    expect(PRINT_STYLESHEET).not.toMatch(/<\//);
  });
});
