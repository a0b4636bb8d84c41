/* global document */
/* The browser tests, in order: they share one server and one logged-in page. */
const SERIES = 'kernel-log-coming-in-3-0';
const ARTICLE = 'plugin::newsroom.article';
const ZONE = 'Europe/Berlin';

const readSeries = async (url) => (await (await fetch(`${url}/api/newsroom/series/${SERIES}`)).json()).data;

/** Wall-clock date and time in the newsroom's zone of the first whole minute at least `ms` ahead. */
function nextMinute(ms) {
  const at = new Date(Math.ceil((Date.now() + ms) / 60_000) * 60_000);
  const date = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return { at, date, time };
}

/** A draft part 4 of the demo series, made through the Content Manager API the way the editor's form saves it. */
async function createDraftPart(url) {
  const login = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'editor@newsroom.local', password: 'Newsroom-Dev-2026' }),
  });
  const token = (await login.json()).data.token;
  const series = await readSeries(url);
  const res = await fetch(`${url}/admin/../content-manager/collection-types/${ARTICLE}?locale=en`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      title: 'Kernel Log: Coming in 3.0 (Part 4) - Drivers',
      series: series.documentId,
    }),
  });
  if (res.status !== 201) throw new Error(`creating a draft part: ${res.status} ${await res.text()}`);
  return (await res.json()).data.documentId;
}

const openBoard = async (page, url) => {
  await page.goto(`${url}/admin/plugins/newsroom`);
  await page.locator(`[data-series="${SERIES}"] [data-part]`).first().waitFor();
};

const partIds = (page) =>
  page
    .locator(`[data-series="${SERIES}"] [data-part]`)
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-part')));

const tests = [
  {
    name: 'logs in with the demo account and opens the series board',
    slug: 'login',
    async run({ page, url, shot }) {
      await page.goto(`${url}/admin/auth/login`);
      await page.locator('input[name="email"]').fill('editor@newsroom.local');
      await page.locator('input[name="password"]').fill('Newsroom-Dev-2026');
      await page.locator('button[type="submit"]').click();
      await page.getByRole('link', { name: 'Newsroom' }).first().waitFor();
      await openBoard(page, url);
      await page.getByRole('tab', { name: 'Series board' }).waitFor();
      await shot('01-series-board');
    },
  },
  {
    name: 'reorders two parts and the read API shows the new order',
    slug: 'reorder',
    async run({ page, url, shot }) {
      await openBoard(page, url);
      const before = await partIds(page);
      const first = page.locator(`[data-series="${SERIES}"] [data-part="${before[0]}"]`);
      await first.getByRole('button', { name: /down/i }).click();
      await page.getByText('The new order is saved.').first().waitFor();
      await page.waitForFunction(
        ([sel, id]) => document.querySelectorAll(sel)[1]?.getAttribute('data-part') === id,
        [`[data-series="${SERIES}"] [data-part]`, before[0]],
      );
      const series = await readSeries(url);
      const order = series.parts.filter((p) => p.documentId).map((p) => p.documentId);
      const expected = [before[1], before[0], ...before.slice(2)].filter((id) => order.includes(id));
      if (JSON.stringify(order) !== JSON.stringify(expected)) {
        throw new Error(`read API order ${JSON.stringify(order)}, expected ${JSON.stringify(expected)}`);
      }
      await shot('02-reordered');
    },
  },
  {
    name: 'schedules a part a minute ahead and watches its chip turn published',
    slug: 'schedule',
    async run({ page, url, shot }) {
      const documentId = await createDraftPart(url);
      await openBoard(page, url);
      await page
        .locator(
          `[data-chip="${documentId}:en"][data-state="draft"], [data-chip="${documentId}:en"][data-state="announced"]`,
        )
        .waitFor();
      await page.goto(
        `${url}/admin/content-manager/collection-types/${ARTICLE}/${documentId}?plugins[i18n][locale]=en`,
      );
      const form = page.locator('[data-schedule-form]');
      await form.waitFor();
      const when = nextMinute(15_000);
      await form.locator('input[type="date"]').fill(when.date);
      await form.locator('input[type="time"]').fill(when.time);
      await form.getByRole('checkbox').check();
      await form.getByRole('button', { name: 'Schedule' }).click();
      await page.locator('[data-pending]').first().waitFor();
      await shot('03-panel-scheduled');
      await openBoard(page, url);
      await page.locator(`[data-chip="${documentId}:en"][data-state="scheduled"]`).waitFor();
      await shot('04-chip-scheduled');
      const wait = when.at.getTime() - Date.now() + 30_000;
      await page.locator(`[data-chip="${documentId}:en"][data-state="published"]`).waitFor({ timeout: wait });
      await shot('05-chip-published');
    },
  },
  {
    name: 'opens the side panel of an article and copies its permalink',
    slug: 'permalink',
    async run({ page, url, shot }) {
      const series = await readSeries(url);
      const part = series.parts.find((p) => p.status === 'published');
      await page.goto(
        `${url}/admin/content-manager/collection-types/${ARTICLE}/${part.documentId}?plugins[i18n][locale]=en`,
      );
      const panel = page.locator('[data-newsroom-panel]');
      await panel.locator('[data-permalink]').waitFor();
      const shown = (await panel.locator('[data-permalink]').innerText()).trim();
      await panel.getByRole('button', { name: 'Copy' }).click();
      await page.getByText('Permalink copied.').first().waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      if (copied !== shown || !/\/-\d+$/.test(copied)) throw new Error(`copied ${copied}, shown ${shown}`);
      await panel.getByText(/Part \d+ of \d+/).waitFor();
      await shot('06-panel-permalink');
    },
  },
  {
    name: 'shows the schedule calendar and the timelines',
    slug: 'tabs',
    async run({ page, url, shot }) {
      await page.goto(`${url}/admin/plugins/newsroom`);
      await page.getByRole('tab', { name: 'Schedule calendar' }).click();
      await page.getByText('Last seven days').waitFor();
      await page.locator('[data-action]').first().waitFor();
      await shot('07-schedule-calendar');
      await page.getByRole('tab', { name: 'Timelines' }).click();
      await page.locator('[data-timeline]').first().waitFor();
      await page.locator('[data-timeline-line]').first().waitFor();
      await shot('08-timelines');
    },
  },
];

module.exports = { tests };
