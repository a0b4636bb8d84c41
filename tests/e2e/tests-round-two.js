/* global document, getComputedStyle */
/* Browser tests of the editorial calendar, previews, share links, the widget and German (issue 16). */
const { DateTime } = require('luxon');
const nodeIcal = require('node-ical');
const { startServer } = require('./server');

const ARTICLE = 'plugin::newsroom.article';
const SERIES = 'plugin::newsroom.series';
const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
// The design system's 600 colours the calendar uses per status (admin/src/components/calendar/status.ts).
const COLOUR = { pending: 'rgb(73, 69, 255)', late: 'rgb(217, 130, 47)', done: 'rgb(50, 128, 72)' };
// The clock changes in Europe/Berlin (the last Sundays of March and October) of a year ahead of today's (the real
// scheduler refuses times in the past), one whose March change is on the 28th or earlier, so the Tuesday and
// Wednesday after it are still in March's grid. `spring(-2)` is the Friday before the March change.
const lastSunday = (year, month) => {
  const last = DateTime.utc(year, month, 1).endOf('month').startOf('day');
  return last.minus({ days: last.weekday % 7 });
};
let YEAR = DateTime.utc().year + 1;
while (lastSunday(YEAR, 3).day > 28) YEAR += 1;
const spring = (offset) => lastSunday(YEAR, 3).plus({ days: offset }).toISODate();
const autumn = (offset) => lastSunday(YEAR, 10).plus({ days: offset }).toISODate();
const GAP = `${spring(0)} 02:30 does not exist in Europe/Berlin: the clocks go forward from 02:00 to 03:00. Choose 01:59 or earlier, or 03:00 or later.`;

