import { adminToken } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';

/** An editor whose role may open the Newsroom page but not schedule: the API must refuse the schedule call. */
describe('permissions of the admin UI endpoints', () => {
  let app: TestApp;
  let token: string;
  const credentials = { email: 'reader@newsroom.local', password: 'Reader-Only-2026' };
  const auth = () => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    app = await startApp();
    const roles = app.strapi.service('admin::role') as any;
    const role = await roles.create({ name: 'Newsroom reader', description: 'Board only' });
    await roles.assignPermissions(role.id, [
      { action: 'plugin::newsroom.timeline.read', subject: null, properties: {}, conditions: [] },
      { action: 'plugin::newsroom.schedule.read', subject: null, properties: {}, conditions: [] },
    ]);
    await (app.strapi.service('admin::user') as any).create({
      ...credentials,
      firstname: 'Read',
      lastname: 'Only',
      roles: [role.id],
      isActive: true,
      registrationToken: null,
    });
    token = await adminToken(app, credentials);
  });
  afterAll(() => app.stop());

  it('lets the role read the board', async () => {
    await app.http().get('/newsroom/board/series').set(auth()).expect(200);
  });

  it('refuses to schedule, plan, cancel or reorder with 403', async () => {
    const board = (await app.http().get('/newsroom/board/series').set(auth()).expect(200)).body.data[0];
    const part = board.parts[0];
    const schedule = await app.http().post('/newsroom/schedule/actions').set(auth()).send({
      targetType: 'plugin::newsroom.article',
      documentId: part.documentId,
      action: 'unpublish',
      at: 'now',
    });
    expect(schedule.status).toBe(403);
    await app
      .http()
      .post('/newsroom/schedule/plans')
      .set(auth())
      .send({ seriesDocumentId: board.documentId, weekday: 4, time: '16:49' })
      .expect(403);
    await app.http().delete('/newsroom/schedule/actions/anything').set(auth()).expect(403);
    await app
      .http()
      .put(`/newsroom/series/${board.documentId}/order`)
      .set(auth())
      .send({ order: board.parts.map((p: any) => p.documentId) })
      .expect(403);
    expect(await app.strapi.db.query('plugin::newsroom.scheduled-action' as any).count()).toBe(0);
  });
});
