'use strict';
/**
 * Several Strapi instances (child processes) on one database, a local
 * webhook receiver counting entry.publish deliveries, and a burst of
 * scheduled publishes. Used by tests/scheduler/multi-instance.test.ts and
 * by bench.js. Children bind 127.0.0.1 and are stopped by PID.
 */
const fs = require('fs');
const path = require('path');
const { fork } = require('child_process');
const { startReceiver } = require('./receiver');
const { Client } = require('pg');

const ROOT = path.resolve(__dirname, '..', '..');
const { latenessStats } = require('../lib/plugin-source')('domain/schedule');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fresh SQLite file or PostgreSQL schema, as tests/helpers/database.ts makes them. */
async function createDatabase(client, label) {
  const name = `nr_${label}_${process.pid}_${Date.now().toString(36)}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
  if (client === 'postgres') {
    const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
    const pg = async (sql) => {
      const c = new Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(sql);
      } finally {
        await c.end();
      }
    };
    await pg(`CREATE SCHEMA "${name}"`);
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url, DATABASE_SCHEMA: name },
      drop: () => pg(`DROP SCHEMA IF EXISTS "${name}" CASCADE`),
    };
  }
  const file = path.join(ROOT, '.tmp', 'tests', `${name}.db`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
    drop: async () => ['', '-wal', '-shm', '-journal'].forEach((s) => fs.rmSync(file + s, { force: true })),
  };
}

const FAKETIME_LIB = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

/** Env that runs a process on a clock `offset` away from the machine's (libfaketime, e.g. "+120s"). */
function skewedClock(offset) {
  if (!offset || offset === '+0s') return {};
  if (!fs.existsSync(FAKETIME_LIB)) throw new Error(`libfaketime is not installed (${FAKETIME_LIB})`);
  return { LD_PRELOAD: FAKETIME_LIB, FAKETIME: offset, FAKETIME_DONT_FAKE_MONOTONIC: '1' };
}

function startInstance(name, env) {
  const child = fork(path.join(__dirname, 'instance.js'), [], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEWSROOM_DEMO: 'false',
      LOG_LEVEL: process.env.LOG_LEVEL || 'error',
      INSTANCE_ID: name,
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 0;
  const waiting = new Map();
  const instance = { name, child, pid: child.pid, holding: null, exited: false };
  instance.ready = new Promise((resolve, reject) => {
    child.on('message', (message) => {
      if (message.type === 'ready') resolve(message);
      if (message.type === 'holding' && instance.onHolding) instance.onHolding();
      if (message.type === 'reply' || message.type === 'error') {
        const { resolve: ok, reject: fail } = waiting.get(message.id) || {};
        waiting.delete(message.id);
        if (message.type === 'reply') ok?.(message.data);
        else fail?.(new Error(message.message));
      }
    });
    child.on('exit', (code) => {
      instance.exited = true;
      reject(new Error(`instance ${name} exited with ${code} before it was ready`));
    });
  });
  instance.call = (cmd, args = {}) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      waiting.set(id, { resolve, reject });
      child.send({ id, cmd, ...args });
    });
  instance.stop = async () => {
    if (instance.exited) return;
    await Promise.race([instance.call('stop').catch(() => undefined), sleep(10_000)]);
    if (!instance.exited) process.kill(child.pid, 'SIGKILL');
  };
  return instance;
}

/**
 * Counts the published documents of `ids` through `instance` every 20 ms
 * from a second before t0 until all are (at most 120 s): when the first and
 * the last became visible, in ms from t0 (negative: before the due time).
 */
async function watchVisibility(instance, ids, t0) {
  await sleep(Math.max(0, t0 - 1000 - Date.now()));
  const until = Date.now() + 120_000;
  let firstMs = null;
  for (;;) {
    const count = (await instance.call('published', { ids })).length;
    const at = Date.now() - t0;
    if (count > 0 && firstMs === null) firstMs = at;
    if (count >= ids.length) return { firstMs, allMs: at };
    if (Date.now() > until) return { firstMs, allMs: null };
    await sleep(20);
  }
}

/**
 * The same from a process of its own reading the database directly
 * (watcher.js): when the commit became visible, apart from how busy the
 * instances and this process (the webhook receiver) are right after it.
 */
function watchDatabase(env, ids, t0) {
  const child = fork(path.join(__dirname, 'watcher.js'), [], { env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    child.once('message', (message) => {
      child.kill();
      if (message.error) reject(new Error(`watcher: ${message.error}`));
      else
        resolve({
          firstMs: message.firstAt === null ? null : message.firstAt - t0,
          allMs: message.allAt === null ? null : message.allAt - t0,
        });
    });
    child.once('error', reject);
    child.send({ ids, from: t0 - 1000, until: t0 + 120_000 });
  });
}

/**
 * Runs `count` publishes due from about now + leadMs, spread over spreadMs,
 * on `instances` processes; with kill, the last instance hangs inside a
 * publish transaction after killAfter publishes and is SIGKILLed there; with
 * killAfterCommit = n, instance B SIGKILLs itself right after its nth publish
 * commits. `probe` (statements for the database, given its env) is installed
 * once every instance is up; its `read` query's rows come back as summary.probe.
 */
async function runCluster({
  client = process.env.DATABASE_CLIENT || 'sqlite',
  instances = 3,
  count = 300,
  spreadMs = 3000,
  kill = false,
  killAfter = 0,
  killAfterCommit = false,
  probe = null,
  leaseMs = 3000,
  pollMs = 2000,
  batchSize = null,
  prepareMs = null,
  bundle = false,
  clocks = [],
  log = () => undefined,
}) {
  const database = await createDatabase(client, `multi`);
  const receiver = await startReceiver();
  const all = [];
  try {
    const common = {
      ...database.env,
      WEBHOOK_URL: receiver.url,
      SCHED_LEASE_MS: String(leaseMs),
      SCHED_POLL_MS: String(pollMs),
      ...(batchSize ? { SCHED_BATCH: String(batchSize) } : {}),
      ...(prepareMs !== null ? { SCHED_PREPARE_MS: String(prepareMs) } : {}),
    };
    // With a victim, the others start their runners only once it holds a claim: on SQLite the
    // write lock decides who claims, and a victim that never claims would never be killed.
    const others = kill ? { SCHED_START: 'later' } : {};
    const first = startInstance('A', {
      ...common,
      ...others,
      ...skewedClock(clocks[0]),
      CREATE_WEBHOOK: 'true',
    });
    all.push(first);
    await first.ready;
    const ids = await first.call('seed', { count, label: client });
    log(`seeded ${count} drafts`);
    for (let i = 1; i < instances; i++) {
      const victim = kill && i === instances - 1;
      const diesAfterCommit = killAfterCommit && i === 1 && !victim;
      all.push(
        startInstance(String.fromCharCode(65 + i), {
          ...common,
          ...(victim ? { SCHED_SLOW_AFTER: String(killAfter) } : others),
          ...(diesAfterCommit ? { SCHED_DIE_AFTER_COMMIT: String(killAfterCommit - 1) } : {}),
          ...skewedClock(clocks[i]),
        }),
      );
    }
    await Promise.all(all.map((instance) => instance.ready));
    if (probe) await first.call('sql', { statements: probe.install(database.env) });
    let killedAt = null;
    let publishedWhileHolding = null;
    if (kill) {
      const victim = all[all.length - 1];
      victim.onHolding = () => {
        if (killedAt) return;
        killedAt = Date.now();
        // What readers see while the victim holds its transaction open (a bundle: none of it).
        first
          .call('published', { ids })
          .then((rows) => (publishedWhileHolding = rows.length))
          .catch(() => undefined);
        // A moment later, so its other claims are inside their transactions too.
        setTimeout(() => {
          killedAt = Date.now();
          process.kill(victim.pid, 'SIGKILL');
        }, 200);
        for (const instance of all) if (instance !== victim) instance.call('start').catch(() => undefined);
      };
    }
    // Far enough ahead that scheduling (and the other instances' re-arming) is over before the first is due.
    // Publishing ahead: further still, so the whole burst is scheduled before the runner may start on it.
    const t0 = Date.now() + 3000 + count * 25 + (prepareMs ?? 0);
    await first.call('schedule', { ids, t0, spreadMs, bundle });
    if (kill) {
      // Should the victim never claim, the others start anyway (and the summary shows it was not killed).
      setTimeout(
        () => {
          if (!killedAt) for (const instance of all) instance.call('start').catch(() => undefined);
        },
        Math.max(0, t0 - Date.now()) + 10_000,
      ).unref();
    }
    log(`scheduled; first due in ${t0 - Date.now()} ms`);
    // A burst (all due at t0): when readers first saw any of it and all of it, read from the database.
    const visibility = spreadMs === 0 && !kill ? watchVisibility(first, ids, t0) : null;
    const inDatabase = spreadMs === 0 && !kill ? watchDatabase(database.env, ids, t0) : null;

    const deadline = Date.now() + 120_000;
    let actions = [];
    for (;;) {
      actions = await first.call('actions', { ids });
      const open = actions.filter((a) => a.status === 'pending' || a.status === 'running').length;
      if (open === 0 || Date.now() > deadline) break;
      await sleep(300);
    }
    // Deliveries follow the commits, seconds later on a loaded machine: wait (at most 30 s) until every
    // done action's document has one, except those of an instance that died right after its commit
    // (its entry.publish may be lost), then until they stop coming.
    const deadName = killAfterCommit ? all[1].name : null;
    const expected = actions
      .filter((a) => a.status === 'done' && (a.ranBy || String(a.leaseOwner).split('#')[0]) !== deadName)
      .map((a) => a.targetDocumentId);
    const deliveriesBy = Date.now() + 30_000;
    while (expected.some((id) => !receiver.deliveries.has(id)) && Date.now() < deliveriesBy) await sleep(200);
    while (receiver.quietFor() < 3000) await sleep(200);
    const visible = visibility ? await visibility : null;
    const visibleInDatabase = inDatabase ? await inDatabase : null;
    const published = await first.call('published', { ids });
    const probed = probe ? await first.call('sql', { statements: [probe.read(database.env)] }) : null;

    const lateness = actions.filter((a) => a.status === 'done').map((a) => Number(a.latenessMs));
    const ranAt = actions.filter((a) => a.ranAt).map((a) => Date.parse(a.ranAt));
    const ranBy = (a) => a.ranBy || String(a.leaseOwner).split('#')[0];
    const byInstance = {};
    for (const a of actions) byInstance[ranBy(a)] = (byInstance[ranBy(a)] || 0) + 1;
    // The truth, on this process's (unskewed) clock: when each publish's webhook arrived.
    const done = actions.filter((a) => a.status === 'done');
    const arrivalLateness = done
      .filter((a) => receiver.firstAt.has(a.targetDocumentId))
      .map((a) => receiver.firstAt.get(a.targetDocumentId) - Date.parse(a.dueAt));
    // How far each recorded run time is from when its webhook arrived (a skewed clock shows here).
    const recordedVsArrival = done
      .filter((a) => a.ranAt && receiver.firstAt.has(a.targetDocumentId))
      .map((a) => receiver.firstAt.get(a.targetDocumentId) - Date.parse(a.ranAt));
    const takenOverRuns = done.filter((a) => a.attempts > 1 && a.ranAt).map((a) => Date.parse(a.ranAt));
    const deliveries = ids.map((id) => receiver.deliveries.get(id) || 0);
    const owner = new Map(actions.map((a) => [a.targetDocumentId, ranBy(a)]));
    const undelivered = ids.filter((id) => !receiver.deliveries.get(id)).map((id) => owner.get(id));
    return {
      client,
      instances,
      count,
      killed: kill
        ? { name: all[all.length - 1].name, at: killedAt, exited: all[all.length - 1].exited }
        : null,
      // Instance B, dead right after a commit: what it had committed (those actions must stay done, run once).
      diedAfterCommit: killAfterCommit
        ? {
            name: all[1].name,
            exited: all[1].exited,
            committed: done
              .filter((a) => ranBy(a) === all[1].name)
              .map((a) => ({ document: a.targetDocumentId, attempts: a.attempts, outcome: a.outcome })),
          }
        : null,
      probe: probed,
      done: actions.filter((a) => a.status === 'done').length,
      failed: actions.filter((a) => a.status === 'failed').map((a) => a.lastError),
      open: actions.filter((a) => a.status === 'pending' || a.status === 'running').length,
      takenOver: actions.filter((a) => a.attempts > 1).length,
      deliveries: Object.fromEntries(ids.map((id, i) => [id, deliveries[i]])),
      deliveredOnce: deliveries.filter((n) => n === 1).length,
      deliveredTwice: deliveries.filter((n) => n > 1).length,
      notDelivered: deliveries.filter((n) => n === 0).length,
      undeliveredBy: undelivered,
      publishedVersions: published.length,
      distinctPublished: new Set(published).size,
      visible,
      visibleInDatabase,
      lateness: latenessStats(lateness),
      earliestMs: lateness.length ? Math.min(...lateness) : null,
      arrivalLateness: latenessStats(arrivalLateness),
      earliestArrivalMs: arrivalLateness.length ? Math.min(...arrivalLateness) : null,
      recordedVsArrivalMs: recordedVsArrival.length
        ? { min: Math.min(...recordedVsArrival), max: Math.max(...recordedVsArrival) }
        : null,
      // From the SIGKILL to the last taken-over action's run (ranAt: the database's clock, same host).
      takeOverMs: kill && killedAt && takenOverRuns.length ? Math.max(...takenOverRuns) - killedAt : null,
      publishedWhileHolding,
      ranAtValues: ranAt,
      actionsPerSecond:
        // Published ahead, a burst runs at one instant: no rate to speak of.
        !bundle && ranAt.length > 1 && Math.max(...ranAt) - Math.min(...ranAt) >= 10
          ? Math.round((ranAt.length / Math.max(1, Math.max(...ranAt) - Math.min(...ranAt))) * 1000)
          : null,
      byInstance,
      victimRows: kill
        ? actions
            .filter((a) => String(a.leaseOwner).startsWith(all[all.length - 1].name + '#'))
            .map((a) => ({
              status: a.status,
              attempts: a.attempts,
              ranAt: a.ranAt,
              owner: a.leaseOwner,
              killedAt: new Date(killedAt).toISOString(),
            }))
            .slice(0, 3)
        : null,
    };
  } finally {
    await Promise.all(all.map((instance) => instance.stop()));
    await receiver.close();
    await database.drop();
  }
}

module.exports = { runCluster };

if (require.main === module) {
  runCluster({
    instances: Number(process.argv[2] || 3),
    count: Number(process.argv[3] || 300),
    kill: process.argv[4] === 'kill',
    log: console.log,
  })
    .then((summary) => console.log(JSON.stringify(summary, null, 2)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
