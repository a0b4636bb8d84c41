/**
 * Faults (issue #8): the database going away under scheduled publishing, and
 * a Strapi process dying in the middle of a release plan. Strapi runs in
 * child processes (so only they see the connection errors, and they can be
 * SIGKILLed); the test talks to them over HTTP and reads the database
 * itself. The outage case runs on a private PostgreSQL server of its own
 * (tests/helpers/private-postgres.ts), stops it and starts it again; the
 * shared server other test runs use is never touched. Needs the compiled
 * app (npm run compile).
 */
import fs from 'fs';
import { Client } from 'pg';
import { createTestDatabase, usesPostgres, withPg, type TestDatabase } from '../helpers/database';
import { startPrivatePostgres } from '../helpers/private-postgres';
import { adminClient, onServer, restartPostgres, type Server, startServer } from '../helpers/fault-server';
import { publishedOtherThanOnce, publishLogInstall, publishLogRead } from '../helpers/publish-log';
import { ARTICLE, eventually, SERIES, sleep } from '../scheduler/helpers';

// The multi-process harness's webhook receiver (counts entry.publish per document).
const { startReceiver } = require('../../scripts/scheduler/receiver');

jest.setTimeout(150_000);

// Bounds on the recovery that a regression would cross (measured 2.1–4.0 s and ~2.1 s; generous for a
// loaded machine): a runner that waits for its retry backoff or a lost listener takes far longer.
const ALL_DONE_AFTER_RESTART_MS = 15_000;
const LISTENING_AFTER_RESTART_MS = 15_000;

const byStatus = (rows: any[]) =>
  rows.reduce<Record<string, number>>(
    (acc, row) => ({ ...acc, [row.status]: (acc[row.status] ?? 0) + 1 }),
    {},
  );

