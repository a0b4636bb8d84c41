import http from 'http';

export interface Ping {
  mode: string | null;
  url: string | null;
  contentType: string | undefined;
  at: number;
}

/**
 * A WebSub hub on 127.0.0.1 for tests: records every publish ping (the
 * form-encoded hub.mode and hub.url) and answers `status()` (204 by default).
 */
export async function startHub(status: () => number = () => 204) {
  const pings: Ping[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      pings.push({
        mode: form.get('hub.mode'),
        url: form.get('hub.url'),
        contentType: req.headers['content-type'],
        at: Date.now(),
      });
      res.writeHead(status()).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hub`,
    pings,
    /** The topic URLs pinged since `from`, sorted. */
    urls: (from = 0) =>
      pings
        .slice(from)
        .map((ping) => ping.url as string)
        .sort(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
