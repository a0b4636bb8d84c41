'use strict';
// Boots the compiled app (dist/) in this process: the benchmarks, the
// scheduler's instances and the tests' second processes all start Strapi so.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const ROOT = path.resolve(__dirname, '..');

function boot() {
  return createStrapi({
    appDir: ROOT,
    distDir: path.join(ROOT, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
}

/** Serves the loaded app on 127.0.0.1 at a free port; resolves with the port. */
async function listen(strapi) {
  await strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  return strapi.server.httpServer.address().port;
}

module.exports = { boot, listen, ROOT };
