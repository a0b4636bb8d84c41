/**
 * Three Strapi processes on one database (a PostgreSQL schema, or one SQLite
 * file with DATABASE_CLIENT unset), a burst of scheduled publishes, and one
 * process SIGKILLed inside a publish transaction while it holds claims.
 * Needs the compiled app (npm run compile).
 */
const { runCluster } = require('../../scripts/scheduler/harness');

jest.setTimeout(180_000);

it('runs every action exactly once on three instances, one of them killed mid-publish', async () => {
  const postgres = process.env.DATABASE_CLIENT === 'postgres';
  const summary = await runCluster({
    instances: 3,
    count: 150,
    spreadMs: 5000,
    kill: true,
    // The default lease: a live runner renews it, so it can be short.
    leaseMs: 5000,
    pollMs: 2000,
  });
  console.log(
    `${postgres ? 'PostgreSQL' : 'SQLite'}, 3 instances, 150 actions over 5 s, one killed:`,
    JSON.stringify({
      lateness: summary.lateness,
      byInstance: summary.byInstance,
      takenOver: summary.takenOver,
      takeOverMs: summary.takeOverMs,
      actionsPerSecond: summary.actionsPerSecond,
      undeliveredBy: summary.undeliveredBy,
    }),
  );
  expect(summary.killed.exited).toBe(true);
  expect(summary.failed).toEqual([]);
  expect(summary.open).toBe(0);
  expect(summary.done).toBe(150);
  // The killed instance's claims were taken over after their lease ran out.
  expect(summary.takenOver).toBeGreaterThanOrEqual(1);
  // Within the 5 s lease (plus a reconcile and the publish), not a minute later.
  expect(summary.takeOverMs).toBeLessThan(8000);
  // Exactly once: one published version per document, one entry.publish delivery each.
  expect(summary.publishedVersions).toBe(150);
  expect(summary.distinctPublished).toBe(150);
  expect(summary.deliveredTwice).toBe(0);
  expect(summary.notDelivered).toBe(0);
  // Early is a bug: no action may run before its time.
  expect(summary.lateness.count).toBe(150);
  expect(summary.earliestMs).toBeGreaterThanOrEqual(0);
});
