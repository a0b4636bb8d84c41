import http from 'http';
import type { AddressInfo } from 'net';
import { DateTime } from 'luxon';
import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';
import {
  ACTIONS,
  ARTICLE,
  configureRunner,
  eventually,
  FakeClock,
  runner,
  scheduleApi,
  sleep,
} from './helpers';

const OUTBOX = 'plugin::newsroom.outbox-message';

/** The failure webhook's receiver, keeping each request as it came (method, path, type, body). */
async function alertReceiver() {
  const requests: Array<{ method: string; url: string; contentType: string; body: any }> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const contentType = String(req.headers['content-type']);
      requests.push({ method: req.method!, url: req.url!, contentType, body: JSON.parse(body) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/newsroom-alerts`,
    requests,
    /** The bodies of the alerts of one event. */
    bodies: (event: string) => requests.filter((r) => r.body.event === event).map((r) => r.body),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Missed schedules: an action still not done scheduler.lateAfterMs after its
 * due time raises one newsroom.schedule.late event and one webhook (through
 * the outbox), and the calendar shows it late. The failure alert goes the
 * same way.
 */
describe('scheduled publishing: late and failure alerts', () => {
  let app: TestApp;
  let api: ReturnType<typeof scheduleApi>;
  let cm: ReturnType<typeof contentManager>;
  let receiver: Awaited<ReturnType<typeof alertReceiver>>;
  const clock = new FakeClock(DateTime.fromISO('2027-02-01T10:00:00Z').toUTC());
  const late: any[] = [];

  const article = async (title: string) =>
    (await cm.create(ARTICLE, { title })).body.data.documentId as string;
  const schedule = async (documentId: string, at: string) => {
    const res = await api.schedule({ targetType: ARTICLE, documentId, at, force: true });
    expect(res.status).toBe(201);
    return res.body.data[0].id as string;
  };
  const stored = (id: string) => app.strapi.db.query(ACTIONS as any).findOne({ where: { documentId: id } });
  const transient = () => {
    throw Object.assign(new Error('connection reset by the database'), { code: 'ECONNRESET' });
  };

  beforeAll(async () => {
    receiver = await alertReceiver();
    // The webhook as an app sets it: NEWSROOM_SCHEDULER_FAILURE_WEBHOOK (config/plugins.ts).
    app = await startApp({ demo: false, env: { NEWSROOM_SCHEDULER_FAILURE_WEBHOOK: receiver.url } });
    expect(app.strapi.config.get('plugin::newsroom.scheduler.failureWebhook')).toBe(receiver.url);
    const token = await adminToken(app);
    api = scheduleApi(app, token);
    cm = contentManager(app, token);
    await configureRunner(
      app,
      {
        enabled: false,
        concurrency: 1,
        leaseMs: 1000,
        retryBaseMs: 60_000,
        retryMaxMs: 120_000,
        maxAttempts: 2,
        lateAfterMs: 30_000,
      },
      clock,
    );
    app.strapi.eventHub.on('newsroom.schedule.late', (event: any) => late.push(event));
  });
  afterAll(async () => {
    runner(app).setHooks({});
    await app.stop();
    await receiver.close();
  });

  it('reports an action still not done lateAfterMs after its time once, as an event and a webhook', async () => {
    const doc = await article('Held up');
    const id = await schedule(doc, '2027-02-01T10:01:00Z');
    // The first try fails (a transient error): the retry waits a minute, so the action is late meanwhile.
    runner(app).setHooks({ insideTransaction: transient });
    clock.set('2027-02-01T10:01:00Z');
    await runner(app).runDue();
    runner(app).setHooks({});
    expect(await stored(id)).toMatchObject({ status: 'pending', attempts: 1 });

    clock.set('2027-02-01T10:01:30Z');
    await runner(app).runDue();
    expect(late).toHaveLength(0);
    const calendar = async () => {
      const res = await app
        .http()
        .get('/newsroom/calendar?view=week&date=2027-02-01')
        .set('Authorization', `Bearer ${await adminToken(app)}`);
      expect(res.status).toBe(200);
      return res.body;
    };
    expect(JSON.stringify(await calendar())).toContain(`"id":"${id}"`);
    expect(JSON.stringify(await calendar())).not.toContain('"status":"late"');

    clock.set('2027-02-01T10:01:30.001Z');
    await Promise.all([runner(app).runDue(), runner(app).runDue()]);
    await runner(app).runDue();
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({
      event: 'newsroom.schedule.late',
      lateByMs: 30_001,
      action: { id, documentId: doc, status: 'pending', lateAlertedAt: '2027-02-01T10:01:30.001Z' },
    });
    const hooks = () => receiver.bodies('newsroom.schedule.late');
    await eventually(async () => hooks().length > 0);
    await sleep(300);
    expect(hooks()).toHaveLength(1);
    expect(hooks()[0].action.id).toBe(id);
    // In the API and the calendar.
    expect((await api.get(id)).body.data.lateAlertedAt).toBe('2027-02-01T10:01:30.001Z');
    const items = JSON.stringify(await calendar());
    expect(items).toContain(`"id":"${id}"`);
    expect(items).toMatch(new RegExp(`"id":"${id}","kind":"action","status":"late"`));

    // The retry then fails for good (the second and last try): the failure alert goes out too, once.
    runner(app).setHooks({ insideTransaction: transient });
    clock.set('2027-02-01T10:03:00Z');
    await runner(app).runDue();
    runner(app).setHooks({});
    expect(await stored(id)).toMatchObject({ status: 'failed', attempts: 2 });
    const failed = () => receiver.bodies('newsroom.schedule.failed');
    await eventually(async () => failed().length > 0);
    await sleep(300);
    expect(failed()).toHaveLength(1);
    expect(failed()[0].action).toMatchObject({ id, status: 'failed', ranBy: runner(app).instanceId() });
    // Each a POST of JSON to the configured address.
    expect(receiver.requests.map((r) => [r.method, r.url, r.contentType, r.body.event])).toEqual([
      ['POST', '/newsroom-alerts', 'application/json', 'newsroom.schedule.late'],
      ['POST', '/newsroom-alerts', 'application/json', 'newsroom.schedule.failed'],
    ]);
    // Both through the outbox: written in the alerting transaction, delivered after it.
    const messages = await app.strapi.db
      .query(OUTBOX as any)
      .findMany({ where: { topic: 'newsroom.schedule.alert' } });
    expect(messages.map((m: any) => [m.dedupeKey, m.status]).sort()).toEqual([
      [`newsroom.schedule.failed:${id}`, 'delivered'],
      [`newsroom.schedule.late:${id}`, 'delivered'],
    ]);
    expect(late).toHaveLength(1);
  });

  it('does not report an action that ran on time', async () => {
    const doc = await article('On time');
    const id = await schedule(doc, '2027-02-01T11:00:00Z');
    clock.set('2027-02-01T11:00:00Z');
    await runner(app).runDue();
    clock.set('2027-02-01T12:00:00Z');
    await runner(app).runDue();
    expect(await stored(id)).toMatchObject({ status: 'done', lateAlertedAt: null });
    expect(late.filter((event) => event.action.id === id)).toHaveLength(0);
    await sleep(300);
    expect(receiver.requests.filter((r) => r.body.action.id === id)).toEqual([]);
  });

  it('POSTs a permanent failure (the document was deleted) once, with its message, and never retries it', async () => {
    const doc = await article('Deleted before its time');
    const id = await schedule(doc, '2027-02-01T13:00:00Z');
    expect((await cm.remove(ARTICLE, doc)).status).toBe(200);
    clock.set('2027-02-01T13:00:00Z');
    await runner(app).runDue();
    expect(await stored(id)).toMatchObject({ status: 'failed', attempts: 1 });
    const mine = () => receiver.bodies('newsroom.schedule.failed').filter((body) => body.action.id === id);
    await eventually(async () => mine().length > 0);
    // A POST of JSON to the configured address, as every alert is.
    expect(
      receiver.requests
        .filter((r) => r.body.action?.id === id)
        .map((r) => [r.method, r.url, r.contentType, r.body.event]),
    ).toEqual([['POST', '/newsroom-alerts', 'application/json', 'newsroom.schedule.failed']]);
    expect(mine()).toEqual([
      {
        event: 'newsroom.schedule.failed',
        action: expect.objectContaining({
          id,
          documentId: doc,
          status: 'failed',
          attempts: 1,
          lastError: `The document ${doc} (en) was deleted.`,
        }),
      },
    ]);
    // Later runs neither retry it nor post it again.
    clock.set('2027-02-01T14:00:00Z');
    await runner(app).runDue();
    await sleep(300);
    expect(mine()).toHaveLength(1);
    expect(await stored(id)).toMatchObject({ status: 'failed', attempts: 1 });
  });
});
