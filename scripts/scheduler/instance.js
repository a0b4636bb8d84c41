'use strict';
/**
 * One Strapi instance for the multi-instance test and the bench: boots the
 * compiled app from dist/, listens on 127.0.0.1 (port 0), and takes
 * commands from its parent over IPC. Database settings come from the env.
 *
 * SCHED_SLOW_AFTER=n makes this instance hang inside its (n+1)th publish
 * transaction, after the publish and before the commit, and tell the parent
 * ("holding"), so the parent can SIGKILL it mid-publish. SCHED_DIE_AFTER_COMMIT=n
 * makes it SIGKILL itself right after the commit of its (n+1)th publish
 * transaction (the action is done, its entry.publish not yet sent).
 * SCHED_START=later keeps the runner stopped until the parent sends "start".
 */
const { boot, listen } = require('../boot');

const ARTICLE = 'plugin::newsroom.article';
const env = (name, fallback) => (process.env[name] === undefined ? fallback : process.env[name]);

async function main() {
  const strapi = await boot();
  const port = await listen(strapi);

  if (env('WEBHOOK_URL')) {
    const url = env('WEBHOOK_URL');
    let hook = (await strapi.get('webhookStore').findWebhooks()).find((w) => w.url === url);
    if (!hook && env('CREATE_WEBHOOK') === 'true') {
      hook = await strapi.get('webhookStore').createWebhook({
        name: 'scheduler-test',
        url,
        headers: {},
        events: ['entry.publish'],
        isEnabled: true,
      });
    }
    // update = remove + add: the runner may have loaded it at boot already.
    if (hook) strapi.get('webhookRunner').update(hook);
    // Node loads its fetch (undici) at the first call: on a loaded machine that took seconds, and
    // Strapi gives a delivery 10 s. Warmed here, so a lost webhook in a run means one that was lost.
    await fetch(url, { method: 'POST', body: '{}' }).then((res) => res.arrayBuffer());
  }

  const runner = strapi.plugin('newsroom').service('scheduler');
  await runner.stop();
  strapi.config.set('plugin::newsroom.scheduler', {
    ...strapi.config.get('plugin::newsroom.scheduler'),
    enabled: true,
    pollMs: Number(env('SCHED_POLL_MS', 2000)),
    leaseMs: Number(env('SCHED_LEASE_MS', 3000)),
    retryBaseMs: 200,
    retryMaxMs: 2000,
    maxAttempts: 20,
    concurrency: process.env.SCHED_CONCURRENCY ? Number(process.env.SCHED_CONCURRENCY) : null,
    ...(process.env.SCHED_BATCH ? { batchSize: Number(process.env.SCHED_BATCH) } : {}),
    ...(process.env.SCHED_PREPARE_MS ? { prepareMs: Number(process.env.SCHED_PREPARE_MS) } : {}),
    instanceId: env('INSTANCE_ID', `instance-${process.pid}`),
  });
  const slowAfter = env('SCHED_SLOW_AFTER');
  if (slowAfter !== undefined) {
    let done = 0;
    runner.setHooks({
      insideTransaction: async () => {
        if (done++ < Number(slowAfter)) return;
        process.send?.({ type: 'holding' });
        await new Promise(() => undefined); // never commits: killed while holding the claim
      },
    });
  }
  const dieAfterCommit = env('SCHED_DIE_AFTER_COMMIT');
  if (dieAfterCommit !== undefined) {
    let done = 0;
    runner.setHooks({
      insideTransaction: async () => {
        if (done++ < Number(dieAfterCommit)) return;
        // Joins the publishing transaction (Strapi reuses the open one) to run right after its commit.
        await strapi.db.transaction(({ onCommit }) => onCommit(() => process.kill(process.pid, 'SIGKILL')));
      },
    });
  }
  // SCHED_START=later: the runner waits for a "start" command (the harness lets a victim claim first).
  if (env('SCHED_START') !== 'later') await runner.start();

  process.on('message', (message) =>
    handle(strapi, message).catch((error) =>
      process.send?.({ type: 'error', id: message.id, message: error.stack }),
    ),
  );
  process.send?.({ type: 'ready', port, pid: process.pid });
}

async function handle(strapi, message) {
  const reply = (data) => process.send?.({ type: 'reply', id: message.id, data });
  if (message.cmd === 'seed') {
    const docs = strapi.documents(ARTICLE);
    const ids = [];
    for (let i = 0; i < message.count; i++) {
      ids.push(
        (await docs.create({ data: { title: `Scheduled ${message.label} ${i}` }, locale: 'en' })).documentId,
      );
    }
    reply(ids);
  } else if (message.cmd === 'schedule' && message.bundle) {
    // One embargo bundle of every document, due at t0.
    await strapi
      .plugin('newsroom')
      .service('bundles')
      .create(
        {
          name: `bench bundle of ${message.ids.length}`,
          at: new Date(message.t0).toISOString(),
          entries: message.ids.map((documentId) => ({ targetType: ARTICLE, documentId, locale: 'en' })),
        },
        { ability: null, userId: null, email: 'bench', superAdmin: false },
      );
    reply(message.ids.length);
  } else if (message.cmd === 'schedule') {
    const schedule = strapi.plugin('newsroom').service('schedule');
    for (const [i, documentId] of message.ids.entries()) {
      const at = new Date(message.t0 + Math.round((i * message.spreadMs) / message.ids.length)).toISOString();
      await schedule.schedule(
        { targetType: ARTICLE, documentId, locale: 'en', action: 'publish', at, force: true },
        // Code, not a person: the plugin's authority (no rights to re-check at run time).
        { ability: null, userId: null, email: 'bench', superAdmin: false },
      );
    }
    reply(message.ids.length);
  } else if (message.cmd === 'actions') {
    reply(
      await strapi.db
        .query('plugin::newsroom.scheduled-action')
        .findMany({ where: { targetDocumentId: { $in: message.ids } } }),
    );
  } else if (message.cmd === 'published') {
    const rows = await strapi.db.query(ARTICLE).findMany({
      where: { documentId: { $in: message.ids }, publishedAt: { $notNull: true } },
      select: ['documentId'],
    });
    reply(rows.map((row) => row.documentId));
  } else if (message.cmd === 'sql') {
    // Test probes (a trigger, a table) on this instance's database; replies the last statement's rows.
    let rows = [];
    for (const statement of message.statements) {
      const result = await strapi.db.connection.raw(statement);
      rows = Array.isArray(result) ? result : (result?.rows ?? []);
    }
    reply(rows);
  } else if (message.cmd === 'start') {
    await strapi.plugin('newsroom').service('scheduler').start();
    reply(true);
  } else if (message.cmd === 'stop') {
    await strapi.destroy();
    reply(true);
    process.exit(0);
  }
}

main().catch((error) => {
  console.error('instance failed to start', error);
  process.exit(1);
});
