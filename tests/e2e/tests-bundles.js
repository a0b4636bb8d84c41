/* Browser tests of the Bundles tab: embargo bundles made, checked and sent out through the admin UI. */
const { settlesTo } = require('./settled');

const ARTICLE = 'plugin::newsroom.article';
const ZONE = 'Europe/Berlin';
const NAME = 'Linux 3.0 release embargo';
const RENAMED = 'Linux 3.0 release, 22 July';
const TITLES = ['Linux 3.0 released: the new numbering', 'Linux 3.0 released: what the drivers bring'];
const PLANNED = [
  ['Kernel Log: Coming in 3.4 (Part 1) - Network', 'Kernel-Log: Was 3.4 bringt (Teil 1) - Netzwerk'],
  ['Kernel Log: Coming in 3.4 (Part 2) - Storage', 'Kernel-Log: Was 3.4 bringt (Teil 2) - Speicher'],
];

/** The wall-clock day in the newsroom's zone `days` from now, "2026-12-03". */
const dayAhead = (days) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + days * 86_400_000));

/** What the admin prints for an instant (i18n.ts formatInZone, the browser in en-GB). */
const shown = (iso, zone) =>
  new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  }).format(new Date(iso));

function createBundleTests({ adminApi }) {
  const state = {};
  const ok = (res, what) => {
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const openBundles = async (page, url, bundle) => {
    await page.goto(`${url}/admin/plugins/newsroom?tab=bundles${bundle ? `&bundle=${bundle}` : ''}`);
    await page.locator(bundle ? `[data-bundle-detail="${bundle}"]` : '[data-bundles]').waitFor();
  };
  /** A standalone draft article in English, made through the Content Manager API as its form saves one. */
  const draftArticle = async (url, title) =>
    ok(
      await adminApi(url, 'POST', `/content-manager/collection-types/${ARTICLE}?locale=en`, { title }),
      `draft "${title}"`,
    ).data.documentId;
  /** The entries' rows as the page shows them: title, locale, action, status, outcome. */
  const entryRows = (page) =>
    page.locator('[data-entry]').evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('td')].map((td) => td.textContent.trim());
        return [
          row.querySelector('[data-entry-title]').textContent.trim(),
          cells[2],
          cells[3],
          cells[4],
          cells[5],
        ];
      }),
    );
  /** Picks a document by typing part of its title into the picker, then adds it. */
  const addEntry = async (page, title, count) => {
    const picker = page.locator('[data-add-entry]');
    // Typed key by key, as an editor types: the picker searches as the text changes.
    const search = picker.getByPlaceholder('Search by title');
    await search.click();
    await search.pressSequentially(title.slice(0, 24), { delay: 20 });
    await page
      .getByRole('option', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
      .click();
    await picker.getByRole('button', { name: 'Add to the bundle' }).click();
    await settlesTo(() => page.locator('[data-entry]').count(), count, `entries after adding "${title}"`);
  };

  const tests = [
    {
      name: 'a bundle without a name is refused with the server’s sentence',
      slug: 'bundle-refused',
      async run({ page, url, shot }) {
        const date = dayAhead(1);
        // The sentence the server gives for this request: the page must show that, not a sentence of its own.
        const refused = await adminApi(url, 'POST', '/newsroom/schedule/bundles', {
          name: '',
          date,
          time: '06:00',
          zone: ZONE,
        });
        const sentence = refused.body?.error?.message;
        if (refused.status !== 400 || !sentence)
          throw new Error(`a nameless bundle: ${refused.status} ${JSON.stringify(refused.body)}`);
        await openBundles(page, url);
        await page.getByRole('button', { name: 'New bundle' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.locator('input[type="date"]').fill(date);
        await dialog.locator('input[type="time"]').fill('06:00');
        await dialog.getByRole('button', { name: 'Create bundle' }).click();
        await page.getByText(sentence, { exact: true }).first().waitFor();
        // Refused: the dialog stays open with what was typed, and no bundle was made.
        await dialog.getByRole('button', { name: 'Create bundle' }).waitFor();
        await shot('b1-bundle-refused');
        const list = ok(await adminApi(url, 'GET', '/newsroom/schedule/bundles'), 'bundles').data;
        if (list.length !== 0) throw new Error(`bundles after the refusal: ${JSON.stringify(list)}`);
        await dialog.getByRole('button', { name: 'Cancel' }).click();
      },
    },
    {
      name: 'creates a bundle of two drafts in the UI, checks, renames and reschedules it',
      slug: 'bundle-create',
      async run({ page, url, shot }) {
        state.documents = [];
        for (const title of TITLES) state.documents.push(await draftArticle(url, title));
        const date = dayAhead(2);
        await openBundles(page, url);
        await page.getByRole('button', { name: 'New bundle' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.locator('input[name="bundle-name"]').fill(NAME);
        await dialog.locator('input[type="date"]').fill(date);
        await dialog.locator('input[type="time"]').fill('06:00');
        await shot('b2-new-bundle-dialog');
        await dialog.getByRole('button', { name: 'Create bundle' }).click();
        const detail = page.locator('[data-bundle-detail]');
        await detail.waitFor();
        state.bundle = await detail.getAttribute('data-bundle-detail');
        await addEntry(page, TITLES[0], 1);
        await addEntry(page, TITLES[1], 2);

        const stored = ok(
          await adminApi(url, 'GET', `/newsroom/schedule/bundles/${state.bundle}`),
          'bundle',
        ).data;
        if (stored.wallClock !== `${date}T06:00` || stored.zone !== ZONE || stored.name !== NAME)
          throw new Error(`stored bundle: ${JSON.stringify(stored)}`);
        const ids = stored.entries.map((entry) => entry.documentId).sort();
        if (JSON.stringify(ids) !== JSON.stringify([...state.documents].sort()))
          throw new Error(`stored entries ${JSON.stringify(ids)}, made ${JSON.stringify(state.documents)}`);
        await settlesTo(() => detail.locator('[data-bundle-title]').innerText(), NAME, 'the bundle’s name');
        await settlesTo(
          () => detail.locator('[data-bundle-due]').innerText(),
          `Due ${shown(stored.dueAt, ZONE)} (${ZONE}) · 2 entries`,
          'the bundle’s wall clock',
        );
        await settlesTo(
          () => detail.locator('[data-bundle-status]').textContent(),
          'Pending',
          'the bundle’s status',
        );
        await settlesTo(
          () => entryRows(page),
          TITLES.map((title) => [title, 'EN', 'Publish', 'Pending', '–']),
          'the entries',
        );
        await shot('b3-bundle-entries');

        // Check now shows what the server's check answers, each problem under its entry's title.
        const answered = page.waitForResponse((res) =>
          res.url().endsWith(`/newsroom/schedule/bundles/${state.bundle}/check`),
        );
        await detail.getByRole('button', { name: 'Check now' }).click();
        const check = (await (await answered).json()).meta;
        const titleOf = (entryId) => stored.entries.find((e) => e.id === entryId)?.title ?? 'The bundle';
        await settlesTo(
          () => detail.locator('[data-problems]').getAttribute('data-problems'),
          String(check.problems.length),
          'the number of problems shown',
        );
        if (check.problems.length === 0) {
          await detail.getByText(/nothing stands in the way, it would go out now\.$/).waitFor();
        } else {
          await settlesTo(
            () =>
              detail.locator('[data-problem]').evaluateAll((items) => items.map((li) => li.innerText.trim())),
            check.problems.map((p) => `${titleOf(p.entry)}: ${p.message}`),
            'the problems listed',
          );
        }
        state.problems = check.problems;
        await shot('b4-bundle-checked');

        // Rename and reschedule in the bundle's own view.
        const edit = detail.locator('[data-edit-bundle]');
        await edit.locator('input[name="bundle-rename"]').fill(RENAMED);
        await edit.getByRole('button', { name: 'Rename' }).click();
        await settlesTo(() => detail.locator('[data-bundle-title]').innerText(), RENAMED, 'the new name');
        await edit.locator('input[type="time"]').fill('07:30');
        await edit.getByRole('button', { name: 'Reschedule' }).click();
        await page.getByText('The bundle is rescheduled.').first().waitFor();
        const moved = ok(
          await adminApi(url, 'GET', `/newsroom/schedule/bundles/${state.bundle}`),
          'bundle',
        ).data;
        if (moved.wallClock !== `${date}T07:30` || moved.name !== RENAMED)
          throw new Error(`after rename and reschedule: ${JSON.stringify(moved)}`);
        await settlesTo(
          () => detail.locator('[data-bundle-due]').innerText(),
          `Due ${shown(moved.dueAt, ZONE)} (${ZONE}) · 2 entries`,
          'the new wall clock',
        );
        await shot('b5-bundle-rescheduled');
      },
    },
    {
      name: 'plans a series as one embargo bundle per date, each part with its German version',
      slug: 'plan-bundles',
      async run({ page, url, shot }) {
        const series = ok(
          await adminApi(url, 'POST', `/content-manager/collection-types/plugin::newsroom.series?locale=en`, {
            title: 'Kernel Log: Coming in 3.4',
            plannedParts: 2,
          }),
          'series',
        ).data;
        const parts = [];
        for (const [en, de] of PLANNED) {
          const id = ok(
            await adminApi(url, 'POST', `/content-manager/collection-types/${ARTICLE}?locale=en`, {
              title: en,
              series: series.documentId,
            }),
            `part "${en}"`,
          ).data.documentId;
          ok(
            await adminApi(url, 'PUT', `/content-manager/collection-types/${ARTICLE}/${id}?locale=de`, {
              title: de,
            }),
            `German "${de}"`,
          );
          parts.push(id);
        }
        await page.goto(`${url}/admin/plugins/newsroom`);
        const card = page.locator(`[data-series="${series.slug}"]`);
        await card.locator('[data-part]').first().waitFor();
        await card.getByRole('button', { name: 'Plan remaining parts' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.locator('input[type="time"]').fill('16:49');
        await dialog.getByRole('checkbox', { name: /^One embargo bundle per date/ }).check();
        await shot('b6-plan-as-bundles');
        await dialog.getByRole('button', { name: 'Schedule the parts' }).click();
        await page.getByText('2 embargo bundles made.').first().waitFor();
        // On the board both languages of both parts are scheduled now.
        for (const id of parts)
          for (const locale of ['en', 'de'])
            await card.locator(`[data-chip="${id}:${locale}"][data-state="scheduled"]`).waitFor();

        const bundles = ok(await adminApi(url, 'GET', '/newsroom/schedule/bundles?status=pending'), 'bundles')
          .data.filter((b) => b.name.startsWith('Kernel Log: Coming in 3.4'))
          .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
        const names = bundles.map((b) => [b.name, b.wallClock.slice(11), b.entries.length]);
        const expected = [
          ['Kernel Log: Coming in 3.4, part 1', '16:49', 2],
          ['Kernel Log: Coming in 3.4, part 2', '16:49', 2],
        ];
        if (JSON.stringify(names) !== JSON.stringify(expected))
          throw new Error(`bundles made: ${JSON.stringify(names)}`);
        // The first week's bundle, as its page shows it: the part in English and in German.
        await openBundles(page, url, bundles[0].id);
        await settlesTo(
          () => entryRows(page),
          [
            [PLANNED[0][0], 'EN', 'Publish', 'Pending', '–'],
            [PLANNED[0][1], 'DE', 'Publish', 'Pending', '–'],
          ],
          'the first bundle’s entries',
        );
        await shot('b7-plan-bundle-entries');
      },
    },
  ];
  return { tests };
}

module.exports = { createBundleTests };
