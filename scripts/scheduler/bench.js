'use strict';
/**
 * npm run bench:scheduler — lateness p50/p99/max and actions/s of scheduled
 * publishing on 1 and 3 instances, side by side, on the database the env
 * names (DATABASE_CLIENT=postgres DATABASE_URL=...; SQLite otherwise).
 * Two loads: a steady one (COUNT actions due over SPREAD_MS) for lateness,
 * and a burst (all due at once) for throughput. Compile first (npm run compile).
 */
const { runCluster } = require('./harness');

const steady = { count: Number(process.env.COUNT || 100), spreadMs: Number(process.env.SPREAD_MS || 10_000) };
const burst = { count: Number(process.env.BURST || 200), spreadMs: 0 };

async function main() {
  const client = process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite';
  const rows = [];
  for (const [load, settings] of [
    ['steady', steady],
    ['burst', burst],
  ]) {
    for (const instances of [1, 3]) {
      process.stderr.write(
        `${client}: ${load} ${settings.count} actions over ${settings.spreadMs} ms on ${instances} instance(s)...\n`,
      );
      const s = await runCluster({ client, instances, ...settings, pollMs: 5000, leaseMs: 30_000 });
      if (s.done !== settings.count || s.deliveredTwice || s.distinctPublished !== settings.count) {
        throw new Error(`not exactly once: ${JSON.stringify(s)}`);
      }
      rows.push({
        load: `${load} ${settings.count}/${settings.spreadMs / 1000}s`,
        instances,
        ...s.lateness,
        actionsPerSecond: s.actionsPerSecond,
      });
    }
  }
  const cell = (v) => String(v === null || v === undefined ? '-' : typeof v === 'number' ? Math.round(v) : v);
  const head = ['load', 'instances', 'p50 ms', 'p99 ms', 'max ms', 'actions/s'];
  const body = rows.map((r) => [r.load, r.instances, r.p50, r.p99, r.max, r.actionsPerSecond].map(cell));
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
