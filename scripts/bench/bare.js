'use strict';
// The ceiling: a bare Koa server answering the same bytes and headers.
const fs = require('fs');
const Koa = require('koa');

const { body, headers } = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const app = new Koa();
app.use((ctx) => {
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = body;
});
const server = app.listen(0, '127.0.0.1', () => process.stdout.write(`LISTENING ${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
