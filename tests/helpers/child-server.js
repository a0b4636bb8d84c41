'use strict';
// A second Strapi process for multi-instance tests: boots the compiled app
// with the environment it is given, listens on 127.0.0.1 and prints its port.
const { boot, listen } = require('../../scripts/boot');

(async () => {
  const app = await boot();
  process.stdout.write(`LISTENING ${await listen(app)}\n`);
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
