'use strict';
// npm run bench [-- --postgres] [--articles 3000] [--series 200] [--duration 10] [--connections 10]
//
// Generates (once) a realistic newsroom, starts Strapi in production mode and
// drives the series and article endpoints with autocannon, side by side with
// (a) the same data read the standard Strapi way and (b) a bare Koa server
// answering the same bytes. Prints requests/s, p50/p99 and the ratios, and
// writes them to bench-results/.
const fs = require('fs');
const path = require('path');
const autocannon = require('autocannon');
const { boot, databaseEnv, PRODUCTION_SECRETS, ROOT } = require('./boot');
const { generate } = require('./dataset');
const { startServer } = require('./processes');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const postgres = args.includes('--postgres');
const size = { articles: option('articles', 3000), series: option('series', 200) };
const duration = option('duration', 10);
const connections = option('connections', 10);

const env = { ...databaseEnv(postgres), ...PRODUCTION_SECRETS, NEWSROOM_DEMO: 'false', LOG_LEVEL: 'error' };
Object.assign(process.env, env);

async function prepareDataset() {
  const marker = JSON.stringify(size);
  if (postgres) {
    const { Client } = require('pg');
    const client = new Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    const found = await client.query(
      `select 1 from information_schema.tables where table_schema = 'newsroom_bench' and table_name = 'strapi_core_store_settings'`,
    );
    const stored = found.rowCount
      ? await client.query(
          `select value from newsroom_bench.strapi_core_store_settings where key = 'plugin_newsroom_bench-dataset'`,
        )
      : { rows: [] };
    if (stored.rows[0]?.value === marker) return client.end();
    await client.query('drop schema if exists newsroom_bench cascade');
    await client.query('create schema newsroom_bench');
    await client.end();
  } else {
    const file = env.DATABASE_FILENAME;
    const markerFile = `${file}.json`;
    if (fs.existsSync(file) && fs.existsSync(markerFile) && fs.readFileSync(markerFile, 'utf8') === marker)
      return;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ['', '-wal', '-shm', '.json']) fs.rmSync(file + suffix, { force: true });
  }
  console.log(
    `generating ${size.articles} articles in ${size.series} series (${postgres ? 'PostgreSQL' : 'SQLite'}) ...`,
  );
  const strapi = await boot();
  await generate(strapi, size);
  await strapi.store({ type: 'plugin', name: 'newsroom' }).set({ key: 'bench-dataset', value: marker });
  await strapi.destroy();
  if (!postgres) fs.writeFileSync(`${env.DATABASE_FILENAME}.json`, marker);
}

// Set by Node for each response, on both servers alike.
const PER_CONNECTION = new Set(['connection', 'keep-alive', 'date', 'content-length', 'transfer-encoding']);

/**
 * CPU milliseconds a process has used so far (Linux: /proc; elsewhere null).
 * CPU time per request holds on a busy machine, where requests/s depend on
 * what else runs: the two cores are shared with autocannon itself.
 */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
const TICKS_PER_SECOND = 100;

