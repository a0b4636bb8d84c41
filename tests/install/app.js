'use strict';
/**
 * A fresh Strapi app outside this repository: copied from the fixture (made
 * by create-strapi-app 5.54.0), run with npm and `strapi start` the way its
 * owner would, on 127.0.0.1, and stopped by its PID.
 */
const { spawn, spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const FIXTURE = path.join(__dirname, 'fresh-app');

/** Runs a command in the app (npm, npx …); throws with its output when it fails. Returns the seconds it took. */
function run(cwd, command, args, { env = {}, quiet = true } = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: quiet ? 'pipe' : 'inherit',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}):\n${(result.stdout || '').slice(-4000)}\n${(result.stderr || '').slice(-4000)}`,
    );
  }
  return { seconds: (Date.now() - started) / 1000, stdout: result.stdout || '' };
}

/** The fixture copied to a new folder under the system's temp dir, with secrets of its own. */
function createApp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-fresh-app-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  const secret = () => crypto.randomBytes(16).toString('base64');
  fs.writeFileSync(
    path.join(dir, '.env'),
    [
      `APP_KEYS=${secret()},${secret()}`,
      `API_TOKEN_SALT=${secret()}`,
      `ADMIN_JWT_SECRET=${secret()}`,
      `TRANSFER_TOKEN_SALT=${secret()}`,
      `JWT_SECRET=${secret()}`,
      `ENCRYPTION_KEY=${secret()}`,
      '',
    ].join('\n'),
  );
  return dir;
}

/**
 * What the README tells an app developer to add to config/plugins.ts: the
 * newsroom entry, beside whatever the app already configures.
 */
function configurePlugin(dir, newsroomConfig) {
  const file = path.join(dir, 'config', 'plugins.ts');
  const source = fs.readFileSync(file, 'utf8');
  const marker = 'Core.Config.Plugin => ({';
  if (!source.includes(marker)) throw new Error(`${file} does not have the shape create-strapi-app writes`);
  const entry = `\n  newsroom: { enabled: true, config: ${JSON.stringify(newsroomConfig)} },`;
  const base = source.replace(/\n {2}newsroom: \{ enabled: true, config: .*\},/, '');
  fs.writeFileSync(file, base.replace(marker, marker + entry));
}

/** The GraphQL plugin's entry in config/plugins.ts, with the operation limits its docs recommend. */
function enableGraphql(dir) {
  const file = path.join(dir, 'config', 'plugins.ts');
  const marker = 'Core.Config.Plugin => ({';
  const entry =
    '\n  graphql: { enabled: true, config: { depthLimit: 10, defaultLimit: 25, maxLimit: 100 } },';
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(marker, marker + entry));
}

async function waitForHealth(url, child, output, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null)
      throw new Error(`strapi start exited with ${child.exitCode}:\n${output.join('')}`);
    try {
      if ((await fetch(`${url}/_health`)).status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no /_health within ${timeoutMs} ms:\n${output.join('')}`);
}

/** `npm run start` (strapi start) on 127.0.0.1; resolves once /_health answers. */
async function startApp(dir, env) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const output = [];
  const child = spawn('npm', ['run', 'start'], {
    cwd: dir,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      STRAPI_TELEMETRY_DISABLED: 'true',
      BROWSER: 'none',
      NODE_ENV: 'production',
      ...env,
    },
    detached: true,
  });
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  await waitForHealth(url, child, output, 90_000);
  return {
    url,
    output,
    bootMs: Date.now() - started,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      const timer = setTimeout(() => child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Starts the app expecting it to refuse; resolves with what it printed. */
function startExpectingFailure(dir, env) {
  const result = spawnSync('npm', ['run', 'start'], {
    cwd: dir,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', STRAPI_TELEMETRY_DISABLED: 'true', ...env },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

module.exports = { FIXTURE, run, createApp, configurePlugin, enableGraphql, startApp, startExpectingFailure };
