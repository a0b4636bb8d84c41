/**
 * Browser tests of the Newsroom admin UI: a real Strapi server, Debian's
 * chromium driven by playwright-core. `node tests/e2e/run.js`
 * (CHROMIUM=/path overrides the browser; E2E_ONLY=login,tabs runs the tests
 * with those slugs (a word that is no slug picks the tests whose name
 * contains it), the others count as skipped; the tests share one page, so most need
 * `login` first). The counts go to .tmp/e2e-results.json as
 * { passed, failed, skipped }.
 */
const fs = require('fs');
const path = require('path');
const { launchChromium } = require('../helpers/chromium');
const { ensureBuild, startServer } = require('./server');
const { tests, cleanup } = require('./tests');

const SHOTS = path.join(__dirname, 'screenshots');
const RESULTS = path.join(__dirname, '..', '..', '.tmp', 'e2e-results.json');

/** Writes the counts; tests that never ran because the run broke off count as failed, not passed. */
function writeResults({ passed, failed, skipped }, ran) {
  const counts = { passed, failed: failed + (tests.length - skipped - ran), skipped };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify(counts)}\n`);
  return counts;
}

const only = process.env.E2E_ONLY;
const words = (only ?? '')
  .split(',')
  .map((word) => word.trim())
  .filter(Boolean);
// A word names the test with that slug, or (when no slug is that word) every test whose name contains it.
const named = (test, word) =>
  tests.some((t) => t.slug === word) ? test.slug === word : test.name.includes(word);
const chosen = tests.filter((test) => !only || words.some((word) => named(test, word)));
const counts = { passed: 0, failed: 0, skipped: tests.length - chosen.length };

async function main() {
  fs.rmSync(RESULTS, { force: true });
  if (chosen.length === 0) throw new Error(`E2E_ONLY=${JSON.stringify(only)} names no test`);
  const build = ensureBuild();
  const server = await startServer();
  console.log(`[e2e] server at ${server.url} (boot ${server.bootMs} ms)`);
  // Only this run's screenshots: a failed-*.png left from an earlier run would mislead.
  fs.rmSync(SHOTS, { recursive: true, force: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const failures = [];
  try {
    for (const test of chosen) {
      const started = Date.now();
      try {
        await test.run({
          page,
          url: server.url,
          server,
          shot: (name, on = page) => on.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true }),
        });
        counts.passed += 1;
        console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
      } catch (error) {
        counts.failed += 1;
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
  const written = writeResults(counts, counts.passed + counts.failed);
  for (const test of tests.filter((t) => !chosen.includes(t))) console.log(`  - ${test.name} (skipped)`);
  console.log(
    `[e2e] build ${build.cached ? 'cached' : 'fresh'} ${build.ms} ms; ${written.passed} passed, ${written.failed} failed, ${written.skipped} skipped${only ? ` (E2E_ONLY=${JSON.stringify(only)})` : ''}`,
  );
  process.exitCode = written.failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  const written = writeResults(counts, counts.passed + counts.failed);
  console.log(
    `[e2e] broke off: ${written.passed} passed, ${written.failed} failed, ${written.skipped} skipped`,
  );
  process.exitCode = 1;
});
