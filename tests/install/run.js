'use strict';
/**
 * The plugin installed the way an app developer installs it: `npm pack` of
 * the package, `npm install <tarball>` into a fresh create-strapi-app 5.54
 * app outside this repository, the newsroom entry added to its
 * config/plugins.ts, `npm run build`, `npm run start`; then checked through
 * HTTP and Chromium on SQLite (one locale, then three; without
 * @strapi/plugin-graphql) and on PostgreSQL (with it: the newsroom GraphQL
 * queries), and a misspelt option is seen to stop the start with a sentence.
 *
 * `npm run test:install` (uses the node and npm on PATH; .ci/run puts Node 24
 * there). Prints one line per step and writes .tmp/install-results.json.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Client } = require('pg');
const { run, createApp, configurePlugin, enableGraphql, startApp, startExpectingFailure } = require('./app');
const checks = require('./checks');

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = path.join(ROOT, 'packages', 'strapi-plugin-newsroom');
const SHOTS = path.join(ROOT, 'tests', 'install', 'screenshots');
const PG_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const DEMO_CONFIG = { demo: true };

const started = Date.now();
const log = (message) => console.log(`[install] ${((Date.now() - started) / 1000).toFixed(1)}s ${message}`);

/** The tarball npm would publish, and a check that it holds the build and nothing of the tests. */
function pack(destination) {
  run(ROOT, 'npm', ['run', 'build:plugin']);
  run(PACKAGE, 'npm', ['run', 'verify']);
  const { stdout } = run(PACKAGE, 'npm', ['pack', '--json', '--pack-destination', destination]);
  const [info] = JSON.parse(stdout);
  const files = info.files.map((file) => file.path);
  const unwanted = files.filter((file) =>
    /(\.test\.|\/test\/|__tests__|print-helpers|fixtures|\.tsbuildinfo)/.test(file),
  );
  if (unwanted.length) throw new Error(`the tarball holds test files: ${unwanted.join(', ')}`);
  for (const needed of [
    'dist/server/index.js',
    'dist/server/index.mjs',
    'dist/admin/index.js',
    'dist/admin/index.mjs',
  ]) {
    if (!files.includes(needed)) throw new Error(`the tarball has no ${needed}`);
  }
  if (files.some((file) => !/^(dist\/|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE$)/.test(file))) {
    throw new Error(
      `the tarball holds files outside dist/: ${files.filter((f) => !f.startsWith('dist/')).join(', ')}`,
    );
  }
  run(PACKAGE, 'npm', ['publish', '--dry-run', '--ignore-scripts']);
  return {
    file: path.join(destination, info.filename),
    size: info.size,
    unpackedSize: info.unpackedSize,
    entryCount: info.entryCount,
  };
}

/** Every check of one start: returns the series the read API gave. */
async function checkStart(app, { locales, browser, graphql = false }) {
  const token = await checks.ownerToken(app.url);
  await checks.contentTypesRegistered(app.url, token);
  const grantedAlready = (await checks.call(app.url, 'GET', '/api/newsroom/series')).status === 200;
  if (!grantedAlready) await checks.grantPublicReads(app.url, token);
  await checks.readApiAnswers(app.url, { locales });
  await checks.graphqlAnswers(app.url, { installed: graphql });
  await checks.adminRouteAnswers(app.url, token);
  await checks.scheduledPublishRuns(app.url, token);
  if (browser) await checks.newsroomPageRenders(app.url, path.join(SHOTS, `${browser}.png`));
  return token;
}