function run(url, pid, seconds = duration) {
  const before = cpuMs(pid);
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds }, (error, result) => {
      if (error) return reject(error);
      if (result.non2xx || result.errors)
        return reject(new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`));
      const after = cpuMs(pid);
      resolve({
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        cpuMicrosecondsPerRequest:
          before === null || after === null
            ? null
            : Math.round(((after - before) * 1000) / result.requests.total),
      });
    });
  });
}

async function main() {
  await prepareDataset();
  const strapi = await startServer(path.join(__dirname, 'server.js'), [], env);
  const bare = [];
  try {
    const list = await (await fetch(`${strapi.url}/api/newsroom/series?pageSize=100`)).json();
    const series = list.data.reduce((best, s) =>
      Math.abs(s.partsTotal - 25) < Math.abs(best.partsTotal - 25) ? s : best,
    );
    const detail = await (await fetch(`${strapi.url}/api/newsroom/series/${series.slug}`)).json();
    const article =
      detail.data.parts.find((p) => p.status === 'published' && p.number > 5) ?? detail.data.parts[0];
    const paths = {
      series: `/api/newsroom/series/${series.slug}`,
      article: `/api/newsroom/articles/${article.slug}`,
    };
    const standard = {
      series: `/bench/standard/series/${series.slug}`,
      article: `/bench/standard/articles/${article.slug}`,
    };

    const rows = [];
    for (const kind of ['series', 'article']) {
      const ours = await fetch(strapi.url + paths[kind]);
      const file = path.join(ROOT, '.tmp', 'bench', `${kind}-bytes.json`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Every header the newsroom answer carries, so the ceiling writes the same response.
      const headers = {};
      for (const [name, value] of ours.headers) if (!PER_CONNECTION.has(name)) headers[name] = value;
      fs.writeFileSync(file, JSON.stringify({ body: await ours.text(), headers }));
      const koa = await startServer(path.join(__dirname, 'bare.js'), [file], {});
      bare.push(koa);
      for (const [name, url, pid] of [
        ['newsroom', strapi.url + paths[kind], strapi.pid],
        ['standard Strapi', strapi.url + standard[kind], strapi.pid],
        ['bare Koa', koa.url + '/', koa.pid],
      ]) {
        process.stdout.write(`${kind} / ${name} ... `);
        await run(url, pid, 2); // warm-up: JIT, caches, connections
        const result = await run(url, pid);
        console.log(`${Math.round(result.requestsPerSecond)} req/s`);
        rows.push({ endpoint: kind, target: name, ...result });
      }
    }
    report(rows, { series: series.slug, parts: series.partsTotal, article: article.slug });
  } finally {
    for (const koa of bare) await koa.stop();
    await strapi.stop();
  }
}

function report(rows, subject) {
  const find = (endpoint, target) => rows.find((r) => r.endpoint === endpoint && r.target === target);
  console.log(
    `\n${postgres ? 'PostgreSQL' : 'SQLite'}, ${connections} connections, ${duration} s each; series "${subject.series}" (${subject.parts} parts)`,
  );
  console.log('endpoint | target          |   req/s | p50 ms | p99 ms | CPU µs/req');
  for (const r of rows) {
    console.log(
      `${r.endpoint.padEnd(8)} | ${r.target.padEnd(15)} | ${String(Math.round(r.requestsPerSecond)).padStart(7)} | ${String(r.p50).padStart(6)} | ${String(r.p99).padStart(6)} | ${String(r.cpuMicrosecondsPerRequest ?? '-').padStart(10)}`,
    );
  }
  const ratios = {};
  for (const endpoint of ['series', 'article']) {
    const ours = find(endpoint, 'newsroom').requestsPerSecond;
    const cpu = (target) => find(endpoint, target).cpuMicrosecondsPerRequest;
    ratios[endpoint] = {
      vsStandard: +(ours / find(endpoint, 'standard Strapi').requestsPerSecond).toFixed(2),
      vsBareKoa: +(ours / find(endpoint, 'bare Koa').requestsPerSecond).toFixed(2),
      // Bare Koa's CPU time per request over ours: the share of the ceiling, measured by cost.
      cpuVsBareKoa:
        cpu('newsroom') && cpu('bare Koa') ? +(cpu('bare Koa') / cpu('newsroom')).toFixed(2) : null,
    };
    console.log(
      `${endpoint}: ${ratios[endpoint].vsStandard}x the standard Strapi read, ${ratios[endpoint].vsBareKoa} of bare Koa` +
        (ratios[endpoint].cpuVsBareKoa === null
          ? ''
          : ` (by CPU time per request: ${ratios[endpoint].cpuVsBareKoa})`),
    );
  }
  const out = path.join(ROOT, 'bench-results', `read-${postgres ? 'postgres' : 'sqlite'}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    JSON.stringify(
      { date: new Date().toISOString(), connections, duration, size, subject, rows, ratios },
      null,
      2,
    ),
  );
  console.log(`written to ${path.relative(ROOT, out)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
