/* Builds (or restores) the admin panel and runs a real Strapi server for the browser tests. */
const { execSync, spawn } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.join(ROOT, '.cache', 'newsroom-admin');
const INPUTS = [
  'src/admin',
  'packages/strapi-plugin-newsroom/admin',
  'packages/strapi-plugin-newsroom/shared',
  'package-lock.json',
  'config/admin.ts',
  'config/plugins.ts',
];

function files(entry) {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

/** A hash of everything the admin bundle is built from. */
function adminHash() {
  const hash = crypto.createHash('sha256');
  for (const file of INPUTS.flatMap(files)) hash.update(file).update(fs.readFileSync(path.join(ROOT, file)));
  return hash.digest('hex');
}

/**
 * The admin bundle lives in dist/build, which `npm run compile` wipes, so a
 * copy is kept in .cache/newsroom-admin with the hash it was built from.
 */
function ensureBuild(log = console.log) {
  const hash = adminHash();
  const stamp = path.join(CACHE, 'stamp');
  const started = Date.now();
  // The server loads the plugin from its dist/, whichever way the admin comes.
  execSync('npm run build:plugin', { cwd: ROOT, stdio: 'inherit' });
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) {
    execSync('npx tsc -p tsconfig.json', { cwd: ROOT, stdio: 'inherit' });
    fs.rmSync(path.join(ROOT, 'dist', 'build'), { recursive: true, force: true });
    fs.cpSync(path.join(CACHE, 'build'), path.join(ROOT, 'dist', 'build'), { recursive: true });
    log(`[e2e] admin build restored from cache (${Date.now() - started} ms)`);
    return { cached: true, ms: Date.now() - started };
  }
  execSync('npx strapi build', { cwd: ROOT, stdio: 'inherit' });
  // The build silently leaves out a plugin it cannot resolve: refuse to cache such a bundle.
  const entry = fs.readFileSync(path.join(ROOT, '.strapi', 'client', 'app.js'), 'utf8');
  if (!entry.includes('strapi-plugin-newsroom/strapi-admin')) {
    throw new Error(
      'The admin build does not include the newsroom plugin (is strapi-plugin-newsroom installed?).',
    );
  }
  fs.rmSync(CACHE, { recursive: true, force: true });
  fs.mkdirSync(CACHE, { recursive: true });
  fs.cpSync(path.join(ROOT, 'dist', 'build'), path.join(CACHE, 'build'), { recursive: true });
  fs.writeFileSync(stamp, hash);
  log(`[e2e] admin built (${Date.now() - started} ms)`);
  return { cached: false, ms: Date.now() - started };
}

async function waitForHealth(url, child, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`strapi start exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/_health`);
      if (res.status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Strapi did not answer /_health within ${timeoutMs} ms`);
}

/**
 * `strapi start` on 127.0.0.1 with a fresh SQLite file and the demo newsroom;
 * stopped by its PID. A second server may share the first one's `dbFile`
 * (its stop then leaves the file) with `env` of its own, e.g. a clock moved
 * on by libfaketime and the scheduler off.
 */
async function startServer({ port = 13370 + (process.pid % 500), dbFile: shared, env: extra = {} } = {}) {
  const dbDir = path.join(ROOT, '.tmp', 'e2e');
  fs.mkdirSync(dbDir, { recursive: true });
  const dbFile = shared ?? path.join(dbDir, `e2e-${process.pid}-${Date.now()}.db`);
  const env = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: dbFile,
    NEWSROOM_DEMO: 'true',
    BROWSER: 'none',
    ...extra,
  };
  delete env.NODE_ENV;
  delete env.DATABASE_URL;
  delete env.DATABASE_SCHEMA;
  const output = [];
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'strapi'), ['start'], {
    cwd: ROOT,
    env,
    detached: true,
  });
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  try {
    await waitForHealth(url, child, 60_000);
  } catch (error) {
    process.stderr.write(output.join(''));
    throw error;
  }
  return {
    url,
    dbFile,
    bootMs: Date.now() - started,
    output,
    async stop() {
      if (child.exitCode === null) {
        process.kill(-child.pid, 'SIGTERM');
        await new Promise((resolve) => {
          const timer = setTimeout(() => {
            if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
            resolve();
          }, 10_000);
          child.on('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      if (shared) return;
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(dbFile + suffix, { force: true });
    },
  };
}

module.exports = { ensureBuild, startServer, adminHash, ROOT };
