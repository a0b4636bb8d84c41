/* The browser tests, in order: they share one server and one logged-in page. */
const { createBundleTests } = require('./tests-bundles');
const { createRoundTwo } = require('./tests-round-two');
const { boardRows, settlesTo, staysAbsent } = require('./settled');

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

const DEMO = { email: 'editor@newsroom.local', password: 'Newsroom-Dev-2026' };
const tokens = new Map();

/** Calls the admin API as the given account (the demo editor by default); returns the parsed body. */
async function adminApi(url, method, path, body, credentials = DEMO) {
  // One login per account: Strapi rate-limits admin logins (5 per account and address).
  if (!tokens.has(credentials.email)) {
    const login = await fetch(`${url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    tokens.set(credentials.email, (await login.json()).data.token);
  }
  const token = tokens.get(credentials.email);
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

/** A draft part 4 of the demo series, made through the Content Manager API the way the editor's form saves it. */
async function createDraftPart(url) {
  const series = await readSeries(url);
  const res = await adminApi(url, 'POST', `/content-manager/collection-types/${ARTICLE}?locale=en`, {
    title: 'Kernel Log: Coming in 3.0 (Part 4) - Drivers',
    series: series.documentId,
  });
  if (res.status !== 201) throw new Error(`creating a draft part: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.documentId;
}

const openBoard = async (page, url) => {
  await page.goto(`${url}/admin/plugins/newsroom`);
  await page.locator(`[data-series="${SERIES}"] [data-part]`).first().waitFor();
};

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
      const before = await boardRows(page, SERIES);
      // The demo series has three published parts, numbered 1..3 on the board.
      if (before.length !== 3 || before.some((row, i) => row[1] !== `Part ${i + 1}`)) {
        throw new Error(`board before the reorder: ${JSON.stringify(before)}`);
      }
      const first = page.locator(`[data-series="${SERIES}"] [data-part="${before[0][0]}"]`);
      await first.getByRole('button', { name: /down/i }).click();
      await page.getByText('The new order is saved.').first().waitFor();
      // The first two parts swap places; the numbers stay in order, the titles move with their parts.
      const swapped = [before[1], before[0], before[2]];
      await settlesTo(
        () => boardRows(page, SERIES),
        swapped.map(([id, , title], i) => [id, `Part ${i + 1}`, title]),
        'the board after moving part 1 down',
      );
      const series = await readSeries(url);
      const read = series.parts.slice(0, 3).map((p) => [p.documentId, p.number, p.status, p.title]);
      const expected = swapped.map(([id, , title], i) => [id, i + 1, 'published', title]);
      if (JSON.stringify(read) !== JSON.stringify(expected)) {
        throw new Error(`read API parts ${JSON.stringify(read)}, expected ${JSON.stringify(expected)}`);
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
      // A correction of the live part, scheduled: the panel lists it as an update, not a publish.
      const update = await adminApi(url, 'POST', '/newsroom/schedule/actions', {
        targetType: ARTICLE,
        documentId: part.documentId,
        locale: 'en',
        date: '2031-01-14',
        time: '16:49',
      });
      if (update.status !== 201) throw new Error(`update: ${update.status} ${JSON.stringify(update.body)}`);
      const panel = page.locator('[data-newsroom-panel]');
      await panel.locator('[data-permalink]').waitFor();
      await settlesTo(
        async () =>
          (await panel.locator(`[data-pending="${update.body.data[0].id}"]`).innerText())
            .split('\n')[0]
            .trim(),
        'Update EN · Tue, 14 Jan 2031, 16:49',
        'the pending update in the panel',
      );
      const shown = (await panel.locator('[data-permalink]').innerText()).trim();
      await panel.getByRole('button', { name: 'Copy' }).click();
      await page.getByText('Permalink copied.').first().waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      if (copied !== shown || !/\/-\d+$/.test(copied)) throw new Error(`copied ${copied}, shown ${shown}`);
      await panel.getByText(/Part \d+ of \d+/).waitFor();
      await shot('06-panel-permalink');
      await adminApi(url, 'DELETE', `/newsroom/schedule/actions/${update.body.data[0].id}`);
    },
  },
  {
    name: 'shows the schedule calendar and the timelines',
    slug: 'tabs',
    async run({ page, url, shot }) {
      await page.goto(`${url}/admin/plugins/newsroom`);
      // The page must show what the calendar API gave it: every item, by its time, action, title and locale.
      const answered = page.waitForResponse(
        (res) => new URL(res.url()).pathname === '/newsroom/calendar' && res.request().method() === 'GET',
      );
      await page.getByRole('tab', { name: 'Calendar' }).click();
      const calendar = (await (await answered).json()).data;
      if (calendar.items.length === 0) throw new Error('the calendar API has no items this month to show');
      await settlesTo(
        () => page.locator('[data-calendar-title]').innerText(),
        calendar.title,
        'the calendar title',
      );
      const clock = new Intl.DateTimeFormat('en-GB', {
        timeZone: calendar.zone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
      const chip = (item) => [
        item.id,
        item.status,
        clock.format(new Date(item.at)),
        item.title ?? item.documentId,
        item.locale?.toUpperCase() ?? '',
      ];
      const shownChips = () =>
        page.locator('[data-calendar-grid="month"] [data-item]').evaluateAll((chips) =>
          chips.map((el) => {
            const text = el.textContent.trim();
            const match = /^(\d\d:\d\d) [^:]+: (.*?)(?: \(([A-Z]{2})\))?$/.exec(text);
            const [time, title, locale] = match ? match.slice(1) : ['', text, ''];
            return [el.getAttribute('data-item'), el.getAttribute('data-status'), time, title, locale ?? ''];
          }),
        );
      const byId = (rows) => [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
      await settlesTo(
        async () => byId(await shownChips()),
        byId(calendar.items.map(chip)),
        'the calendar items',
      );
      await shot('07-schedule-calendar');

      await page.getByRole('tab', { name: 'Timelines' }).click();
      const list = (await adminApi(url, 'GET', '/newsroom/board/timelines')).body.data;
      await settlesTo(
        () =>
          page
            .locator('[data-timeline]')
            .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-timeline'))),
        list.filter((item) => item.slug).map((item) => item.slug),
        'the timeline cards',
      );
      const linux = (await adminApi(url, 'GET', '/newsroom/board/timelines/linux-3-0')).body.data;
      const card = page.locator('[data-timeline="linux-3-0"]');
      await settlesTo(() => card.locator('h2').innerText(), 'Linux 3.0', 'the Linux 3.0 heading');
      await settlesTo(
        () => card.getByText(/^Today: /).innerText(),
        `Today: ${linux.state.label ?? linux.state.phase}`,
        "the Linux 3.0 card's state",
      );
      // The line labels the merge window, releases, stable updates and the latest milestone, in date order.
      const labelled = linux.milestones.filter(
        (m, i) => m.kind !== 'rc' || i === linux.milestones.length - 1,
      );
      if (labelled.length < 2) throw new Error(`linux-3-0 has ${labelled.length} labelled milestones`);
      await settlesTo(
        () =>
          card
            .locator('[data-timeline-line] [title]')
            .evaluateAll((marks) =>
              marks.map((m) => m.getAttribute('title')).filter((t) => t && !/^[▼?]$/.test(t)),
            ),
        labelled.map((m) => m.label),
        'the labels on the Linux 3.0 line',
      );
      await shot('08-timelines');
    },
  },
];

/** A role that may read and edit articles and see the Newsroom page and calendar, but not schedule. */
async function createDeskEditor(url) {
  const role = await adminApi(url, 'POST', '/admin/roles', {
    name: 'Desk (no scheduling)',
    description: 'e2e',
  });
  const cm = (action, subject, locales) => ({
    action: `plugin::content-manager.explorer.${action}`,
    subject,
    properties: locales ? { locales } : {},
    conditions: [],
  });
  const permissions = [
    cm('read', ARTICLE, ['en', 'de']),
    cm('update', ARTICLE, ['en', 'de']),
    cm('read', 'plugin::newsroom.series', ['en', 'de']),
    { action: 'plugin::newsroom.timeline.read', subject: null, properties: {}, conditions: [] },
    { action: 'plugin::newsroom.schedule.read', subject: null, properties: {}, conditions: [] },
  ];
  const granted = await adminApi(url, 'PUT', `/admin/roles/${role.body.data.id}/permissions`, {
    permissions,
  });
  if (granted.status !== 200)
    throw new Error(`permissions: ${granted.status} ${JSON.stringify(granted.body)}`);
  const account = { email: 'desk@newsroom.local', password: 'Desk-Editor-2026' };
  const user = await adminApi(url, 'POST', '/admin/users', {
    firstname: 'Desk',
    lastname: 'Editor',
    email: account.email,
    roles: [role.body.data.id],
  });
  const registered = await fetch(`${url}/admin/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      registrationToken: user.body.data.registrationToken,
      userInfo: { firstname: 'Desk', lastname: 'Editor', password: account.password },
    }),
  });
  if (registered.status !== 200) throw new Error(`register: ${registered.status} ${await registered.text()}`);
  return account;
}

tests.push(
  {
    name: 'plans the remaining parts of a series from the dialog',
    slug: 'plan',
    async run({ page, url, shot }) {
      const created = await adminApi(
        url,
        'POST',
        `/content-manager/collection-types/plugin::newsroom.series?locale=en`,
        {
          title: 'Kernel Log: Coming in 3.2',
          plannedParts: 2,
        },
      );
      const series = created.body.data;
      const parts = [];
      for (const title of [
        'Kernel Log: Coming in 3.2 (Part 1) - Network',
        'Kernel Log: Coming in 3.2 (Part 2) - Storage',
      ]) {
        const res = await adminApi(url, 'POST', `/content-manager/collection-types/${ARTICLE}?locale=en`, {
          title,
          series: series.documentId,
        });
        if (res.status !== 201) throw new Error(`part: ${res.status} ${JSON.stringify(res.body)}`);
        parts.push(res.body.data.documentId);
      }
      await page.goto(`${url}/admin/plugins/newsroom`);
      const card = page.locator(`[data-series="${series.slug}"]`);
      await card.locator('[data-part]').first().waitFor();
      await card.getByRole('button', { name: 'Plan remaining parts' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input[type="time"]').fill('16:49');
      await shot('09-plan-dialog');
      await dialog.getByRole('button', { name: 'Schedule the parts' }).click();
      await page.getByText('2 parts scheduled.').first().waitFor();
      for (const id of parts) await card.locator(`[data-chip="${id}:en"][data-state="scheduled"]`).waitFor();
      const actions = await adminApi(
        url,
        'GET',
        `/newsroom/schedule/actions?series=${series.documentId}&status=pending`,
      );
      const numbers = actions.body.data.map((a) => a.partNumber).sort();
      if (JSON.stringify(numbers) !== '[1,2]') throw new Error(`planned parts ${JSON.stringify(numbers)}`);
      await shot('10-plan-scheduled');
    },
  },
  {
    name: 'adds a milestone on the timelines page and readers see it',
    slug: 'milestone',
    async run({ page, url, shot }) {
      await page.goto(`${url}/admin/plugins/newsroom`);
      await page.getByRole('tab', { name: 'Timelines' }).click();
      const card = page.locator('[data-timeline="linux-3-0"]');
      await card.waitFor();
      await card.getByRole('combobox').click();
      await page.getByRole('option', { name: 'Stable update' }).click();
      await card.locator('input[name="label"], input[placeholder="rc5"]').first().fill('3.0.99');
      await card.locator('input[type="datetime-local"]').fill('2013-01-10T10:00');
      await card.getByRole('button', { name: 'Add milestone' }).click();
      await page.getByText('The milestone is added.').first().waitFor();
      const timeline = (await (await fetch(`${url}/api/newsroom/timelines/linux-3-0`)).json()).data;
      const added = timeline.milestones.find((m) => m.label === '3.0.99');
      // 10:00 in Berlin in January is 09:00 UTC.
      if (!added || added.at !== '2013-01-10T09:00:00.000Z') {
        throw new Error(`milestone not in the read API: ${JSON.stringify(timeline.milestones.slice(-2))}`);
      }
      await shot('11-milestone-added');
    },
  },
  {
    name: 'a role without schedule.create sees no schedule controls, and the API refuses it',
    slug: 'restricted',
    async run({ page, url, shot }) {
      const account = await createDeskEditor(url);
      const series = await readSeries(url);
      const part = series.parts.find((p) => p.status === 'published');
      const editUrl = `${url}/admin/content-manager/collection-types/${ARTICLE}/${part.documentId}?plugins[i18n][locale]=en`;
      // The demo editor, who may schedule, sees both controls on the same screens: the selectors are right.
      await page.goto(editUrl);
      await page.locator('[data-newsroom-panel] [data-schedule-form]').waitFor();
      await openBoard(page, url);
      await page
        .locator(`[data-series="${SERIES}"]`)
        .getByRole('button', { name: 'Plan remaining parts' })
        .waitFor();
      const context = await page
        .context()
        .browser()
        .newContext({ viewport: { width: 1440, height: 1000 } });
      const desk = await context.newPage();
      desk.setDefaultTimeout(20_000);
      try {
        await desk.goto(`${url}/admin/auth/login`);
        await desk.locator('input[name="email"]').fill(account.email);
        await desk.locator('input[name="password"]').fill(account.password);
        await desk.locator('button[type="submit"]').click();
        await desk.getByRole('link', { name: 'Newsroom' }).first().waitFor();
        await desk.goto(editUrl);
        const panel = desk.locator('[data-newsroom-panel]');
        await panel.locator('[data-permalink]').waitFor();
        // The panel shows the part's schedule to the desk (it may read it), just no form to add to it.
        await settlesTo(
          () => panel.getByText('Scheduled', { exact: true }).count(),
          1,
          "the desk's panel with its Scheduled section",
        );
        await staysAbsent(desk, desk.locator('[data-schedule-form]'), 'the schedule form');
        await shot('12-restricted-panel', desk);
        await desk.goto(`${url}/admin/plugins/newsroom`);
        const card = desk.locator(`[data-series="${SERIES}"]`);
        await card.locator('[data-part]').first().waitFor();
        await settlesTo(
          async () => (await boardRows(desk, SERIES)).map(([, number, title]) => `${number} ${title}`),
          (await boardRows(page, SERIES)).map(([, number, title]) => `${number} ${title}`),
          "the desk's board, the same parts as the editor's",
        );
        await staysAbsent(
          desk,
          desk.getByRole('button', { name: 'Plan remaining parts' }),
          'the plan button',
        );
        await shot('13-restricted-board', desk);
        const refused = await adminApi(
          url,
          'POST',
          '/newsroom/schedule/actions',
          {
            targetType: ARTICLE,
            documentId: part.documentId,
            action: 'unpublish',
            date: '2031-01-01',
            time: '10:00',
          },
          account,
        );
        if (refused.status !== 403)
          throw new Error(`schedule as desk: ${refused.status} ${JSON.stringify(refused.body)}`);
      } finally {
        await context.close();
      }
    },
  },
);

const roundTwo = createRoundTwo({ adminApi });
// German first, while the demo's planned part 4 is still unfilled; the rest after the existing tests.
tests.splice(2, 0, roundTwo.tests[0]);
tests.push(...roundTwo.tests.slice(1));
// Embargo bundles last: they publish drafts of their own and leave the demo's documents as they are.
tests.push(...createBundleTests({ adminApi }).tests);

module.exports = { tests, cleanup: roundTwo.cleanup };
