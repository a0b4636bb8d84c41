'use strict';
// A second Strapi process for multi-instance tests: boots the compiled app
// with the environment it is given, listens on 127.0.0.1 and prints its port.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const root = path.resolve(__dirname, '..', '..');

(async () => {
  const app = await createStrapi({
    appDir: root,
    distDir: path.join(root, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  await app.server.mount();
  await new Promise((resolve) => app.server.httpServer.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`LISTENING ${app.server.httpServer.address().port}\n`);
  const stop = async () => {
    await app.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
})().catch((error) => {
  process.stderr.write(`child failed: ${error.stack}\n`);
  process.exit(1);
});
