import fs from 'fs';
import http from 'http';
import path from 'path';
import { startChildApp, type ChildApp } from '../helpers/child-app';
import { createTestDatabase, type TestDatabase, usesPostgres } from '../helpers/database';
import { startApp } from '../helpers/strapi';

const { PRODUCTION_SECRETS } = require('../../scripts/bench/boot');

const HEAP_MB = 256;
const DISTINCT_AT = Number(process.env.NEWSROOM_MEMORY_AT ?? 8_000);
const JUNK = Number(process.env.NEWSROOM_MEMORY_JUNK ?? 12_000);
const CONCURRENCY = 8;
const RESULTS = path.resolve(
  __dirname,
  '..',
  '..',
  '.tmp',
  `memory-${usesPostgres() ? 'postgres' : 'sqlite'}.json`,
);

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** A release cycle with 160 stable updates: its timeline answer is about 70 kB. */
function bigTimeline() {
  const day = (n: number) => new Date(Date.UTC(2030, 0, 1) + n * 86_400_000).toISOString();
  const milestones: object[] = [{ kind: 'merge-window', label: 'merge window', at: day(0) }];
  for (let rc = 1; rc <= 8; rc++) milestones.push({ kind: 'rc', label: `9.9-rc${rc}`, at: day(7 + rc * 7) });
  milestones.push({ kind: 'release', label: '9.9', at: day(70) });
  for (let n = 1; n <= 160; n++) {
    milestones.push({
      kind: 'stable',
      label: `9.9.${n}`,
      at: day(70 + n),
      note: `Stable update ${n}: fixes for drivers, filesystems and the network stack.`,
      announcementUrl: `https://lore.example.org/stable/9.9.${n}`,
    });
  }
  return { project: 'Memory', version: '9.9', previousVersion: '9.8', milestones };
}

/**
 * Anonymous memory exhaustion, the way: a production process with a
 * small heap and a large timeline gets tens of thousands of distinct `?at=`
 * values and junk-query URLs. It must stay up, answer every one, keep its
 * answer caches within their byte budget, and still answer its hot URLs
 * from memory at the end.
 */
describe(`memory: ${DISTINCT_AT} distinct ?at= and ${JUNK} junk URLs against a ${HEAP_MB} MB heap`, () => {
  let database: TestDatabase;
  let server: ChildApp;
  let slug: string;
  let article: string;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

  beforeAll(async () => {
    database = await createTestDatabase('memory');
    const seed = await startApp({ database, env: { NEWSROOM_SCHEDULER: 'false' } });
    const docs = seed.strapi.documents('plugin::newsroom.timeline' as any) as any;
    const timeline = await docs.create({ data: bigTimeline() });
    await docs.publish({ documentId: timeline.documentId });
    slug = (await docs.findOne({ documentId: timeline.documentId, status: 'published' })).slug;
    const series = (await seed.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200)).body
      .data;
    article = series.parts.find((p: any) => p.status === 'published').slug;
    await seed.stop({ keepDatabase: true });
    server = await startChildApp({
      ...seed.env,
      NODE_ENV: 'production',
      ...PRODUCTION_SECRETS,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${HEAP_MB}`.trim(),
    });
  }, 120_000);

  afterAll(async () => {
    agent.destroy();
    await server?.stop();
    await database?.drop();
  });

  it('stays up, answers every request, and keeps its hot answers in memory', async () => {
    const get = (url: string) =>
      new Promise<{ status: number; cache: unknown; bytes: number }>((resolve, reject) => {
        http
          .get(`${server.url}${url}`, { agent }, (res) => {
            let bytes = 0;
            res.on('data', (chunk: Buffer) => (bytes += chunk.length));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, cache: res.headers['x-cache'], bytes }),
            );
          })
          .on('error', reject);
      });
    const HOT = [
      `/api/newsroom/timelines/${slug}?at=2030-06-01T12:00:00Z`,
      '/api/newsroom/timelines/linux-3-0?at=2011-07-07T12:00:00Z',
      '/api/newsroom/series',
      `/api/newsroom/articles/${article}`,
      '/api/newsroom/feeds/site.atom',
    ];
    const big = await get(HOT[0]);
    expect(big.bytes).toBeGreaterThan(60_000);

    const at = (i: number) => new Date(Date.UTC(2030, 0, 1) + i * 60_000).toISOString();
    const flood = (i: number): string => {
      if (i < DISTINCT_AT) return `/api/newsroom/timelines/${slug}?at=${at(i)}`;
      const j = i - DISTINCT_AT;
      return [
        `/api/newsroom/series?utm_source=${j}`,
        `/api/newsroom/articles/${article}?x=${j}&populate[${j}]=*`,
        `/api/newsroom/timelines/${slug}?at=2030-06-01T12:00:00Z&junk=${j}`,
        `/api/newsroom/feeds/site.atom?${j}`,
      ][j % 4];
    };
    const total = DISTINCT_AT + JUNK;
    const statuses: Record<number, number> = {};
    const samples: number[] = [rssMb(server.pid)];
    const sampler = setInterval(() => samples.push(rssMb(server.pid)), 1000);
    const started = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < total) {
          const i = next++;
          // Readers keep asking for the hot URLs while the flood goes on.
          const url = i % 50 === 0 ? HOT[(i / 50) % HOT.length] : flood(i);
          const { status } = await get(url);
          statuses[status] = (statuses[status] ?? 0) + 1;
        }
      }),
    );
    clearInterval(sampler);
    const seconds = (Date.now() - started) / 1000;

    const hot = await Promise.all(HOT.map(async (url) => (await get(url)).cache));
    const summary = {
      database: usesPostgres() ? 'PostgreSQL' : 'SQLite',
      heapLimitMb: HEAP_MB,
      timelineAnswerKb: Math.round(big.bytes / 1024),
      requests: total,
      seconds: Math.round(seconds),
      requestsPerSecond: Math.round(total / seconds),
      statuses,
      rssMb: {
        start: Math.round(samples[0]),
        max: Math.round(Math.max(...samples)),
        end: Math.round(samples.at(-1)!),
      },
      hot,
    };
    fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
    fs.writeFileSync(RESULTS, JSON.stringify(summary, null, 2));
    console.log(`memory: ${JSON.stringify(summary)}`);

    expect(statuses).toEqual({ 200: total });
    expect(() => process.kill(server.pid, 0)).not.toThrow();
    expect(hot).toEqual(HOT.map(() => 'hit'));
  }, 300_000);
});
