/**
 * Strapi processes on one database (a PostgreSQL schema, or one SQLite file
 * with DATABASE_CLIENT unset), a burst of scheduled publishes: two carry the
 * load, one is SIGKILLed inside a publish transaction while it holds claims,
 * and one SIGKILLs itself right after its first publish commits.
 * Needs the compiled app (npm run compile).
 */
import { publishedOtherThanOnce, publishLogInstall, publishLogRead } from '../helpers/publish-log';

const { runCluster } = require('../../scripts/scheduler/harness');

jest.setTimeout(180_000);

/** Take-over comes within a few seconds of the 5 s lease: a regression to waiting out a long lease crosses this. */
const TAKE_OVER_BOUND_MS = 15_000;

it('runs every action exactly once on four instances, one killed mid-publish, one right after a commit', async () => {
  const postgres = process.env.DATABASE_CLIENT === 'postgres';
  const summary = await runCluster({
    instances: 4,
    count: 150,
    spreadMs: 5000,
    kill: true,
    // Instance B dies right after its first publish commits; A and C are left to carry the load.
    killAfterCommit: 1,
    // The database counts every published row written, independently of Strapi and the webhooks.
    probe: { install: publishLogInstall, read: publishLogRead },
    // The default lease: a live runner renews it, so it can be short.
    leaseMs: 5000,
    pollMs: 2000,
  });
  const { probe, ...shown } = summary;
  console.log(
    `${postgres ? 'PostgreSQL' : 'SQLite'}, 4 instances, 150 actions over 5 s, one killed in, one after a commit:`,
    JSON.stringify({
      lateness: shown.lateness,
      byInstance: shown.byInstance,
      takenOver: shown.takenOver,
      takeOverMs: shown.takeOverMs,
      actionsPerSecond: shown.actionsPerSecond,
      undeliveredBy: shown.undeliveredBy,
      diedAfterCommit: shown.diedAfterCommit,
      publishLogRows: probe.length,
    }),
  );
  expect(summary.killed.exited).toBe(true);
  expect(summary.failed).toEqual([]);
  expect(summary.open).toBe(0);
  expect(summary.done).toBe(150);
  // The killed instance's claims were taken over after their lease ran out.
  expect(summary.takenOver).toBeGreaterThanOrEqual(1);
  // Soon after the 5 s lease (plus a reconcile and the publishes: 4.8 s on an idle machine, up to 11 s
  // seen beside a full test run on two cores), not the minute a long lease would take.
  expect(summary.takeOverMs).toBeLessThan(TAKE_OVER_BOUND_MS);

  // Killed right after its commit: what it committed stays done, from its one attempt, and nobody runs it again.
  const dead = summary.diedAfterCommit;
  expect(dead.exited).toBe(true);
  expect(dead.committed.length).toBeGreaterThanOrEqual(1);
  for (const action of dead.committed) expect([action.attempts, action.outcome]).toEqual([1, 'published']);

  // Exactly once, counted twice over. The database's log: one published row written per document
  // (a publish run again would write a second). Strapi's own state: one published version each.
  const ids = Object.keys(summary.deliveries);
  expect(ids).toHaveLength(150);
  expect(publishedOtherThanOnce(probe, ids)).toEqual([]);
  expect(summary.publishedVersions).toBe(150);
  expect(summary.distinctPublished).toBe(150);
  // The webhooks: never a second delivery. A publish whose process died right after the commit may
  // lose its entry.publish (Strapi sends it after the commit); only those may be missing.
  expect(summary.deliveredTwice).toBe(0);
  const deadDocuments = new Set(dead.committed.map((action: any) => action.document));
  const missing = ids.filter((id) => summary.deliveries[id] === 0);
  expect(missing.filter((id) => !deadDocuments.has(id))).toEqual([]);
  // Early is a bug: no action may run before its time.
  expect(summary.lateness.count).toBe(150);
  expect(summary.earliestMs).toBeGreaterThanOrEqual(0);
});

/** Prints what a take-over case measured; returns the database's publish log. */
function showTakeOver(label: string, { probe, ...shown }: any) {
  console.log(
    `${process.env.DATABASE_CLIENT === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${label}:`,
    JSON.stringify({
      lateness: shown.lateness,
      byInstance: shown.byInstance,
      publishedWhileHolding: shown.publishedWhileHolding,
      takeOverMs: shown.takeOverMs,
      publishLogRows: probe.length,
    }),
  );
  return probe;
}

/**
 * Both killed-in-a-transaction cases of 40 due at one instant: nothing of the victim's transaction was
 * seen, the others put all 40 out on their second attempt, never early, exactly once (one published row
 * written per document, one published version, one webhook each).
 */
function expectTakenOverWhole(summary: any, probe: any[]) {
  expect(summary.killed.exited).toBe(true);
  expect(summary.publishedWhileHolding).toBe(0);
  expect(summary.failed).toEqual([]);
  expect(summary.open).toBe(0);
  expect(summary.done).toBe(40);
  expect(summary.byInstance[summary.killed.name]).toBeUndefined();
  expect(summary.takenOver).toBe(40);
  expect(summary.earliestMs).toBeGreaterThanOrEqual(0);
  const ids = Object.keys(summary.deliveries);
  expect(publishedOtherThanOnce(probe, ids)).toEqual([]);
  expect(summary.distinctPublished).toBe(40);
  expect(summary.deliveredOnce).toBe(40);
}

it('puts an embargo bundle out whole, once, when the instance running it is killed mid-bundle', async () => {
  const summary = await runCluster({
    instances: 3,
    count: 40,
    spreadMs: 0,
    bundle: true,
    // The victim claims the bundle and hangs inside its transaction after 10 of the 40 publishes.
    kill: true,
    killAfter: 10,
    probe: { install: publishLogInstall, read: publishLogRead },
    leaseMs: 5000,
    pollMs: 2000,
  });
  const probe = showTakeOver(`3 instances, a bundle of 40 killed after 10 entries`, summary);
  // While the victim held the bundle half done, readers saw none of it; another instance ran all of
  // it, on the bundle's second attempt, within the lease.
  expectTakenOverWhole(summary, probe);
  expect(Object.keys(summary.byInstance)).toHaveLength(1);
  expect(summary.takeOverMs).toBeLessThan(TAKE_OVER_BOUND_MS);
  // One instant for all: every entry's recorded run time is the same.
  expect(new Set(summary.ranAtValues).size).toBe(1);
});

it('puts a burst published ahead out once, on time or within the lease, when its instance is killed before the instant', async () => {
  const summary = await runCluster({
    instances: 3,
    count: 40,
    spreadMs: 0,
    // The victim starts on the instant's 40 actions ahead, hangs inside that transaction after 10
    // publishes and is SIGKILLed there, before the instant.
    prepareMs: 20_000,
    kill: true,
    killAfter: 10,
    probe: { install: publishLogInstall, read: publishLogRead },
    leaseMs: 5000,
    pollMs: 2000,
  });
  const probe = showTakeOver(`3 instances, 40 published ahead, the instance killed after 10`, summary);
  // What the victim had published ahead was never visible (its transaction had not committed); the
  // others took all 40 over, never before the instant.
  expectTakenOverWhole(summary, probe);
  expect(summary.earliestArrivalMs).toBeGreaterThanOrEqual(0);
});
