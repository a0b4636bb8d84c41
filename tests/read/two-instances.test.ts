import { adminToken, contentManager } from '../helpers/admin';
import { startChildApp, type ChildApp } from '../helpers/child-app';
import { startApp, type TestApp } from '../helpers/strapi';

/** Two instances on one database: a change through one is seen through the other at once. */
describe('two instances behind a load balancer', () => {
  let app: TestApp;
  let other: ChildApp;

  beforeAll(async () => {
    app = await startApp();
    other = await startChildApp({ ...app.env, NEWSROOM_DEMO: 'false' });
  }, 120000);
  afterAll(async () => {
    await other?.stop();
    await app.stop();
  });

  it('serves a change made through the first instance from the second at once', async () => {
    const url = `${other.url}/api/newsroom/series/kernel-log-coming-in-3-0`;
    const warm = await fetch(url);
    const before = await warm.json();
    const etag = warm.headers.get('etag')!;
    expect((await fetch(url, { headers: { 'If-None-Match': etag } })).status).toBe(304);

    const cm = contentManager(app, await adminToken(app));
    const part2 = before.data.parts[1];
    expect((await cm.unpublish('plugin::newsroom.article', part2.documentId)).status).toBe(200);

    const after = await fetch(url, { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    const body = await after.json();
    expect(body.data.parts[1]).toMatchObject({ number: 2, status: 'announced' });
    expect(after.headers.get('etag')).not.toBe(etag);
  });
});
