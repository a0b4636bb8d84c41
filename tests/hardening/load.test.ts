import autocannon from 'autocannon';
import fs from 'fs';
import path from 'path';
import { startChildApp, type ChildApp } from '../helpers/child-app';
import { createTestDatabase, type TestDatabase, usesPostgres } from '../helpers/database';
import { startApp } from '../helpers/strapi';

// The production secrets the read benchmark boots with (scripts/bench/boot.js).
const { PRODUCTION_SECRETS } = require('../../scripts/bench/boot');

const SECONDS = Number(process.env.NEWSROOM_LOAD_SECONDS || 60);
const CONNECTIONS = 100;
const HEAP_MB = 384;
// "RSS stays level": the last third's peak may exceed the first third's by at most this much (measured:
// 262 vs 265 MB, 268 vs 270 MB; +25 MB on a loaded machine). A leak of 64 kB per request crossed it.
const RSS_GROWTH_MB = 64;
const RESULTS = path.resolve(
  __dirname,
  '..',
  '..',
  '.tmp',
  `load-${usesPostgres() ? 'postgres' : 'sqlite'}.json`,
);

const rssMb = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
};

/**
 * The read API under 100 concurrent connections for a minute
 * (NEWSROOM_LOAD_SECONDS) against a separate Strapi process: half the
 * requests anonymous (the cache's fast path), half with a read-only API
 * token (the whole Strapi stack), over every public read route. No errors,
 * no non-2xx answers, and the server lives within a 384 MB heap limit.
 */
describe(`load: ${CONNECTIONS} connections for ${SECONDS} s`, () => {
  let database: TestDatabase;
  let server: ChildApp;
  let token: string;
  const paths: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('load');
    // The token is hashed with API_TOKEN_SALT: the seeding app and the server share it.
    const env = { NEWSROOM_SCHEDULER: 'false', API_TOKEN_SALT: PRODUCTION_SECRETS.API_TOKEN_SALT };
    const seed = await startApp({ database, env });
    token = (
      await seed.strapi
        .service('admin::api-token')
        .create({ name: 'load front end', type: 'read-only', lifespan: null, description: '' })
    ).accessKey;
    const http = seed.http();
    const series = (await http.get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200)).body.data;
    const parts = series.parts.filter((p: any) => p.status === 'published');
    paths.push(
      '/api/newsroom/series',
      '/api/newsroom/series?locale=de',
      '/api/newsroom/series/kernel-log-coming-in-3-0',
      '/api/newsroom/channels/the-h-open/articles',
      '/api/newsroom/feeds/site.atom',
      '/api/newsroom/feeds/series/kernel-log-coming-in-3-0.json',
      '/api/newsroom/sitemap.xml',
      '/api/newsroom/timelines/linux-3-0',
      ...parts.flatMap((p: any) => [
        `/api/newsroom/articles/${p.slug}`,
        `/api/newsroom/articles/${p.permalinkId}`,
        `/api/newsroom/articles/${p.slug}/print`,
        `/api/newsroom/permalinks/${p.permalinkId}`,
      ]),
    );
    await seed.stop({ keepDatabase: true });
    server = await startChildApp({
      ...seed.env,
      NODE_ENV: 'production',
      ...PRODUCTION_SECRETS,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${HEAP_MB}`.trim(),
    });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it(
    'answers every request within a bounded heap',
    async () => {
      // Each request once, one after another, first: the measured minute is a warm server's, not its
      // first seconds (the first admin-token check, the first query of each kind, V8's compilation).
      for (const p of paths) {
        for (const headers of [{}, { authorization: `Bearer ${token}` }]) {
          expect((await fetch(`${server.url}${p}`, { headers })).status).toBe(200);
        }
      }
      const samples: number[] = [];
      const sampler = setInterval(() => samples.push(rssMb(server.pid)), 1000);
      const requests = paths.flatMap((p) => [
        { method: 'GET' as const, path: p },
        { method: 'GET' as const, path: p, headers: { authorization: `Bearer ${token}` } },
      ]);
      const result = await autocannon({
        url: server.url,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests,
      });
      clearInterval(sampler);
      const third = Math.max(1, Math.floor(samples.length / 3));
      const early = Math.max(...samples.slice(0, third));
      const late = Math.max(...samples.slice(-third));
      const summary = {
        database: usesPostgres() ? 'PostgreSQL' : 'SQLite',
        seconds: SECONDS,
        connections: CONNECTIONS,
        routes: paths.length,
        requests: result.requests.total,
        requestsPerSecond: Math.round(result.requests.average),
        latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        statusCodes: Object.fromEntries(
          Object.entries((result as any).statusCodeStats ?? {}).map(([code, stat]: [string, any]) => [
            code,
            stat.count,
          ]),
        ),
        heapLimitMb: HEAP_MB,
        rssMb: { first: Math.round(samples[0]), earlyMax: Math.round(early), lateMax: Math.round(late) },
      };
      fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
      fs.writeFileSync(RESULTS, JSON.stringify(summary, null, 2));
      console.log(`load: ${JSON.stringify(summary)}`);
      expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({
        errors: 0,
        timeouts: 0,
        non2xx: 0,
      });
      expect(result.requests.total).toBeGreaterThan(SECONDS * 50);
      // Bounded memory: the server runs with a 384 MB old-space limit, so a heap leak ends in an
      // out-of-memory crash: socket errors above, and a dead process here. Memory outside the heap
      // (buffers, native) has no such limit: its growth shows in RSS, which must stay level.
      expect(() => process.kill(server.pid, 0)).not.toThrow();
      expect(samples.length).toBeGreaterThanOrEqual(Math.floor(SECONDS / 2));
      expect(Math.round(late - early)).toBeLessThanOrEqual(RSS_GROWTH_MB);
    },
    (SECONDS + 60) * 1000,
  );
});
