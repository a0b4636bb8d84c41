import { spawn, type ChildProcess } from 'child_process';
import path from 'path';

export interface ChildApp {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts another Strapi process on the same database (env from the in-process app). */
export async function startChildApp(env: Record<string, string | undefined>): Promise<ChildApp> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'child-server.js')], {
    env: { ...process.env, ...env, LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child did not start: ${stderr}`)), 60000);
    child.stdout!.on('data', (chunk) => {
      const match = /LISTENING (\d+)/.exec(String(chunk));
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`child exited with ${code}: ${stderr}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        process.kill(child.pid!, 'SIGTERM');
      }),
  };
}
