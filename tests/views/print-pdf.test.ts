import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Browser } from 'playwright-core';
import { startApp, type TestApp } from '../helpers/strapi';

const { CHROMIUM, launchChromium } = require('../helpers/chromium');
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Headless Chromium prints the print view to PDF, as a reader's "Print" would. */
describe('print view in a real browser', () => {
  let app: TestApp;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    if (!hasPdftotext) throw new Error('pdftotext and pdfinfo are missing: apt-get install -y poppler-utils');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-pdf-'));
    [app, browser] = await Promise.all([startApp(), launchChromium() as Promise<Browser>]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints part 3 to a PDF on A4 paper, as its @page rule asks, whose text holds the headline and the endnotes', async () => {
    const part3 = await app.strapi.db.query('plugin::newsroom.article' as any).findOne({
      where: { partNumber: 3, locale: 'en', publishedAt: { $notNull: true } },
      select: ['slug'],
    });
    const res = await app.http().get(`/api/newsroom/articles/${part3.slug}/print`).expect(200);
    const page = await browser.newPage();
    // No network: the page must print from what it carries (its stylesheet is inline).
    await page.route('**/*', (route) => route.abort());
    await page.setContent(res.text, { waitUntil: 'load' });
    const file = path.join(dir, 'part3.pdf');
    // No paper size of the test's own: the stylesheet's `@page { size: A4 }` decides (as a reader's
    // browser honours it); without it Chromium would print US Letter.
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: false });
    await page.close();

    // Every page is A4 (595.28 x 841.89 pt), read from the file itself.
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) =>
      m.slice(1, 3).map((pts) => Math.round(Number(pts))),
    );
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(sizes).toEqual(Array.from({ length: pages }, () => [595, 842]));
    // And its margins: no word closer to the left edge than 18 mm (51 pt), none above 20 mm (57 pt).
    const words = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    const boxes = [...words.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"/g)].map((m) =>
      m.slice(1, 3).map(Number),
    );
    expect(boxes.length).toBeGreaterThan(20);
    expect(Math.min(...boxes.map(([x]) => x))).toBeGreaterThanOrEqual(50.5);
    expect(Math.min(...boxes.map(([, y]) => y))).toBeGreaterThanOrEqual(56);

    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
      /[ \t]+/g,
      ' ',
    );
    expect(text).toContain('Kernel Log: Coming in 3.0 (Part 3) - Architecture,');
    expect(text).toContain('[1] https://blog.xen.org/');
    expect(text).toContain('[2] https://kernelnewbies.org/Linux_3.0#Architecture-specific_changes');
    expect(text).toContain('07 July 2011, 16:49');
  });

  it('reads the JSON-LD data block under the print CSP, which blocks a real inline script', async () => {
    const server = app.strapi.server.httpServer;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const page = await browser.newPage();
    try {
      await page.addInitScript(() => {
        (window as any).violations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as any).violations.push(event.violatedDirective),
        );
      });
      const url = `http://127.0.0.1:${port}/api/newsroom/series/kernel-log-coming-in-3-0/print`;
      const res = await page.goto(url);
      expect(res?.headers()['content-security-policy']).toMatch(/default-src 'none'/);
      const ld = await page.evaluate(() =>
        JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!),
      );
      expect(ld['@type']).toBe('CreativeWorkSeries');
      expect(await page.evaluate(() => (window as any).violations)).toEqual([]);
      // The control: an inline script added to the same page is refused by the CSP.
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = '(window).ran = true;';
        document.head.append(script);
      });
      await page.waitForFunction(() => (window as any).violations.length > 0);
      expect(await page.evaluate(() => [(window as any).ran ?? false, (window as any).violations])).toEqual([
        false,
        [expect.stringMatching(/^script-src/)],
      ]);
    } finally {
      await page.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
