import { DateTime } from 'luxon';
import { adminToken } from '../helpers/admin';
import { contentManager, createRole, inviteAdmin, plugin, setRolePermissions } from '../helpers/roles';
import { startApp, type TestApp } from '../helpers/strapi';
import {
  ACTIONS,
  ARTICLE,
  configureRunner,
  FakeClock,
  runner,
  scheduleApi,
  sleep,
  webhookReceiver,
} from './helpers';

const SCHEDULING = plugin('schedule.read', 'schedule.create', 'schedule.delete', 'timeline.read');
const DESK = [
  ...SCHEDULING,
  ...contentManager(ARTICLE, ['create', 'read', 'update', 'publish'], { locales: ['en'] }),
];

/**
 * The right to publish is the scheduler's: checked when the action is
 * stored, and again when it runs. A revoked right (or a closed account)
 * fails the action with a sentence, on the calendar, as an event and through
 * the failure webhook, and publishes nothing; an action a super admin gave
 * the plugin's authority is not checked again.
 */
describe('scheduled publishing: whose right it runs on', () => {
  let app: TestApp;
  let superToken: string;
  let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
  const failures: any[] = [];
  const clock = new FakeClock(DateTime.fromISO('2027-03-01T09:00:00Z').toUTC());
  const docs = () => app.strapi.documents(ARTICLE as any) as any;
  const draft = async (title: string) =>
    (await docs().create({ data: { title }, locale: 'en' })).documentId as string;
  const isPublished = async (documentId: string) =>
    (await app.strapi.db
      .query(ARTICLE as any)
      .count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
  const stored = (id: string) => app.strapi.db.query(ACTIONS as any).findOne({ where: { documentId: id } });
  let n = 0;
  const at = () => DateTime.fromISO('2027-03-01T10:00:00Z').plus({ minutes: (n += 1) });

  /** A desk editor: their own role, built in Settings → Roles, and their schedule API. */
  async function desk(permissions = DESK) {
    n += 1;
    const roleId = await createRole(app, superToken, `Desk ${n}`, permissions);
    const email = `desk${n}@rights.example`;
    const account = await inviteAdmin(app, superToken, email, [roleId]);
    return { ...account, email, roleId, api: scheduleApi(app, account.token) };
  }

  beforeAll(async () => {
    receiver = await webhookReceiver();
    app = await startApp({ demo: false });
    superToken = await adminToken(app);
    await configureRunner(app, { enabled: false, concurrency: 1, failureWebhook: receiver.url }, clock);
    app.strapi.eventHub.on('newsroom.schedule.failed', (event: any) => failures.push(event));
  });
  afterAll(async () => {
    await app.stop();
    await receiver.close();
  });

  it('publishes when the scheduler still holds the right', async () => {
    const editor = await desk();
    const doc = await draft('Still allowed');
    const due = at();
    const res = await editor.api.schedule({ targetType: ARTICLE, documentId: doc, at: due.toISO() });
    expect(res.status).toBe(201);
    expect(res.body.data[0]).toMatchObject({ scheduledBy: editor.email, authority: 'scheduler' });
    clock.at = due;
    await runner(app).runDue();
    expect((await editor.api.get(res.body.data[0].id)).body.data.status).toBe('done');
    expect(await isPublished(doc)).toBe(true);
  });

  it('fails the action with a sentence when the right was revoked after scheduling', async () => {
    const editor = await desk();
    const doc = await draft('Revoked');
    const due = at();
    const res = await editor.api.schedule({ targetType: ARTICLE, documentId: doc, at: due.toISO() });
    expect(res.status).toBe(201);
    const id = res.body.data[0].id;
    // Settings → Roles: the desk keeps reading and editing English articles, but may no longer publish them.
    await setRolePermissions(app, superToken, editor.roleId, [
      ...SCHEDULING,
      ...contentManager(ARTICLE, ['create', 'read', 'update'], { locales: ['en'] }),
    ]);
    clock.at = due;
    await runner(app).runDue();
    await sleep(200);

    const sentence = new RegExp(
      `^The role of ${editor.email} may not publish articles in locale "en" in the Content Manager, so this scheduled publish was not run\\.$`,
    );
    const row = await stored(id);
    expect(row).toMatchObject({ status: 'failed', outcome: 'failed' });
    expect(row.lastError).toMatch(sentence);
    expect(await isPublished(doc)).toBe(false);
    // On the calendar (to the super admin, who may read the article), as an event, and through the webhook.
    const calendar = (await scheduleApi(app, superToken).list(`?documentId=${doc}`)).body.data;
    expect(calendar[0]).toMatchObject({ id, status: 'failed', lastError: expect.stringMatching(sentence) });
    expect(failures.find((f) => f.action.id === id)?.action.lastError).toMatch(sentence);
    expect(receiver.received.find((f) => f.action.id === id)).toMatchObject({
      event: 'newsroom.schedule.failed',
      action: { id, status: 'failed', lastError: expect.stringMatching(sentence) },
    });
  });

  it("fails the action when the scheduler's account was deactivated", async () => {
    const editor = await desk();
    const doc = await draft('Account closed');
    const due = at();
    const id = (await editor.api.schedule({ targetType: ARTICLE, documentId: doc, at: due.toISO() })).body
      .data[0].id;
    await app
      .http()
      .put(`/admin/users/${editor.id}`)
      .set('Authorization', `Bearer ${superToken}`)
      .send({ isActive: false })
      .expect(200);
    clock.at = due;
    await runner(app).runDue();
    const row = await stored(id);
    expect(row.status).toBe('failed');
    expect(row.lastError).toBe(
      `${editor.email} who scheduled it no longer has an active admin account, so this scheduled publish was not run.`,
    );
    expect(await isPublished(doc)).toBe(false);
  });

  it("runs an action a super admin gave the plugin's authority, whoever holds what by then", async () => {
    // A second super admin, invited with the Super Admin role, schedules two publishes, then leaves.
    const roles = (await app.http().get('/admin/roles').set('Authorization', `Bearer ${superToken}`)).body
      .data;
    const superRole = roles.find((role: any) => role.code === 'strapi-super-admin').id;
    const chief = await inviteAdmin(app, superToken, 'chief@rights.example', [superRole]);
    const api = scheduleApi(app, chief.token);
    const [mine, plugins] = [await draft('Chief, own right'), await draft('Chief, plugin authority')];
    const due = at();
    const own = (await api.schedule({ targetType: ARTICLE, documentId: mine, at: due.toISO() })).body.data[0];
    const withPlugin = await api.schedule({
      targetType: ARTICLE,
      documentId: plugins,
      at: due.toISO(),
      authority: 'plugin',
    });
    expect(withPlugin.status).toBe(201);
    expect(withPlugin.body.data[0].authority).toBe('plugin');
    await app
      .http()
      .put(`/admin/users/${chief.id}`)
      .set('Authorization', `Bearer ${superToken}`)
      .send({ isActive: false })
      .expect(200);
    clock.at = due;
    await runner(app).runDue();
    expect((await stored(own.id)).status).toBe('failed');
    expect(await isPublished(mine)).toBe(false);
    expect((await stored(withPlugin.body.data[0].id)).status).toBe('done');
    expect(await isPublished(plugins)).toBe(true);
  });

  it("refuses the plugin's authority to anyone but a super admin, storing nothing", async () => {
    const editor = await desk();
    const doc = await draft('Not for editors');
    const before = await app.strapi.db.query(ACTIONS as any).count();
    const res = await editor.api.schedule({
      targetType: ARTICLE,
      documentId: doc,
      at: at().toISO(),
      authority: 'plugin',
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/^Only a super admin may schedule with the plugin's authority/);
    expect(await app.strapi.db.query(ACTIONS as any).count()).toBe(before);
  });

  it('stores one action for five identical requests sent at once, and answers each with it', async () => {
    const editor = await desk();
    for (const when of [{ at: at().toISO() }, { at: 'now' }, { date: '2027-04-01', time: '16:49' }]) {
      const doc = await draft(`Five clicks ${JSON.stringify(when)}`);
      const body = { targetType: ARTICLE, documentId: doc, action: 'publish', ...when };
      const answers = await Promise.all(Array.from({ length: 5 }, () => editor.api.schedule(body)));
      expect(answers.map((res) => res.status).sort()).toEqual([200, 200, 200, 200, 201]);
      expect(new Set(answers.map((res) => res.body.data[0].id)).size).toBe(1);
      expect(answers.filter((res) => res.body.meta.reused.length === 1)).toHaveLength(4);
      expect(await app.strapi.db.query(ACTIONS as any).count({ where: { targetDocumentId: doc } })).toBe(1);
    }
  });

  it('stores a new action once the identical one was cancelled', async () => {
    const editor = await desk();
    const doc = await draft('Cancelled, then again');
    const body = { targetType: ARTICLE, documentId: doc, at: at().toISO() };
    const first = (await editor.api.schedule(body)).body.data[0].id;
    await editor.api.cancel(first).expect(200);
    const again = await editor.api.schedule(body);
    expect(again.status).toBe(201);
    expect(again.body.data[0].id).not.toBe(first);
  });
});
