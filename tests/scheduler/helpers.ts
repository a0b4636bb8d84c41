import http from 'http';
import type { AddressInfo } from 'net';
import { DateTime } from 'luxon';
import type { TestApp } from '../helpers/strapi';

export const ARTICLE = 'plugin::newsroom.article';
export const SERIES = 'plugin::newsroom.series';
export const ACTIONS = 'plugin::newsroom.scheduled-action';

/** A clock tests move by hand; the runner and the editors' API both read it. */
export class FakeClock {
  constructor(public at: DateTime) {}
  now = () => this.at;
  set(iso: string) {
    this.at = DateTime.fromISO(iso, { setZone: true }).toUTC();
  }
  advance(ms: number) {
    this.at = this.at.plus({ milliseconds: ms });
  }
}

export const runner = (app: TestApp) => app.strapi.plugin('newsroom').service('scheduler') as any;

/**
 * Restarts the runner with test settings and an optional clock. With
 * enabled: false nothing runs by itself: the test calls runner(app).runDue().
 */
export async function configureRunner(app: TestApp, settings: Record<string, unknown>, clock?: FakeClock) {
  const service = runner(app);
  await service.stop();
  const current = app.strapi.config.get('plugin::newsroom.scheduler') as Record<string, unknown>;
  app.strapi.config.set('plugin::newsroom.scheduler', { ...current, ...settings });
  service.setClock(clock ? clock.now : null);
  await service.start();
}

/** The admin API of scheduled publishing, as the admin UI calls it. */
export function scheduleApi(app: TestApp, token: string) {
  const auth = { Authorization: `Bearer ${token}` };
  const base = '/newsroom/schedule';
  return {
    schedule: (body: object) => app.http().post(`${base}/actions`).set(auth).send(body),
    reschedule: (id: string, body: object) => app.http().put(`${base}/actions/${id}`).set(auth).send(body),
    cancel: (id: string) => app.http().delete(`${base}/actions/${id}`).set(auth),
    get: (id: string) => app.http().get(`${base}/actions/${id}`).set(auth),
    list: (query = '') => app.http().get(`${base}/actions${query}`).set(auth),
    plan: (body: object) => app.http().post(`${base}/plans`).set(auth).send(body),
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` returns something truthy, polling; fails after timeoutMs. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000, everyMs = 100): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}

/** Collects what the failure webhook receives, on 127.0.0.1. */
export async function webhookReceiver() {
  const received: any[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/failed`,
    received,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
