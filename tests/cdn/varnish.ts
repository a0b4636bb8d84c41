import { spawn, spawnSync, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';

const VARNISHD = process.env.VARNISHD || '/usr/sbin/varnishd';
const REFERENCE_VCL = path.resolve(__dirname, '..', '..', 'deploy', 'varnish', 'newsroom.vcl');

export interface Varnish {
  url: string;
  pid: number;
  /** PURGE / with the given surrogate keys, as the plugin's Varnish purge target sends it. */
  purge(keys: string[]): Promise<number>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The repository's reference VCL with its backends pointed at the given
 * origin ports: the file under test is the one the README tells people to use.
 */
export function vclFor(ports: number[]): string {
  const source = fs.readFileSync(REFERENCE_VCL, 'utf8');
  const backends = ports
    .map((port, i) => `backend strapi${i + 1} { .host = "127.0.0.1"; .port = "${port}"; }`)
    .join('\n');
  const adds = ports.map((_, i) => `  origin.add_backend(strapi${i + 1});`).join('\n');
  return source
    .replace(/(backend strapi\d+ \{[^}]*\}\n)+/, `${backends}\n`)
    .replace(/( {2}origin\.add_backend\(strapi\d+\);\n)+/, `${adds}\n`);
}

/** Debian's varnishd (with varnish-modules' xkey) on 127.0.0.1, in the foreground, stopped by its PID. */
export async function startVarnish(originPorts: number[], port?: number): Promise<Varnish> {
  if (!fs.existsSync(VARNISHD))
    throw new Error(`${VARNISHD} is missing: apt-get install -y varnish varnish-modules`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-varnish-'));
  // varnishd reads the VCL as its own unprivileged user.
  fs.chmodSync(dir, 0o755);
  const vcl = path.join(dir, 'newsroom.vcl');
  fs.writeFileSync(vcl, vclFor(originPorts), { mode: 0o644 });
  const check = spawnSync(VARNISHD, ['-C', '-f', vcl, '-n', path.join(dir, 'check')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`the VCL does not compile:\n${check.stderr}`);
  port ??= await freePort();
  const child: ChildProcess = spawn(
    VARNISHD,
    [
      '-F',
      '-n',
      path.join(dir, 'work'),
      '-a',
      `127.0.0.1:${port}`,
      '-f',
      vcl,
      '-s',
      'malloc,64m',
      '-T',
      'none',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`varnishd exited with ${child.exitCode}:\n${output}`);
    try {
      await fetch(`${url}/_health`);
      break;
    } catch {
      if (Date.now() > until) throw new Error(`varnishd did not listen:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    pid: child.pid!,
    async purge(keys) {
      const res = await fetch(`${url}/`, { method: 'PURGE', headers: { xkey: keys.join(' ') } });
      return res.status;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        process.kill(child.pid!, 'SIGTERM');
      }),
  };
}
