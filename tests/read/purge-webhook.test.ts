import http from 'http';
import type { AddressInfo } from 'net';
import { startApp, type TestApp } from '../helpers/strapi';

const CHANNEL = 'plugin::newsroom.channel';

interface Received {
  event: string;
  keys: string[];
}

/**
 * The purge webhook as a receiver of one's own sees it: one POST per change
 * with the keys it changed, written to the outbox in the change's
 * transaction and delivered after the commit; a role saved in
 * Users & Permissions (several rows written) is one purge of everything.
 */
describe('the purge webhook', () => {
  let app: TestApp;
  let receiver: http.Server;
  const received: Received[] = [];
  let answerWith = 204;

  const outbox = () => app.strapi.plugin('newsroom').service('outbox');
  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await outbox().flush();
  };

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        if (answerWith < 300) received.push(JSON.parse(body));
        res.writeHead(answerWith).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as AddressInfo;
    app = await startApp({
      env: {
        NEWSROOM_SCHEDULER: 'false',
        NEWSROOM_PURGE_URL: `http://127.0.0.1:${port}/purge`,
        // Deliveries happen when the test flushes the outbox, not on a timer.
        NEWSROOM_OUTBOX_POLL_MS: '600000',
      },
    });
    await settle();
    received.length = 0;
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    receiver?.close();
  });

  it('names the changed document, its lists and the slugs it fills', async () => {
    const channel = await app.strapi.documents(CHANNEL).create({ data: { name: 'Purged Desk' } });
    await app.strapi.documents(CHANNEL).publish({ documentId: channel.documentId });
    await settle();
    const purge = received.find((r) => r.keys.includes(`doc:${channel.documentId}`));
    expect(purge).toBeDefined();
    expect(purge!.event).toMatch(/publish/);
    expect(purge!.keys).toEqual([...new Set(purge!.keys)].sort());
  });

  it('is one purge of everything for a role saved in Users & Permissions', async () => {
    received.length = 0;
    const roles = app.strapi.service('plugin::users-permissions.role') as any;
    const publicRole = await app.strapi.db
      .query('plugin::users-permissions.role' as any)
      .findOne({ where: { type: 'public' } });
    const role = await roles.findOne(publicRole.id);
    role.permissions['plugin::newsroom'].controllers.series.find.enabled = false;
    role.permissions['plugin::newsroom'].controllers.timeline.find.enabled = false;
    await roles.updateRole(publicRole.id, { ...role, permissions: role.permissions });
    await settle(400);
    expect(received).toEqual([{ event: 'permissions', keys: ['newsroom'] }]);
  });

  it('keeps a purge the receiver refused, and delivers it on the next try', async () => {
    received.length = 0;
    answerWith = 503;
    const channel = await app.strapi.documents(CHANNEL).create({ data: { name: 'Retried Desk' } });
    await app.strapi.documents(CHANNEL).publish({ documentId: channel.documentId });
    await settle();
    expect(received).toEqual([]);
    const waiting = (await outbox().messages('purge')).filter((m) => m.status === 'pending');
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.some((m) => String(m.lastError ?? '').includes('503'))).toBe(true);
  });
});
