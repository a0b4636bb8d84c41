'use strict';
// A webhook receiver on 127.0.0.1 for the scheduler's multi-process runs
// (harness.js) and the fault suite: counts entry.publish deliveries per document.
const http = require('http');

/** Counts webhook deliveries per document, and when (this process's clock) the first one arrived. */
async function startReceiver() {
  const deliveries = new Map();
  const firstAt = new Map();
  let last = Date.now();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      try {
        const event = JSON.parse(body);
        if (event.event === 'entry.publish') {
          const key = event.entry.documentId;
          deliveries.set(key, (deliveries.get(key) || 0) + 1);
          if (!firstAt.has(key)) firstAt.set(key, Date.now());
          last = Date.now();
        }
      } catch {
        /* not ours */
      }
      res.writeHead(200).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/hook`,
    deliveries,
    firstAt,
    quietFor: () => Date.now() - last,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

module.exports = { startReceiver };
