import request from 'supertest';
import { DEV_ADMIN } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';

const FRONTEND = 'https://news.example';
const PARTNER = 'https://partner.example';
const ATTACKER = 'https://attacker.example';

/**
 * CORS is the app's (config/middlewares.ts): an allow-list of the admin's own
 * origin, the front end and CORS_ORIGINS. Any other Origin gets no
 * Access-Control-Allow-Origin at all, so no other site can read an admin's
 * answers (tokens included) from a browser.
 */
describe('CORS: an allow-list, never a reflected origin with credentials', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp({
      env: { NEWSROOM_FRONTEND_ORIGIN: FRONTEND, CORS_ORIGINS: PARTNER, PORT: '1337' },
    });
  });
  afterAll(() => app.stop());

  it('does not hand an admin token to another site: no CORS headers for its origin', async () => {
    const agent = request.agent(app.strapi.server.httpServer);
    await agent
      .post('/admin/login')
      .send({ ...DEV_ADMIN, rememberMe: true })
      .expect(200);
    const res = await agent.post('/admin/access-token').set('Origin', ATTACKER).send({});
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it.each([
    ['the front end', FRONTEND],
    ['a configured partner', PARTNER],
    ['the admin panel', 'http://localhost:1337'],
  ])('allows %s, with credentials', async (_who, origin) => {
    const res = await app.http().post('/admin/login').set('Origin', origin).send(DEV_ADMIN);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(origin);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
  });

  it.each([
    ['a preflight', 'options', '/admin/login'],
    ['a read', 'get', '/api/newsroom/series'],
    ['a login', 'post', '/admin/login'],
  ])('answers %s from another origin without CORS headers', async (_what, method, path) => {
    let req = (app.http() as any)[method](path).set('Origin', ATTACKER);
    if (method === 'options') req = req.set('Access-Control-Request-Method', 'POST');
    const res = await (method === 'post' ? req.send(DEV_ADMIN) : req);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