describe('faults: the database away during scheduled publishing', () => {
  // SQLite has no server to stop. On PostgreSQL it runs, or fails: never a silent skip.
  (usesPostgres() ? it : it.skip)(
    '(PostgreSQL only) stopped for 6 s while 40 publishes are due: each runs exactly once after it is back',
    async () => {
      const N = 40;
      const SPREAD_MS = 10_000;
      const OUTAGE_MS = 6000;
      const BURST = 16;
      const pg = await startPrivatePostgres();
      const schema = 'faults_outage';
      await onServer(pg, (client) => client.query(`CREATE SCHEMA ${schema}`));
      const env = { DATABASE_CLIENT: 'postgres', DATABASE_URL: pg.url, DATABASE_SCHEMA: schema };
      const onPg = <T>(work: (client: Client) => Promise<T>) => onServer(pg, work);
      const receiver = await startReceiver();
      let server: Server | null = null;
      try {
        server = await startServer({
          ...env,
          NEWSROOM_SCHEDULER_POLL_MS: '1000',
          NEWSROOM_SCHEDULER_LEASE_MS: '5000',
          LOG_LEVEL: 'warn',
        });
        const api = await adminClient(server.url);
        const hook = await api.call('POST', '/admin/webhooks', {
          name: 'faults',
          url: receiver.url,
          headers: {},
          events: ['entry.publish'],
        });
        expect(hook.status).toBe(201);
        // The database's own count of published rows written (a publish run twice writes two).
        await onPg(async (client) => {
          for (const statement of publishLogInstall(env)) await client.query(statement);
        });
        const ids: string[] = [];
        for (let i = 0; i < N; i++) ids.push(await api.create(ARTICLE, { title: `Outage ${i}` }));

        // Due over SPREAD_MS from t0: BURST of them at t0 + 2 s, the rest evenly spread. The
        // database goes down in the middle of the burst, so some publishes are cut off mid-flight.
        const t0 = Date.now() + 2000 + N * 40;
        const burstAt = t0 + 2000;
        const regular = N - BURST;
        const dueAt = ids.map((_, i) =>
          i < BURST ? burstAt : t0 + Math.round(((i - BURST) * SPREAD_MS) / regular),
        );
        for (const [i, documentId] of ids.entries()) {
          const res = await api.call('POST', '/newsroom/schedule/actions', {
            targetType: ARTICLE,
            documentId,
            locale: 'en',
            at: new Date(dueAt[i]).toISOString(),
            force: true,
          });
          expect(res.status).toBe(201);
        }
        const listening = async () =>
          onPg(async (client) => {
            const { rows } = await client.query(
              `select count(*)::int as n from pg_stat_activity where query = $1 and state = 'idle'`,
              [`LISTEN newsroom_schedule_${schema}`],
            );
            return rows[0].n as number;
          });
        expect(await listening()).toBe(1);

        // Stop PostgreSQL (fast: every connection is cut) once a few of the burst are out, start it again.
        const burst = new Set(ids.slice(0, BURST));
        const burstDelivered = () => [...burst].filter((id) => receiver.deliveries.has(id)).length;
        await sleep(burstAt - Date.now());
        while (burstDelivered() < 3 && Date.now() < burstAt + 500) await sleep(5);
        const stoppingAt = Date.now();
        const deliveredBeforeStop = receiver.deliveries.size;
        let stoppedAt = 0;
        let readyAt = 0;
        try {
          pg.stop();
          stoppedAt = Date.now();
          await sleep(stoppingAt + OUTAGE_MS - Date.now());
          readyAt = await restartPostgres(pg);
        } finally {
          await pg.start();
        }
        const outageMs = readyAt - stoppingAt;
        const listenerBack = eventually(async () => (await listening().catch(() => 0)) === 1, 30_000, 50)
          .then(() => Date.now() - readyAt)
          .catch(() => -1);

        const table = `"${schema}".newsroom_scheduled_actions`;
        const actions = async () =>
          onPg(async (client) => (await client.query(`select * from ${table} order by due_at`)).rows);
        let last: any[] = [];
        const rows = await eventually(
          async () => {
            last = await actions().catch(() => last);
            return last.length === N && last.every((row) => !['pending', 'running'].includes(row.status))
              ? last
              : null;
          },
          60_000,
          50,
        ).catch((error) => {
          const open = last.filter((row) => ['pending', 'running'].includes(row.status));
          throw new Error(
            `${error.message}: ${JSON.stringify(byStatus(last))}, open ${JSON.stringify(open.slice(0, 3))}; server log: ${server?.output().slice(-3000)}`,
          );
        });
        const recoveryMs = Date.now() - readyAt;
        // Deliveries follow the commits (seconds later on a loaded machine): wait until every document
        // has one or its event is logged as lost, at most 30 s, then until they stop coming.
        const lost = () => (server!.output().match(/a database call nobody awaited failed/g) ?? []).length;
        await eventually(
          async () => ids.filter((id) => !receiver.deliveries.has(id)).length <= lost(),
          30_000,
          200,
        ).catch(() => undefined);
        while (receiver.quietFor() < 2000) await sleep(200);
        const publishLog = await onPg(async (client) => (await client.query(publishLogRead(env))).rows);

        const published = await onPg(
          async (client) =>
            (
              await client.query(
                `select document_id, locale, count(*)::int as n from "${schema}".newsroom_articles
                 where published_at is not null group by document_id, locale`,
              )
            ).rows,
        );
        const dueDuring = rows.filter(
          (row) => row.due_at.getTime() >= stoppingAt && row.due_at.getTime() < readyAt,
        );
        const retryLog = (server.output().match(/failed, retrying at/g) ?? []).length;
        const lostEvents = lost();
        const listeningAfterMs = await listenerBack;
        console.log(
          'PostgreSQL outage during scheduled publishing:',
          JSON.stringify({
            actions: N,
            windowMs: SPREAD_MS,
            outageMs,
            stopCommandMs: stoppedAt - stoppingAt,
            deliveredBeforeStop,
            dueDuringOutage: dueDuring.length,
            ranBeforeOutage: rows.filter((row) => row.ran_at.getTime() < stoppingAt).length,
            restartToAllDoneMs: recoveryMs,
            restartToListeningMs: listeningAfterMs,
            claimedAgain: rows.filter((row) => Number(row.attempts) > 1).length,
            withLastError: rows.filter((row) => row.last_error).length,
            retryWarnings: retryLog,
            eventsLostAfterCommit: lostEvents,
            maxAttempts: Math.max(...rows.map((row) => Number(row.attempts))),
            statuses: byStatus(rows),
          }),
        );

        // Every action ran, once, and none failed for good.
        expect(byStatus(rows)).toEqual({ done: N });
        expect(rows.map((row) => row.outcome)).toEqual(Array(N).fill('published'));
        for (const row of rows) {
          expect(Number(row.attempts)).toBeGreaterThanOrEqual(1);
          expect(row.ran_at.getTime()).toBeGreaterThanOrEqual(row.due_at.getTime());
        }
        expect(dueDuring.length).toBeGreaterThan(0);
        // Recovered soon after the restart, and listening again (the README's figures, with headroom).
        expect(recoveryMs).toBeLessThan(ALL_DONE_AFTER_RESTART_MS);
        expect(listeningAfterMs).toBeGreaterThanOrEqual(0);
        expect(listeningAfterMs).toBeLessThan(LISTENING_AFTER_RESTART_MS);
        // Exactly once, counted by the database: one published row written per document (a publish
        // run again, by a retry after the outage, would write a second one).
        expect(publishedOtherThanOnce(publishLog, ids)).toEqual([]);
        // One published version per document and locale, one publish webhook per document.
        expect(published).toHaveLength(N);
        expect(published.every((row) => row.locale === 'en' && row.n === 1)).toBe(true);
        expect(new Set(published.map((row) => row.document_id))).toEqual(new Set(ids));
        // Never a second delivery. Strapi emits entry.publish after the commit, re-reading the entry
        // first; a publish committed just before the stop can lose its event (logged), never repeat it.
        const deliveries = ids.map((id) => receiver.deliveries.get(id) ?? 0);
        expect(deliveries.filter((n) => n > 1)).toEqual([]);
        // Each lost one is logged; a logged failure is not always a lost event (a batch's after-commit
        // calls can fail while the stop is under way and the retried publish still sends the event).
        expect(deliveries.filter((n) => n === 0).length).toBeLessThanOrEqual(lostEvents);

        // The process lived through it: it answers reads and the admin API, and listens again.
        expect(server.alive()).toBe(true);
        const slug = (
          await onPg((client) =>
            client.query(
              `select slug from "${schema}".newsroom_articles where document_id = $1 and published_at is not null`,
              [ids[N - 1]],
            ),
          )
        ).rows[0].slug;
        const read = await fetch(`${server.url}/api/newsroom/articles/${slug}`);
        expect(read.status).toBe(200);
        expect(((await read.json()) as any).data.documentId).toBe(ids[N - 1]);
        expect((await api.call('GET', `/newsroom/schedule/actions?documentId=${ids[0]}`)).status).toBe(200);
        expect(await listening()).toBe(1);
        expect(server.output()).not.toMatch(/uncaught|unhandled/i);
      } finally {
        await pg.start().catch(() => undefined);
        await server?.stop();
        await receiver.close();
        pg.destroy();
      }
    },
  );
});

