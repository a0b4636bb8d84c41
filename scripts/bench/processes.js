'use strict';
const { spawn } = require('child_process');

/** Starts a node script that prints "LISTENING <port>"; resolves with its URL and a stop(). */
function startServer(script, args, env) {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      const match = /LISTENING (\d+)/.exec(String(chunk));
      if (match) {
        resolve({
          url: `http://127.0.0.1:${match[1]}`,
          pid: child.pid,
          stop: () =>
            new Promise((done) =>
              child.exitCode !== null
                ? done()
                : (child.once('exit', done), process.kill(child.pid, 'SIGTERM')),
            ),
        });
      }
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}: ${stderr}`)));
  });
}

module.exports = { startServer };
