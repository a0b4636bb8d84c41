import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';
import { ARTICLE, configureRunner, eventually, runner, scheduleApi } from './helpers';

/** The real timer path, with real (short) waits: no poll can help, since pollMs is a minute. */
describe('scheduled publishing: timers', () => {
  let app: TestApp;
  let api: ReturnType<typeof scheduleApi>;
  let cm: ReturnType<typeof contentManager>;

  const draft = async (title: string) => (await cm.create(ARTICLE, { title })).body.data.documentId as string;
  const status = async (id: string) => (await api.get(id)).body.data;

  beforeAll(async () => {
    app = await startApp({ demo: false });
    const token = await adminToken(app);
    api = scheduleApi(app, token);
    cm = contentManager(app, token);
    await configureRunner(app, { enabled: true, pollMs: 60_000 });
  });
  afterAll(() => app.stop());

  it('arms a precise timer when an action is scheduled and runs it on time', async () => {
    const doc = await draft('On the second');
    const at = new Date(Date.now() + 1500).toISOString();
    const res = await api.schedule({ targetType: ARTICLE, documentId: doc, at });
    expect(res.status).toBe(201);
    const done = await eventually(
      async () => {
        const action = await status(res.body.data[0].id);
        return action.status === 'done' ? action : null;
      },
      5000,
      50,
    );
    expect(done.latenessMs).toBeGreaterThanOrEqual(0);
    expect(done.latenessMs).toBeLessThan(2000);
  });

  it('re-arms for an earlier time after a reschedule', async () => {
    const doc = await draft('Moved forward');
    const res = await api.schedule({
      targetType: ARTICLE,
      documentId: doc,
      at: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const id = res.body.data[0].id;
    await api.reschedule(id, { at: new Date(Date.now() + 1000).toISOString() });
    const done = await eventually(
      async () => ((await status(id)).status === 'done' ? status(id) : null),
      5000,
      50,
    );
    expect(done.latenessMs).toBeLessThan(2000);
  });

  it('catches up at start on actions that fell due while no runner was running', async () => {
    await runner(app).stop();
    const ids = [];
    for (const title of ['Missed one', 'Missed two']) {
      ids.push(
        (await api.schedule({ targetType: ARTICLE, documentId: await draft(title), at: 'now' })).body.data[0]
          .id,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await status(ids[0])).status).toBe('pending');
    await runner(app).start();
    await eventually(
      async () => (await Promise.all(ids.map(status))).every((a) => a.status === 'done'),
      5000,
      50,
    );
  });
});