async function withPg(sql) {
  const client = new Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  const results = { node: process.version };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-pack-'));
  const tarball = pack(work);
  results.tarball = { bytes: tarball.size, unpackedBytes: tarball.unpackedSize, files: tarball.entryCount };
  log(`packed ${path.basename(tarball.file)}: ${tarball.size} bytes, ${tarball.entryCount} files`);

  const dir = createApp();
  log(`fresh app at ${dir} (node ${process.version})`);
  const installStarted = Date.now();
  results.installSeconds = run(dir, 'npm', ['install', '--no-audit', '--no-fund', tarball.file]).seconds;
  log(`npm install <tarball>: ${results.installSeconds} s`);
  configurePlugin(dir, DEMO_CONFIG);
  results.buildSeconds = run(dir, 'npm', ['run', 'build']).seconds;
  log(`npm run build: ${results.buildSeconds} s`);

  let app = await startApp(dir, {});
  try {
    const first = await checks.call(app.url, 'GET', '/_health');
    if (first.status !== 204) throw new Error('no health answer');
    results.installToFirstAnswerSeconds = (Date.now() - installStarted) / 1000;
    log(`SQLite, locale en only: started in ${app.bootMs} ms`);
    const token = await checkStart(app, { locales: ['en'], browser: 'fresh-app-sqlite' });
    log('SQLite, en only: content types, read API, admin route, scheduled publish, Newsroom page: ok');
    await checks.addLocales(app.url, token, [
      ['de', 'German (de)'],
      ['fr', 'French (fr)'],
    ]);
  } finally {
    await app.stop();
  }

  app = await startApp(dir, {});
  try {
    await checkStart(app, { locales: ['en', 'de', 'fr'], browser: null });
    log(
      'SQLite, en + de + fr: read API in every locale, scheduled publish, no /graphql without the plugin: ok',
    );
  } finally {
    await app.stop();
  }

  // A misspelt option and a wrongly typed one stop the start with a sentence naming them.
  for (const [config, sentence] of [
    [
      { timzone: 'Europe/Berlin' },
      '"timzone" is not an option of the newsroom plugin. Did you mean "timezone"?',
    ],
    [
      { scheduler: { pollMs: 'fast' } },
      '"scheduler.pollMs" must be a whole number of at least 50, not "fast".',
    ],
  ]) {
    configurePlugin(dir, config);
    run(dir, 'npx', ['tsc', '-p', 'tsconfig.json']);
    const refused = startExpectingFailure(dir, {});
    if (refused.status === 0 || !refused.output.includes(sentence)) {
      throw new Error(
        `bad option ${JSON.stringify(config)} did not stop the start with "${sentence}":\n${refused.output.slice(-3000)}`,
      );
    }
  }
  configurePlugin(dir, DEMO_CONFIG);
  // Draft & publish turned off for a newsroom type through the app's extensions folder.
  const extension = path.join(dir, 'src', 'extensions', 'newsroom', 'strapi-server.ts');
  fs.mkdirSync(path.dirname(extension), { recursive: true });
  fs.writeFileSync(
    extension,
    'export default (plugin: any) => {\n  plugin.contentTypes.article.schema.options.draftAndPublish = false;\n  return plugin;\n};\n',
  );
  run(dir, 'npx', ['tsc', '-p', 'tsconfig.json']);
  const noDraftAndPublish = startExpectingFailure(dir, {});
  const sentence = 'The newsroom plugin needs draft & publish on plugin::newsroom.article';
  if (noDraftAndPublish.status === 0 || !noDraftAndPublish.output.includes(sentence)) {
    throw new Error(
      `draft & publish turned off did not stop the start:\n${noDraftAndPublish.output.slice(-3000)}`,
    );
  }
  fs.rmSync(path.dirname(extension), { recursive: true, force: true });
  fs.rmSync(path.join(dir, 'dist', 'src', 'extensions', 'newsroom'), { recursive: true, force: true });
  run(dir, 'npx', ['tsc', '-p', 'tsconfig.json']);
  log(
    'a misspelt option, a wrongly typed one and draft & publish turned off stop the start with a sentence: ok',
  );

  // PostgreSQL, as an app owner switches: the pg driver in, the SQLite driver out; and the GraphQL
  // plugin added (the SQLite starts above ran without it). The server needs no rebuild for it: `tsc`
  // compiles the config; the admin bundle, built before, stays without the GraphQL plugin's admin part.
  run(dir, 'npm', ['uninstall', '--no-audit', '--no-fund', 'better-sqlite3']);
  run(dir, 'npm', ['install', '--no-audit', '--no-fund', 'pg@8', '@strapi/plugin-graphql@5.54.0']);
  enableGraphql(dir);
  run(dir, 'npx', ['tsc', '-p', 'tsconfig.json']);
  const schema = `fresh_app_${process.pid}_${Date.now().toString(36)}`;
  await withPg(`CREATE SCHEMA "${schema}"`);
  try {
    const pgEnv = { DATABASE_CLIENT: 'postgres', DATABASE_URL: PG_URL, DATABASE_SCHEMA: schema };
    app = await startApp(dir, pgEnv);
    try {
      log(`PostgreSQL (no better-sqlite3 installed): started in ${app.bootMs} ms`);
      await checkStart(app, { locales: ['en'], browser: 'fresh-app-postgres', graphql: true });
      log(
        'PostgreSQL with @strapi/plugin-graphql: content types, read API, GraphQL, admin route, scheduled publish, Newsroom page: ok',
      );
    } finally {
      await app.stop();
    }
    // Installed from a linked folder (this repository's package), the plugin would load a second copy of
    // @strapi/utils: the start stops with a sentence instead of turning every 4xx into a 500.
    run(dir, 'npm', ['install', '--no-audit', '--no-fund', '--install-links=false', PACKAGE]);
    const linked = startExpectingFailure(dir, pgEnv);
    if (linked.status === 0 || !linked.output.includes('loads a second copy of @strapi/utils')) {
      throw new Error(
        `a linked install did not stop the start with a sentence:\n${linked.output.slice(-3000)}`,
      );
    }
    log(
      'installed from a linked folder: the start stops with a sentence naming the second @strapi/utils: ok',
    );
  } finally {
    await withPg(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  }

  results.totalSeconds = (Date.now() - started) / 1000;
  fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, '.tmp', 'install-results.json'), JSON.stringify(results, null, 2));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
  log(`all passed: ${JSON.stringify(results)}`);
}

main().catch((error) => {
  console.error(`[install] FAILED: ${error.stack || error}`);
  process.exitCode = 1;
});
