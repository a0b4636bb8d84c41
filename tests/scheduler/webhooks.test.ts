import http from 'http';
import type { AddressInfo } from 'net';
import { adminToken, contentManager } from '../helpers/admin';
import { startChildApp, type ChildApp } from '../helpers/child-app';
import { startApp, type TestApp } from '../helpers/strapi';
import { createWebhookSync } from '../../packages/strapi-plugin-newsroom/server/src/services/scheduler/webhook-sync';
import { ACTIONS, ARTICLE, configureRunner, eventually, scheduleApi, sleep } from './helpers';

jest.setTimeout(120_000);

/** Counts entry.publish deliveries per document, per path. */
async function publishReceiver() {
  const got: { path: string; documentId: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const event = JSON.parse(body || '{}');
      if (event.event === 'entry.publish')
        got.push({ path: req.url ?? '', documentId: event.entry.documentId });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path: string) => `${base}${path}`,
    deliveries: (documentId: string) => got.filter((d) => d.documentId === documentId).map((d) => d.path),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * A webhook added, changed or removed in Settings on one instance takes
 * effect on another without a restart: here only the second process runs
 * the scheduler, so every delivery below was fired by an instance the
 * webhook was not saved on.
 */
describe('scheduled publishing: webhooks saved on another instance', () => {
  let app: TestApp;
  let child: ChildApp;
  let token: string;
  let receiver: Awaited<ReturnType<typeof publishReceiver>>;

  const admin = (method: 'post' | 'put' | 'delete', path: string, body?: object) =>
    app.http()[method](`/admin${path}`).set('Authorization', `Bearer ${token}`).send(body);
  /** A draft scheduled "now"; resolves once the other instance has run it. */
  async function publishElsewhere(title: string) {
    const cm = contentManager(app, token);
    const documentId = (await cm.create(ARTICLE, { title })).body.data.documentId as string;
    const res = await scheduleApi(app, token).schedule({ targetType: ARTICLE, documentId, at: 'now' });
    expect(res.status).toBe(201);
    const row = await eventually(
      async () => {
        const action = await app.strapi.db
          .query(ACTIONS as any)
          .findOne({ where: { documentId: res.body.data[0].id } });
        return action.status === 'done' ? action : null;
      },
      20_000,
      100,
    );
    expect(row.ranBy).not.toBe(app.strapi.plugin('newsroom').service('scheduler').instanceId());
    return documentId;
  }

  beforeAll(async () => {
    receiver = await publishReceiver();
    app = await startApp({ demo: false });
    token = await adminToken(app);
    await configureRunner(app, { enabled: false });
    child = await startChildApp({
      ...app.env,
      NEWSROOM_DEMO: 'false',
      NEWSROOM_SCHEDULER: 'true',
      NEWSROOM_SCHEDULER_POLL_MS: '500',
    });
  });
  afterAll(async () => {
    await child?.stop();
    await app?.stop();
    await receiver?.close();
  });

  it('fires a webhook added, then changed, and no longer once removed, on the instance that publishes', async () => {
    const created = await admin('post', '/webhooks', {
      name: 'site rebuild',
      url: receiver.url('/first'),
      headers: {},
      events: ['entry.publish'],
    });
    expect(created.status).toBe(201);
    const id = created.body.data.id;

    const one = await publishElsewhere('Added');
    await eventually(async () => receiver.deliveries(one).length > 0, 10_000);
    expect(receiver.deliveries(one)).toEqual(['/first']);

    const changed = await admin('put', `/webhooks/${id}`, {
      name: 'site rebuild',
      url: receiver.url('/second'),
      headers: {},
      events: ['entry.publish'],
      isEnabled: true,
    });
    expect(changed.status).toBe(200);
    const two = await publishElsewhere('Changed');
    await eventually(async () => receiver.deliveries(two).length > 0, 10_000);
    expect(receiver.deliveries(two)).toEqual(['/second']);

    expect((await admin('delete', `/webhooks/${id}`)).status).toBe(200);
    const three = await publishElsewhere('Removed');
    await sleep(1500);
    expect(receiver.deliveries(three)).toEqual([]);
  });

  it('fires once when a webhook saved during a re-read was registered twice', async () => {
    const created = await admin('post', '/webhooks', {
      name: 'race',
      url: receiver.url('/race'),
      headers: {},
      events: ['entry.publish'],
    });
    expect(created.status).toBe(201);
    const sync = createWebhookSync(app.strapi);
    await sync.sync();
    // The race: the re-read found the new webhook in the database, then Strapi's controller added it too.
    const runner = app.strapi.get('webhookRunner') as { add(hook: unknown): void };
    runner.add({ ...created.body.data, isEnabled: true });
    expect(await sync.sync()).toBe(true);

    const cm = contentManager(app, token);
    const documentId = (await cm.create(ARTICLE, { title: 'Raced' })).body.data.documentId as string;
    expect((await cm.publish(ARTICLE, documentId)).status).toBe(200);
    await eventually(async () => receiver.deliveries(documentId).length > 0, 10_000);
    await sleep(1000);
    expect(receiver.deliveries(documentId)).toEqual(['/race']);
    expect((await admin('delete', `/webhooks/${created.body.data.id}`)).status).toBe(200);
  });
});
