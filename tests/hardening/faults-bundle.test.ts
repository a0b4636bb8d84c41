/**
 * An embargo bundle's minute with the database away: PostgreSQL (a private
 * server of this test's own) is stopped as the bundle falls due, while its
 * transaction may be under way, and started again 8 s later. The bundle goes
 * out whole after the restart, each entry published exactly once, all at one
 * instant, and the late alert (lateAfterMs 3 s) reaches the failure webhook
 * once, for the bundle. Needs the compiled app (npm run compile).
 */
import http from 'http';
import type { AddressInfo } from 'net';
import type { Client } from 'pg';
import { usesPostgres } from '../helpers/database';
import { adminClient, onServer, restartPostgres, type Server, startServer } from '../helpers/fault-server';
import { startPrivatePostgres } from '../helpers/private-postgres';
import { publishedOtherThanOnce, publishLogInstall, publishLogRead } from '../helpers/publish-log';
import { ARTICLE, eventually, sleep } from '../scheduler/helpers';

const { startReceiver } = require('../../scripts/scheduler/receiver');

jest.setTimeout(150_000);

/** The failure webhook's receiver: every alert body as it came. */
async function alertReceiver() {
  const bodies: any[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      bodies.push(JSON.parse(body));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/alerts`,
    bodies,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('faults: the database away during an embargo bundle', () => {
  // SQLite has no server to stop. On PostgreSQL it runs, or fails: never a silent skip.
  (usesPostgres() ? it : it.skip)(
    '(PostgreSQL only) stopped as a bundle of 20 falls due: it goes out whole after the restart, late alert once',
    async () => {
      const N = 20;
      const OUTAGE_MS = 8000;
      const pg = await startPrivatePostgres();
      const schema = 'faults_bundle';
      await onServer(pg, (client) => client.query(`CREATE SCHEMA ${schema}`));
      const env = { DATABASE_CLIENT: 'postgres', DATABASE_URL: pg.url, DATABASE_SCHEMA: schema };
      const onPg = <T>(work: (client: Client) => Promise<T>) => onServer(pg, work);
      const receiver = await startReceiver();
      const alerts = await alertReceiver();
      let server: Server | null = null;
      try {
        server = await startServer({
          ...env,
          NEWSROOM_SCHEDULER_POLL_MS: '1000',
          NEWSROOM_SCHEDULER_LEASE_MS: '5000',
          NEWSROOM_SCHEDULER_LATE_AFTER_MS: '3000',
          NEWSROOM_SCHEDULER_FAILURE_WEBHOOK: alerts.url,
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
        await onPg(async (client) => {
          for (const statement of publishLogInstall(env)) await client.query(statement);
        });
        const ids: string[] = [];
        for (let i = 0; i < N; i++) ids.push(await api.create(ARTICLE, { title: `Embargoed ${i}` }));
        const dueAt = Date.now() + 4000;
        const created = await api.call('POST', '/newsroom/schedule/bundles', {
          name: 'Outage embargo',
          at: new Date(dueAt).toISOString(),
          entries: ids.map((documentId) => ({ targetType: ARTICLE, documentId, locale: 'en' })),
        });
        expect(created.status).toBe(201);
        const bundleId = created.body.data.id;

        // The stop comes as the bundle falls due: its transaction is cut off, or never starts.
        await sleep(dueAt + 30 - Date.now());
        const stoppingAt = Date.now();
        let readyAt = 0;
        try {
          pg.stop();
          await sleep(stoppingAt + OUTAGE_MS - Date.now());
          readyAt = await restartPostgres(pg);
        } finally {
          await pg.start();
        }

        const bundleRow = async () =>
          onPg(
            async (client) =>
              (
                await client.query(`select * from "${schema}".newsroom_bundles where document_id = $1`, [
                  bundleId,
                ])
              ).rows[0],
          ).catch(() => null);
        const done = await eventually(
          async () => {
            const row = await bundleRow();
            return row && !['pending', 'running'].includes(row.status) ? row : null;
          },
          60_000,
          50,
        );
        const recoveryMs = Date.now() - readyAt;
        const entries = await onPg(
          async (client) =>
            (
              await client.query(
                `select * from "${schema}".newsroom_scheduled_actions where bundle_id = $1 order by id`,
                [bundleId],
              )
            ).rows,
        );
        const lost = () => (server!.output().match(/a database call nobody awaited failed/g) ?? []).length;
        await eventually(
          async () => ids.filter((id) => !receiver.deliveries.has(id)).length <= lost(),
          30_000,
          200,
        ).catch(() => undefined);
        while (receiver.quietFor() < 2000) await sleep(200);
        // The late alert goes through the outbox: give it its delivery.
        await eventually(async () => alerts.bodies.length > 0, 15_000, 100).catch(() => undefined);
        await sleep(1500);
        const publishLog = await onPg(async (client) => (await client.query(publishLogRead(env))).rows);
        console.log(
          'PostgreSQL outage at an embargo bundle’s minute:',
          JSON.stringify({
            entries: N,
            outageMs: readyAt - stoppingAt,
            restartToDoneMs: recoveryMs,
            attempts: Number(done.attempts),
            latenessMs: Number(done.lateness_ms),
            alerts: alerts.bodies.map((b) => `${b.event}:${b.bundle?.id ?? b.action?.id}`),
            eventsLostAfterCommit: lost(),
          }),
        );

        expect(done.status).toBe('done');
        expect(done.last_error === null || /connect|terminat|ECONN|shut/i.test(done.last_error)).toBe(true);
        expect(entries.map((row: any) => [row.status, row.outcome])).toEqual(
          Array(N).fill(['done', 'published']),
        );
        // One instant for all: the entries were marked in the bundle's one transaction.
        expect(new Set(entries.map((row: any) => row.ran_at.getTime())).size).toBe(1);
        expect(entries[0].ran_at.getTime()).toBeGreaterThanOrEqual(readyAt - 1000);
        // Exactly once: one published row written per document, one publish webhook each at most.
        expect(publishedOtherThanOnce(publishLog, ids)).toEqual([]);
        const deliveries = ids.map((id) => receiver.deliveries.get(id) ?? 0);
        expect(deliveries.filter((n) => n > 1)).toEqual([]);
        expect(deliveries.filter((n) => n === 0).length).toBe(lost());
        // Late once, for the bundle (not once per entry), and never failed.
        expect(alerts.bodies.map((b) => [b.event, b.bundle?.id])).toEqual([
          ['newsroom.schedule.late', bundleId],
        ]);
        expect(done.late_alerted_at).not.toBeNull();
        expect(server.alive()).toBe(true);
        expect(server.output()).not.toMatch(/uncaught|unhandled/i);
      } finally {
        await pg.start().catch(() => undefined);
        await server?.stop();
        await receiver.close();
        await alerts.close();
        pg.destroy();
      }
    },
  );
});
