/**
 * Browser tests of the Newsroom admin UI: a real Strapi server, Debian's
 * chromium driven by playwright-core. `node tests/e2e/run.js`
 * (CHROMIUM=/path overrides the browser; E2E_ONLY=name runs one test).
 */
const fs = require('fs');
const path = require('path');
const { launchChromium } = require('../helpers/chromium');
const { ensureBuild, startServer } = require('./server');
const { tests, cleanup } = require('./tests');

const SHOTS = path.join(__dirname, 'screenshots');

async function main() {
  const build = ensureBuild();
  const server = await startServer();
  console.log(`[e2e] server at ${server.url} (boot ${server.bootMs} ms)`);
  fs.mkdirSync(SHOTS, { recursive: true });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const failures = [];
  const only = process.env.E2E_ONLY;
  try {
    for (const test of tests) {
      if (only && !test.name.includes(only)) continue;
      const started = Date.now();
      try {
        await test.run({
          page,
          url: server.url,
          server,
          shot: (name, on = page) => on.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true }),
        });
        console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failures.push(test.name);
        console.log(
          `  ✕ ${test.name} (${Date.now() - started} ms)\n    ${String(error && error.stack)
            .split('\n')
            .slice(0, 6)
            .join('\n    ')}`,
        );
        await page
          .screenshot({ path: path.join(SHOTS, `failed-${test.slug}.png`), fullPage: true })
          .catch(() => {});
      }
    }
  } finally {
    await cleanup().catch((error) => console.error(error));
    await browser.close();
    await server.stop();
  }
  console.log(
    `[e2e] build ${build.cached ? 'cached' : 'fresh'} ${build.ms} ms; ${failures.length ? `${failures.length} failed` : 'all passed'}`,
  );
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
