'use strict';
/**
 * A Strapi process for the WebSub crash test: boots the compiled app on the
 * database named by the environment, listens on 127.0.0.1 and takes commands
 * from its parent over IPC ("publish", "stop").
 *
 * OUTBOX_HOLD=true makes its outbox hang right after claiming messages (and
 * tell the parent "holding"), so the parent can SIGKILL it holding the claim.
 * NEWSROOM_OUTBOX=false starts no delivery at all.
 */
const { boot, listen } = require('../../scripts/boot');

async function main() {
  const strapi = await boot();
  await listen(strapi);
  const outbox = strapi.plugin('newsroom').service('outbox');
  if (process.env.OUTBOX_HOLD === 'true') {
    outbox.setHooks({
      beforeDeliver: () => {
        process.send?.({ type: 'holding' });
        return new Promise(() => undefined);
      },
    });
  }
  process.on('message', async (message) => {
    const reply = (data) => process.send?.({ type: 'reply', id: message.id, data });
    try {
      if (message.cmd === 'publish') {
        await strapi.documents('plugin::newsroom.article').publish({
          documentId: message.documentId,
          locale: message.locale,
        });
        // The publish and its outbox messages are committed by now.
        reply({ committedAt: Date.now() });
      } else if (message.cmd === 'stop') {
        await strapi.destroy();
        reply(true);
        process.exit(0);
      }
    } catch (error) {
      process.send?.({ type: 'error', id: message.id, message: error.stack });
    }
  });
  process.send?.({ type: 'ready', pid: process.pid });
}

main().catch((error) => {
  console.error('websub instance failed to start', error);
  process.exit(1);
});