describe('faults: a process killed during a release plan', () => {
  it('leaves all of a plan or none of it, whatever moment the process dies', async () => {
    const PARTS = 100;
    const database: TestDatabase = await createTestDatabase('faults_plan');
    // SQLite in its default rollback-journal mode, as a fresh Strapi app has it (the demo turns on WAL):
    // the hot journal a kill leaves is this test's evidence that it hit the open write transaction.
    const env = { ...database.env, NEWSROOM_SCHEDULER: 'false', DATABASE_SQLITE_WAL: 'false' };
    let server: Server | null = null;
    try {
      server = await startServer(env);
      let api = await adminClient(server.url);
      const seriesId = await api.create(SERIES, {
        title: 'Kernel Log: the long series',
        plannedParts: PARTS,
      });
      for (let i = 1; i <= PARTS; i++)
        await api.create(ARTICLE, { title: `Long part ${i}`, series: seriesId });
      const body = {
        seriesDocumentId: seriesId,
        locale: 'en',
        weekday: 'Thursday',
        time: '16:49',
        zone: 'Europe/Berlin',
        startingFrom: 'next-week',
      };
      const plan = () =>
        fetch(`${server!.url}/newsroom/schedule/plans`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
          body: JSON.stringify(body),
        });

      /**
       * The invariant: every plan id has all PARTS actions or none; exactly
       * one plan is pending, one action per part; every older plan is wholly
       * cancelled (replaced). Returns the plan ids seen.
       */
      const check = async () => {
        const rows = await api.seriesActions(seriesId);
        const plans = new Map<string, any[]>();
        for (const row of rows) plans.set(row.planId, [...(plans.get(row.planId) ?? []), row]);
        for (const [planId, actions] of plans) {
          expect([planId, actions.length]).toEqual([planId, PARTS]);
          expect([planId, new Set(actions.map((a) => a.partNumber)).size]).toEqual([planId, PARTS]);
        }
        const pending = rows.filter((row) => row.status === 'pending');
        if (rows.length > 0) {
          expect(pending).toHaveLength(PARTS);
          expect(new Set(pending.map((row) => row.planId)).size).toBe(1);
          expect(new Set(pending.map((row) => row.partNumber)).size).toBe(PARTS);
        }
        for (const row of rows.filter((r) => r.status !== 'pending')) {
          expect([row.status, row.outcome]).toEqual([
            'cancelled',
            expect.stringMatching(/^replaced by plan /),
          ]);
        }
        return new Set(plans.keys());
      };

      // Three plans that finish, each replacing the one before as every later one does; the
      // third on a freshly started process, like the killed ones: its duration sets the delays.
      const durations: number[] = [];
      for (let i = 0; i < 3; i++) {
        if (i === 2) {
          await server.stop();
          server = await startServer(env);
          api = await adminClient(server.url);
        }
        const started = Date.now();
        const res = await plan();
        expect(res.status).toBe(201);
        await res.arrayBuffer();
        durations.push(Date.now() - started);
      }
      let known = await check();
      expect(known.size).toBe(3);
      // Shrunk by any killed round that was answered first: on a loaded machine one measurement is noisy.
      let estimateMs = durations[2];

      // Evidence that a kill hit the plan's open write transaction: on SQLite
      // a hot rollback journal is left; on PostgreSQL the id sequence moved
      // although no row of the plan is there (inserts rolled back).
      const journal = `${database.env.DATABASE_FILENAME}-journal`;
      const sequence = async () =>
        usesPostgres()
          ? withPg(async (client) => {
              const { rows } = await client.query(
                `select last_value::int as v from "${database.env.DATABASE_SCHEMA}".newsroom_scheduled_actions_id_seq`,
              );
              return rows[0].v as number;
            })
          : 0;

      const fractions = [0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 1.0, 1.3];
      const rounds: any[] = [];
      for (const fraction of fractions) {
        const delay = Math.round(estimateMs * fraction);
        const seqBefore = await sequence();
        const started = Date.now();
        const request = plan().then(
          async (res) => ({ status: res.status, at: Date.now(), body: await res.text() }),
          (error: Error) => ({ status: 0, at: Date.now(), body: error.message }),
        );
        await sleep(delay);
        const killedAt = Date.now();
        await server.kill();
        const answer = await request;
        const midRequest = answer.status === 0;
        const hotJournal = !usesPostgres() && fs.existsSync(journal) && fs.statSync(journal).size > 0;

        server = await startServer(env);
        api = await adminClient(server.url);
        const seqAfter = await sequence();
        const plans = await check();
        const added = [...plans].filter((id) => !known.has(id));
        expect(added.length).toBeLessThanOrEqual(1);
        const outcome = added.length ? 'all' : 'none';
        if (answer.status === 201) expect(outcome).toBe('all');
        else expect(midRequest).toBe(true);
        known = plans;
        if (!midRequest) estimateMs = Math.min(estimateMs, answer.at - started);
        rounds.push({
          delayMs: delay,
          killedAfterMs: killedAt - started,
          midRequest,
          answeredAfterMs: midRequest ? null : answer.at - started,
          outcome,
          insideTransaction: usesPostgres() ? outcome === 'none' && seqAfter > seqBefore : hotJournal,
        });
      }
      const midRequest = rounds.filter((round) => round.midRequest);
      console.log(
        `${usesPostgres() ? 'PostgreSQL' : 'SQLite'}: release plan of ${PARTS} parts, process SIGKILLed:`,
        JSON.stringify({
          planRequestMs: durations,
          rounds: rounds.length,
          killedMidRequest: midRequest.length,
          midRequestAll: midRequest.filter((round) => round.outcome === 'all').length,
          midRequestNone: midRequest.filter((round) => round.outcome === 'none').length,
          insideTransaction: rounds.filter((round) => round.insideTransaction).length,
          rounds,
        }),
      );
      expect(midRequest.length).toBeGreaterThanOrEqual(1);
      expect(rounds.filter((round) => round.insideTransaction).length).toBeGreaterThanOrEqual(1);
    } finally {
      await server?.stop();
      await database.drop();
    }
  });
});
