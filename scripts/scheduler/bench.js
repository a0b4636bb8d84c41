'use strict';
/**
 * npm run bench:scheduler — lateness p50/p99/max and actions/s of scheduled
 * publishing on 1 and 3 instances, side by side, on the database the env
 * names (DATABASE_CLIENT=postgres DATABASE_URL=...; SQLite otherwise).
 * Four loads: a steady one (COUNT actions due over SPREAD_MS) for lateness,
 * a burst (BURST actions all due at once) for throughput, and a large burst
 * (BIG_BURST, default 1,000, due at one instant: the front page at 06:00) and
 * an embargo bundle (BUNDLE entries, default 100, one transaction).
 * LOADS=steady,burst,big,bundle picks some; INSTANCES=1,3 the instance counts;
 * BATCHES=1,20 compares actions per transaction (default: the plugin's default only);
 * PREPARE=0,30000 compares starting when due with publishing ahead (scheduler.prepareMs).
 * "db first/all ms": from a burst's due instant until a reader of the database in a process of its own
 * (watcher.js) saw its first and its last document published; "via A first/all ms": the same asked
 * through instance A (it waits while A is busy after the commit); "last webhook ms": until the last
 * entry.publish webhook arrived.
 * Compile first (npm run compile).
 */
const { runCluster } = require('./harness');

const steady = { count: Number(process.env.COUNT || 100), spreadMs: Number(process.env.SPREAD_MS || 10_000) };
const burst = { count: Number(process.env.BURST || 200), spreadMs: 0 };
const big = { count: Number(process.env.BIG_BURST || 1000), spreadMs: 0 };
const bundle = { count: Number(process.env.BUNDLE || 100), spreadMs: 0, bundle: true };
const loads = (process.env.LOADS || 'steady,burst,big,bundle').split(',');
const instanceCounts = (process.env.INSTANCES || '1,3').split(',').map(Number);
const batches = process.env.BATCHES ? process.env.BATCHES.split(',').map(Number) : [null];
// PREPARE=0,30000 compares starting when due with publishing ahead (scheduler.prepareMs).
const prepares = process.env.PREPARE ? process.env.PREPARE.split(',').map(Number) : [null];

async function main() {
  const client = process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite';
  const rows = [];
  for (const [load, settings] of [
    ['steady', steady],
    ['burst', burst],
    ['burst', big, 'big'],
    ['bundle', bundle],
  ].filter(([name, , key]) => loads.includes(key || name))) {
    const runs = instanceCounts.flatMap((n) => batches.flatMap((b) => prepares.map((p) => [n, b, p])));
    for (const [instances, batchSize, prepareMs] of runs) {
      process.stderr.write(
        `${client}: ${load} ${settings.count} actions over ${settings.spreadMs} ms on ${instances} instance(s), batch ${batchSize ?? 'default'}, prepare ${prepareMs ?? 'default'}...\n`,
      );
      const s = await runCluster({
        client,
        instances,
        ...settings,
        pollMs: 5000,
        leaseMs: 5000,
        batchSize,
        prepareMs,
      });
      if (s.done !== settings.count || s.deliveredTwice || s.distinctPublished !== settings.count) {
        throw new Error(`not exactly once: ${JSON.stringify(s)}`);
      }
      rows.push({
        load: `${load} ${settings.count}/${settings.spreadMs / 1000}s`,
        instances,
        batch: batchSize ?? 'default',
        prepare: prepareMs ?? 'default',
        ...s.lateness,
        actionsPerSecond: s.actionsPerSecond,
        // From the due instant (a burst's) until a reader of the database in a process of its own
        // saw the first and the last of it, and until a reader asking through instance A did.
        dbFirstMs: s.visibleInDatabase?.firstMs,
        dbAllMs: s.visibleInDatabase?.allMs,
        firstVisibleMs: s.visible?.firstMs,
        allVisibleMs: s.visible?.allMs,
        // The due instant until the last webhook arrived (this process's clock).
        lastWebhookMs: s.arrivalLateness.max,
      });
    }
  }
  const cell = (v) => String(v === null || v === undefined ? '-' : typeof v === 'number' ? Math.round(v) : v);
  const head = [
    'load',
    'instances',
    'batch',
    'prepare ms',
    'p50 ms',
    'p99 ms',
    'max ms',
    'actions/s',
    'db first ms',
    'db all ms',
    'via A first ms',
    'via A all ms',
    'last webhook ms',
  ];
  const body = rows.map((r) =>
    [
      r.load,
      r.instances,
      r.batch,
      r.prepare,
      r.p50,
      r.p99,
      r.max,
      r.actionsPerSecond,
      r.dbFirstMs,
      r.dbAllMs,
      r.firstVisibleMs,
      r.allVisibleMs,
      r.lastWebhookMs,
    ].map(cell),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log(`\nScheduled publishing on ${client} (${require('os').cpus().length} CPUs)`);
  console.log(line(head));
  for (const b of body) console.log(line(b));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
