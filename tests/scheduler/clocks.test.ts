/**
 * Three Strapi processes on one PostgreSQL whose own clocks disagree by
 * minutes (libfaketime: one 120 s fast, one 120 s slow): the scheduler runs
 * on the database's clock, so every action runs once, never early, and the
 * recorded run times and lateness are the true ones (checked against when
 * each publish's webhook arrived here, on the machine's clock).
 * SQLite has no clock of its own (it is a library in each process): several
 * processes on one file share a host and its clock, so there is nothing to
 * skew there and the test is PostgreSQL's. Needs the compiled app.
 */
const { runCluster } = require('../../scripts/scheduler/harness');

jest.setTimeout(180_000);

const onPostgres = process.env.DATABASE_CLIENT === 'postgres' ? it : it.skip;

onPostgres('runs each action once and on time on instances whose clocks are 2 minutes apart', async () => {
  const summary = await runCluster({
    instances: 3,
    count: 60,
    spreadMs: 6000,
    clocks: ['+0s', '+120s', '-120s'],
    leaseMs: 5000,
    pollMs: 2000,
  });
  console.log(
    'PostgreSQL, 3 instances at 0 / +120 s / -120 s, 60 actions over 6 s:',
    JSON.stringify({
      recorded: summary.lateness,
      arrival: summary.arrivalLateness,
      recordedVsArrivalMs: summary.recordedVsArrivalMs,
      byInstance: summary.byInstance,
    }),
  );
  expect(summary.failed).toEqual([]);
  expect(summary.done).toBe(60);
  expect(summary.publishedVersions).toBe(60);
  expect(summary.deliveredTwice).toBe(0);
  expect(summary.notDelivered).toBe(0);
  // The skewed instances ran some of them (which instance wins each claim is a race: B and C together
  // ran 5, 8 and 39 of the 60 in three runs), each checked below like the rest: once, never early.
  expect((summary.byInstance.B ?? 0) + (summary.byInstance.C ?? 0)).toBeGreaterThan(0);
  // Never early, by the record and by the machine's clock.
  expect(summary.earliestMs).toBeGreaterThanOrEqual(0);
  expect(summary.earliestArrivalMs).toBeGreaterThanOrEqual(0);
  // On time: not 2 minutes late.
  expect(summary.arrivalLateness.max).toBeLessThan(5000);
  // The recorded run time is the true one: the webhook arrives shortly after it, never before.
  expect(summary.recordedVsArrivalMs.min).toBeGreaterThanOrEqual(-50);
  expect(summary.recordedVsArrivalMs.max).toBeLessThan(3000);
});