function createRoundTwo({ adminApi }) {
  const state = {};
  const cleanups = [];
  const ok = (res, what) => {
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const openCalendar = async (page, url, view, date) => {
    await page.goto(`${url}/admin/plugins/newsroom?tab=calendar&view=${view}&date=${date}`);
    await page.locator(`[data-calendar-grid="${view}"]`).waitFor();
  };
  const lineColour = (locator) => locator.evaluate((el) => getComputedStyle(el).borderLeftColor);
  /** A second server on the same database whose clock is 8 days ahead (libfaketime), scheduler off. */
  const fakedServer = async (server) => {
    if (!state.faked) {
      state.faked = await startServer({
        port: new URL(server.url).port * 1 + 1,
        dbFile: server.dbFile,
        env: {
          LD_PRELOAD: LIBFAKETIME,
          FAKETIME: '+8d',
          FAKETIME_DONT_FAKE_MONOTONIC: '1',
          NEWSROOM_SCHEDULER: 'false',
        },
      });
      cleanups.push(() => state.faked.stop());
    }
    return state.faked;
  };
  const freshPage = async (page) => {
    const context = await page
      .context()
      .browser()
      .newContext({ viewport: { width: 1280, height: 900 } });
    cleanups.push(() => context.close());
    const fresh = await context.newPage();
    fresh.setDefaultTimeout(20_000);
    return fresh;
  };

  const tests = [
    {
      name: 'the side panel, hints, menu and list view in German, and the create screen',
      slug: 'german',
      async run({ page, url, shot }) {
        const series = (await (await fetch(`${url}/api/newsroom/series/kernel-log-coming-in-3-0`)).json())
          .data;
        const part3 = series.parts.find((p) => p.number === 3);
        await page.evaluate(() => localStorage.setItem('strapi-admin-language', 'de'));
        try {
          await page.goto(
            `${url}/admin/content-manager/collection-types/${ARTICLE}/${part3.documentId}?plugins[i18n][locale]=de`,
          );
          const panel = page.locator('[data-newsroom-panel]');
          await panel.getByText('Teil 3 von 4').waitFor();
          const title = (await panel.locator('[data-series-title]').innerText()).trim();
          if (title !== 'Kernel-Log: Was 3.0 bringt') throw new Error(`series title in the panel: ${title}`);
          await panel.getByText('Geplant: Teil 4, Treiber').waitFor();
          await page.getByText('In Listen und Feeds gezeigt.').waitFor();
          if ((await page.getByText('Shown in lists and feeds.').count()) !== 0)
            throw new Error('English hint shown');
          await page.getByRole('link', { name: 'Release-Zeitleiste' }).waitFor();
          await page.getByRole('link', { name: 'Artikel', exact: true }).first().waitFor();
          await shot('14-panel-german');
          await page.goto(
            `${url}/admin/content-manager/collection-types/${ARTICLE}?plugins[i18n][locale]=de`,
          );
          await page.locator('thead').getByText('Reihe', { exact: true }).waitFor();
          await page.locator('thead').getByText('Teil-Nr.', { exact: true }).waitFor();
          await page
            .locator('tbody')
            .getByText('Kernel-Log: Was 3.0 bringt', { exact: true })
            .first()
            .waitFor();
          await shot('15-list-view-german');
        } finally {
          await page.evaluate(() => localStorage.setItem('strapi-admin-language', 'en'));
        }
        await page.goto(
          `${url}/admin/content-manager/collection-types/${ARTICLE}/create?plugins[i18n][locale]=en`,
        );
        await page.locator('[data-create-hint]').getByText('After the first save').waitFor();
        await shot('16-create-screen-panel');
      },
    },
    {
      name: 'calendar month and week views across the March and October DST changes',
      slug: 'calendar-dst',
      async run({ page, url, shot }) {
        const series = ok(
          await adminApi(url, 'POST', `/content-manager/collection-types/${SERIES}?locale=en`, {
            title: 'Kernel Log: Coming in 3.3',
            plannedParts: 3,
          }),
          'series',
        ).data;
        const parts = [];
        for (const title of ['Part 1 - Networking', 'Part 2 - Storage', 'Part 3 - Drivers']) {
          parts.push(
            ok(
              await adminApi(url, 'POST', `/content-manager/collection-types/${ARTICLE}?locale=en`, {
                title: `Kernel Log: Coming in 3.3 (${title})`,
                series: series.documentId,
                pages: [
                  {
                    title: 'First page',
                    body: [
                      { type: 'paragraph', children: [{ type: 'text', text: `Draft text of ${title}.` }] },
                    ],
                  },
                ],
              }),
              'part',
            ).data.documentId,
          );
        }
        const schedule = async (documentId, date, time, extra = {}) =>
          ok(
            await adminApi(url, 'POST', '/newsroom/schedule/actions', {
              targetType: ARTICLE,
              documentId,
              date,
              time,
              force: true,
              ...extra,
            }),
            'schedule',
          ).data[0];
        state.series = series;
        state.parts = parts;
        // Part 2 first, so moving it later keeps the parts in order (moves are checked like any reschedule).
        state.first = await schedule(parts[1], spring(-2), '16:49');
        state.gap = await schedule(parts[0], spring(-1), '02:30');
        state.autumn = await schedule(parts[2], autumn(0), '02:15', { prefer: 'later' });

        await openCalendar(page, url, 'month', `${YEAR}-03-01`);
        await page.locator('[data-calendar-title]').getByText(`March ${YEAR}`).waitFor();
        const sunday = page.locator(`[data-day="${spring(0)}"]`);
        if ((await sunday.getAttribute('data-hours')) !== '23')
          throw new Error(`${spring(0)} is not 23 hours`);
        await sunday.getByText('23 h').waitFor();
        const first = page.locator(`[data-day="${spring(-2)}"] [data-item="${state.first.id}"]`);
        await first.getByText('16:49 Publish: Kernel Log: Coming in 3.3 (Part 2').waitFor();
        if ((await lineColour(first)) !== COLOUR.pending)
          throw new Error(`pending colour ${await lineColour(first)}`);
        await page
          .locator(`[data-day="${spring(-1)}"] [data-item="${state.gap.id}"]`)
          .getByText('02:30')
          .waitFor();
        await shot('17-calendar-month-march');

        await openCalendar(page, url, 'week', spring(0));
        await page.locator(`[data-skipped="${spring(0)}T02"]`).waitFor();
        const header = page.locator(`[data-calendar-grid="week"] [data-day="${spring(0)}"]`);
        if ((await header.getAttribute('data-hours')) !== '23') throw new Error('week header hours');
        // 02:30 on Saturday (winter time) is 01:30Z; its row starts 01:00Z.
        await page
          .locator(`[data-slot="${spring(-1)}T01:00:00.000Z"] [data-item="${state.gap.id}"]`)
          .waitFor();
        await shot('18-calendar-week-spring');

        await openCalendar(page, url, 'week', autumn(0));
        const twos = page.locator(`[data-slot^="${autumn(0)}T0"][data-slot-hour="2"]`);
        if ((await twos.count()) !== 2) throw new Error(`${await twos.count()} rows for 02:00 on 31 October`);
        await page
          .locator(`[data-slot="${autumn(0)}T01:00:00.000Z"]`)
          .getByText('02:00 (+01:00)')
          .waitFor();
        await page
          .locator(`[data-slot="${autumn(0)}T01:00:00.000Z"] [data-item="${state.autumn.id}"]`)
          .waitFor();
        await shot('19-calendar-week-autumn');
      },
    },
    {
      name: 'drags items to reschedule: the right UTC instant, and a DST gap refused with the API sentence',
      slug: 'calendar-drag',
      async run({ page, url, shot }) {
        await openCalendar(page, url, 'month', `${YEAR}-03-01`);
        const item = page.locator(`[data-item="${state.first.id}"]`);
        await item.dragTo(page.locator(`[data-day="${spring(2)}"]`));
        await page.getByText('Rescheduled.').first().waitFor();
        await page.locator(`[data-day="${spring(2)}"] [data-item="${state.first.id}"]`).waitFor();
        const moved = ok(
          await adminApi(url, 'GET', `/newsroom/schedule/actions/${state.first.id}`),
          'get',
        ).data;
        // 16:49 kept; Berlin is on summer time by the 30th.
        if (moved.dueAt !== `${spring(2)}T14:49:00.000Z` || moved.wallClock !== `${spring(2)}T16:49`)
          throw new Error(`moved to ${moved.dueAt} (${moved.wallClock})`);

        const direct = await adminApi(url, 'PUT', `/newsroom/schedule/actions/${state.gap.id}`, {
          date: spring(0),
          time: '02:30',
        });
        if (direct.body.error.message !== GAP) throw new Error(`API says ${direct.body.error.message}`);
        await page.locator(`[data-item="${state.gap.id}"]`).dragTo(page.locator(`[data-day="${spring(0)}"]`));
        await page.getByText(GAP).first().waitFor();
        await page.locator(`[data-day="${spring(-1)}"] [data-item="${state.gap.id}"]`).waitFor();
        await shot('20-calendar-drag-gap-refused');

        await openCalendar(page, url, 'week', spring(3));
        await page
          .locator(`[data-item="${state.first.id}"]`)
          .dragTo(page.locator(`[data-slot="${spring(3)}T08:00:00.000Z"]`));
        await page
          .locator(`[data-slot="${spring(3)}T08:00:00.000Z"] [data-item="${state.first.id}"]`)
          .waitFor();
        const again = ok(
          await adminApi(url, 'GET', `/newsroom/schedule/actions/${state.first.id}`),
          'get',
        ).data;
        if (again.dueAt !== `${spring(3)}T08:49:00.000Z`) throw new Error(`week drop to ${again.dueAt}`);
        await shot('21-calendar-week-dropped');
      },
    },
    {
      name: 'subscribes to the private iCal feed, which node-ical reads',
      slug: 'ical',
      async run({ page, url, shot }) {
        await openCalendar(page, url, 'month', `${YEAR}-03-01`);
        await page.getByRole('button', { name: 'Subscribe (iCal)' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('button', { name: 'New feed address' }).click();
        const feedUrl = (await dialog.locator('[data-feed-url]').first().innerText()).trim();
        await shot('22-ical-dialog');
        const res = await fetch(feedUrl);
        if (res.status !== 200 || !/^text\/calendar/.test(res.headers.get('content-type')))
          throw new Error(`feed answered ${res.status} ${res.headers.get('content-type')}`);
        const events = Object.values(nodeIcal.sync.parseICS(await res.text())).filter(
          (e) => e.type === 'VEVENT',
        );
        const event = events.find((e) => e.uid.startsWith(`${state.first.id}@`));
        if (!event || new Date(event.start).toISOString() !== `${spring(3)}T08:49:00.000Z`)
          throw new Error(`feed event ${JSON.stringify(event)}`);
        if (event.summary !== 'Publish: Kernel Log: Coming in 3.3 (Part 2 - Storage) [EN]')
          throw new Error(`summary ${event.summary}`);
        await dialog.getByRole('button', { name: 'Close', exact: true }).click();
      },
    },
    {
      name: 'previews a draft from the edit view',
      slug: 'preview',
      async run({ page, url, shot }) {
        await page.goto(
          `${url}/admin/content-manager/collection-types/${ARTICLE}/${state.parts[1]}?plugins[i18n][locale]=en`,
        );
        const panel = page.locator('[data-newsroom-panel]');
        await panel.locator('[data-share-links]').waitFor();
        const [preview] = await Promise.all([
          page.waitForEvent('popup'),
          panel.getByRole('button', { name: 'Preview' }).click(),
        ]);
        await preview.waitForURL(/\/api\/newsroom\/previews\//);
        await preview.getByText('Draft preview, not published').waitFor();
        await preview
          .getByRole('heading', { name: 'Kernel Log: Coming in 3.3 (Part 2 - Storage)' })
          .waitFor();
        await preview.getByText('Draft text of Part 2 - Storage.').waitFor();
        await shot('23-preview', preview);
        await preview.close();
      },
    },
    {
      name: 'a share link opens without a login, and is refused after revocation and after expiry',
      slug: 'share',
      async run({ page, url, server, shot }) {
        const panel = page.locator('[data-newsroom-panel]');
        await panel.getByRole('button', { name: 'Share link' }).click();
        const entry = panel.locator('[data-share-link][data-revoked="false"]').first();
        await entry.waitFor();
        const link = await entry.locator('a').getAttribute('href');
        await shot('24-panel-share-links');

        const stranger = await freshPage(page);
        const opened = await stranger.goto(link);
        if (opened.status() !== 200 || opened.headers()['x-robots-tag'] !== 'noindex, nofollow')
          throw new Error(`share link ${opened.status()} ${opened.headers()['x-robots-tag']}`);
        await stranger
          .getByRole('heading', { name: 'Kernel Log: Coming in 3.3 (Part 2 - Storage)' })
          .waitFor();
        const robots = await stranger.evaluate(() => document.querySelector('meta[name="robots"]')?.content);
        if (robots !== 'noindex, nofollow') throw new Error(`meta robots ${robots}`);
        await shot('25-share-link-fresh-context', stranger);

        await entry.getByRole('button', { name: 'Revoke' }).click();
        await page.getByText('The share link no longer works.').first().waitFor();
        const refused = await stranger.goto(link);
        if (refused.status() !== 404) throw new Error(`revoked link answered ${refused.status()}`);
        await stranger.getByText('This share link was revoked by the newsroom.').waitFor();
        if ((await stranger.getByText('Draft text of Part 2').count()) !== 0)
          throw new Error('draft text shown');
        await shot('26-share-link-revoked', stranger);

        // Expiry: the same database read by a server whose clock is 8 days ahead (libfaketime).
        const second = ok(
          await adminApi(url, 'POST', '/newsroom/share-links', {
            targetType: ARTICLE,
            documentId: state.parts[1],
            locale: 'en',
          }),
          'share',
        ).data;
        const faked = await fakedServer(server);
        const later = `${faked.url}${new URL(second.url).pathname}`;
        const expired = await stranger.goto(later);
        if (expired.status() !== 401) throw new Error(`expired link answered ${expired.status()}`);
        await stranger
          .getByText(/^This link expired on \d+ \w+ 20\d\d, \d\d:\d\d \(Europe\/Berlin\); ask the newsroom/)
          .waitFor();
        if ((await stranger.getByText('Part 2 - Storage').count()) !== 0)
          throw new Error('draft title shown');
        await shot('27-share-link-expired', stranger);
        const fresh = await stranger.goto(second.url);
        if (fresh.status() !== 200) throw new Error(`the same link today: ${fresh.status()}`);
      },
    },
    {
      name: 'the homepage widget shows a late action',
      slug: 'widget',
      async run({ page, url, server, shot }) {
        const series = (await (await fetch(`${url}/api/newsroom/series/kernel-log-coming-in-3-0`)).json())
          .data;
        const published = series.parts.find((p) => p.status === 'published');
        const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
        const action = ok(
          await adminApi(url, 'POST', '/newsroom/schedule/actions', {
            targetType: ARTICLE,
            documentId: published.documentId,
            action: 'unpublish',
            date: inTwoDays,
            time: '10:00',
          }),
          'unpublish',
        ).data[0];
        // Seen from 8 days on (scheduler off there), it is past due and not done: late.
        const faked = await fakedServer(server);
        const editor = await freshPage(page);
        await editor.goto(`${faked.url}/admin/auth/login`);
        await editor.locator('input[name="email"]').fill('editor@newsroom.local');
        await editor.locator('input[name="password"]').fill('Newsroom-Dev-2026');
        await editor.locator('button[type="submit"]').click();
        const widget = editor.locator('[data-newsroom-widget]');
        await widget.waitFor();
        const row = widget.locator(`[data-widget-problems] [data-widget-item="${action.id}"]`);
        await row.waitFor();
        if ((await row.getAttribute('data-status')) !== 'late') throw new Error('not late');
        await row.getByText('late').waitFor();
        const bar = await row
          .locator('div')
          .first()
          .evaluate((el) => getComputedStyle(el).backgroundColor);
        if (bar !== COLOUR.late) throw new Error(`late colour ${bar}`);
        await widget.scrollIntoViewIfNeeded();
        await shot('28-homepage-widget-late', editor);
        ok(await adminApi(url, 'DELETE', `/newsroom/schedule/actions/${action.id}`), 'cancel');
      },
    },
  ];
  return {
    tests,
    cleanup: async () => {
      for (const fn of cleanups.reverse()) await fn();
    },
  };
}

module.exports = { createRoundTwo };
