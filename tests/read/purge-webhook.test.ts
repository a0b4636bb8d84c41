import http from 'http';
import type { AddressInfo } from 'net';
import { startApp, type TestApp } from '../helpers/strapi';

const CHANNEL = 'plugin::newsroom.channel';

const ARTICLE = 'plugin::newsroom.article';

interface Received {
  event: string;
  keys: string[];
}

interface Request {
  method: string;
  url: string;
  contentType: string;
  body: Received;
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
  const requests: Request[] = [];
  let answerWith = 204;
  /** The keys a CDN stored an answer under (the plugin's own `newsroom` aside). */
  const surrogateKeys = (res: { headers: Record<string, string> }) =>
    String(res.headers['surrogate-key'] ?? '')
      .split(' ')
      .filter((key) => key && key !== 'newsroom');

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
        const parsed = JSON.parse(body);
        requests.push({
          method: req.method!,
          url: req.url!,
          contentType: String(req.headers['content-type']),
          body: parsed,
        });
        if (answerWith < 300) received.push(parsed);
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

  it('POSTs { event, keys } as JSON to NEWSROOM_PURGE_URL, naming the document and the 404 it fills', async () => {
    // What an edge cached before the channel existed: a 404 under the key of its slug.
    const missing = await app.http().get('/api/newsroom/channels/purged-desk/articles');
    expect(missing.status).toBe(404);
    const missingKeys = surrogateKeys(missing);
    expect(missingKeys).toEqual([expect.stringMatching(/^missing:channel:.*:purged-desk$/)]);
    requests.length = 0;

    const channel = await app.strapi.documents(CHANNEL).create({ data: { name: 'Purged Desk' } });
    expect(channel.slug).toBe('purged-desk');
    await app.strapi.documents(CHANNEL).publish({ documentId: channel.documentId });
    await settle();
    const purge = requests.find((r) => r.body.keys.includes(`doc:${channel.documentId}`));
    expect(purge).toMatchObject({ method: 'POST', url: '/purge', contentType: 'application/json' });
    expect(purge!.body.event).toMatch(/publish/);
    expect(purge!.body.keys).toEqual(expect.arrayContaining(missingKeys));
    expect(purge!.body.keys).toEqual([...new Set(purge!.body.keys)].sort());
    // The edge may now keep the channel's page, under keys a later change will purge.
    const found = await app.http().get('/api/newsroom/channels/purged-desk/articles');
    expect(found.status).toBe(200);
    expect(surrogateKeys(found)).toEqual(expect.arrayContaining([`doc:${channel.documentId}`]));
  });

  it('purges the cached lists an article enters when it is published', async () => {
    const channel = await app.strapi.db.query(CHANNEL as any).findOne({ where: { slug: 'purged-desk' } });
    const list = await app.http().get('/api/newsroom/channels/purged-desk/articles');
    expect([list.status, list.body.data]).toEqual([200, []]);
    const listKeys = surrogateKeys(list);
    expect(listKeys).toEqual(expect.arrayContaining([`list:channel:${channel.documentId}`]));
    received.length = 0;

    const article = await app.strapi.documents(ARTICLE as any).create({
      data: { title: 'Purged article', channel: channel.documentId } as any,
    });
    await app.strapi.documents(ARTICLE as any).publish({ documentId: article.documentId });
    await settle();
    const purge = received.find((r) => r.keys.includes(`doc:${article.documentId}`));
    expect(purge).toBeDefined();
    // The lists it enters (the channel's, the site feed, the sitemap) and the 404 of its slug.
    expect(purge!.keys).toEqual(
      expect.arrayContaining([
        `list:channel:${channel.documentId}`,
        'list:site-feed',
        'list:sitemap',
        'missing:article:en:purged-article',
      ]),
    );
    // So the list an edge cached (empty) is purged: by its list key, the channel itself unchanged.
    expect(listKeys.filter((key) => purge!.keys.includes(key))).toEqual([
      `list:channel:${channel.documentId}`,
    ]);
    const after = await app.http().get('/api/newsroom/channels/purged-desk/articles');
    expect(after.body.data.map((a: { title: string }) => a.title)).toEqual(['Purged article']);
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
