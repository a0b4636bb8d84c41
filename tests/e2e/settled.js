/* Checks of what a page shows once it has settled, for the browser tests. */

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads the page with `read` until it answers `expected` (deep equal), and
 * throws naming `what`, the expected and the last answer when it does not
 * within `timeout` ms: the page may render late, the answer must come.
 */
async function settlesTo(read, expected, what, timeout = 15_000) {
  const until = Date.now() + timeout;
  let actual;
  for (;;) {
    actual = await read().catch((error) => `unreadable: ${error.message}`);
    if (same(actual, expected)) return actual;
    if (Date.now() > until) break;
    await sleep(250);
  }
  throw new Error(`${what}: the page shows ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

/**
 * Fails when `locator` matches anything during the next `ms` ms, after the
 * page's requests have quieted: a control that renders late is seen too.
 */
async function staysAbsent(page, locator, what, ms = 4_000) {
  await page.waitForLoadState('networkidle').catch(() => {});
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const count = await locator.count();
    if (count !== 0) throw new Error(`${what}: shown (${count}) although the role may not use it`);
    await sleep(200);
  }
}

/** The rows of one series card on the board: the part's id, its number label and its title, top to bottom. */
const boardRows = (page, series) =>
  page
    .locator(`[data-series="${series}"] [data-part]`)
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.getAttribute('data-part'),
        row.firstElementChild.textContent.trim(),
        row.querySelector('a').textContent.trim(),
      ]),
    );

module.exports = { boardRows, settlesTo, staysAbsent };
