import { startApp, type TestApp } from '../helpers/strapi';
import { HEARTBEATS } from '../helpers/heartbeat';

// The scheduler's background reconcile would add its own queries to the count.
const QUIET = { NEWSROOM_SCHEDULER: 'false' };

describe('the fast path for anonymous cached reads', () => {
  let app: TestApp;
  let queries = 0;
  const url = '/api/newsroom/series/kernel-log-coming-in-3-0';

  beforeAll(async () => {
    app = await startApp({ env: QUIET });
    app.strapi.db.connection.on('query', (query: { sql: string }) => {
      // On PostgreSQL each instance reports itself once a second (services/changes.ts): not the request's.
      if (!query.sql.includes(HEARTBEATS)) queries += 1;
    });
  });
  afterAll(() => app.stop());

  it('answers a repeated anonymous read without a query and with the same headers', async () => {
    const changes = app.strapi.plugin('newsroom').service('changes');
    if (process.env.DATABASE_CLIENT === 'postgres') {
      for (let i = 0; i < 200 && !changes.listening(); i++) await new Promise((r) => setTimeout(r, 25));
      expect(changes.listening()).toBe(true);
    }
    const first = await app.http().get(url).expect(200);
    queries = 0;
    const second = await app.http().get(url).expect(200);
    // The content generation: pushed by notification on PostgreSQL, read by the plugin's own reader on SQLite.
    // (On PostgreSQL the once-a-second heartbeat may read it meanwhile: at most that one.)
    expect(queries).toBeLessThanOrEqual(process.env.DATABASE_CLIENT === 'postgres' ? 1 : 0);
    expect(second.text).toBe(first.text);
    // The replay sends every header the full way sent, except the date, the cache's verdict, CORS
    // headers (no Origin, so nothing to allow) and Strapi's X-Powered-By banner.
    const skip = /^(date|x-cache|access-control-.*|x-powered-by)$/;
    const headers = (res: { headers: Record<string, string> }) =>
      Object.entries(res.headers)
        .filter(([name]) => !skip.test(name))
        .sort(([a], [b]) => a.localeCompare(b));
    expect(headers(second)).toEqual(headers(first));
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.headers.vary?.split(', ').sort()).toEqual(['Accept-Encoding', 'Origin']);
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8');
    const head = await app.http().head(url).expect(200);
    expect(head.headers['content-length']).toBe(first.headers['content-length']);
    expect(head.text ?? '').toBe('');
    await app.http().get(url).set('If-None-Match', first.headers.etag).expect(304);
  });

  it('takes the full way for browsers, so CORS headers are right', async () => {
    const res = await app.http().get(url).set('Origin', 'https://www.example.com').expect(200);
    expect(res.headers['access-control-allow-origin']).toBeDefined();
  });

  it('stops serving at once when the public role loses the permission', async () => {
    await app.http().get(url).expect(200);
    const role = await app.strapi.db
      .query('plugin::users-permissions.role' as any)
      .findOne({ where: { type: 'public' } });
    await app.strapi.db
      .query('plugin::users-permissions.permission' as any)
      .deleteMany({ where: { action: 'plugin::newsroom.series.findOne', role: role.id } });
    await app.http().get(url).expect(403);
    await app.http().get('/api/newsroom/series').expect(200);
  });
});
