import { adminToken, contentManager } from '../helpers/admin';
import { startChildApp, type ChildApp } from '../helpers/child-app';
import { usesPostgres, withPg } from '../helpers/database';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const SERIES_URL = '/api/newsroom/series/kernel-log-coming-in-3-0';

const waitFor = async (ok: () => boolean, ms = 10_000) => {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/**
 * On PostgreSQL, instances learn of changes by LISTEN/NOTIFY instead of
 * reading the content generation on every cached hit; a change through one
 * instance is still served by the other as soon as its editor has the answer,
 * and a lost listener means reading per request until it is back.
 */
(usesPostgres() ? describe : describe.skip)('the content generation, pushed on PostgreSQL', () => {
  let app: TestApp;
  let other: ChildApp;
  let generationReads = 0;
  const changes = () => app.strapi.plugin('newsroom').service('changes');

  beforeAll(async () => {
    app = await startApp({ env: { NEWSROOM_SCHEDULER: 'false' } });
    other = await startChildApp({ ...app.env, NEWSROOM_DEMO: 'false', NEWSROOM_SCHEDULER: 'false' });
    app.strapi.db.connection.on('query', (query: { sql: string }) => {
      if (/^select .*"newsroom_sequences"/i.test(query.sql)) generationReads += 1;
    });
    await waitFor(() => changes().listening());
  }, 120_000);

  afterAll(async () => {
    await other?.stop();
    await app?.stop();
  });

  const readsForHits = async (hits: number) => {
    await app.http().get(SERIES_URL).expect(200);
    generationReads = 0;
    for (let i = 0; i < hits; i++) await app.http().get(SERIES_URL).expect(200);
    return generationReads;
  };

  it('serves cached hits without asking the database', async () => {
    // The heartbeat reads it once a second; 50 hits take far less.
    expect(await readsForHits(50)).toBeLessThanOrEqual(2);
  });

  it('serves a change made through the other instance as soon as that instance answered', async () => {
    const before = (await app.http().get(SERIES_URL).expect(200)).body.data;
    const part2 = before.parts[1];
    const login = await fetch(`${other.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor@newsroom.local', password: 'Newsroom-Dev-2026' }),
    });
    const token = (await login.json()).data.token;
    const unpublished = await fetch(
      `${other.url}/content-manager/collection-types/${ARTICLE}/${part2.documentId}/actions/unpublish?locale=en`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: '{}',
      },
    );
    expect(unpublished.status).toBe(200);
    const after = (await app.http().get(SERIES_URL).expect(200)).body.data;
    expect(after.parts[1]).toMatchObject({ number: 2, status: 'announced' });
    const cm = contentManager(app, await adminToken(app));
    expect((await cm.publish(ARTICLE, part2.documentId)).status).toBe(200);
    const back = await fetch(`${other.url}${SERIES_URL}`).then((res) => res.json());
    expect(back.data.parts[1]).toMatchObject({ number: 2, status: 'published' });
  });

  it('reads per request while its listener is cut off, and listens again', async () => {
    const cut = await withPg((client) =>
      client.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'newsroom generation'`,
      ),
    );
    expect(cut.rowCount).toBeGreaterThanOrEqual(2);
    await waitFor(() => !changes().listening(), 5000);
    // Until it is back (a reconnect is tried after 250 ms), every hit asks the database.
    expect(await readsForHits(5)).toBeGreaterThanOrEqual(5);
    await waitFor(() => changes().listening(), 15_000);
    expect(await readsForHits(50)).toBeLessThanOrEqual(2);
  });
});
