import { startApp, type TestApp } from '../helpers/strapi';

describe('release timelines API on the demo newsroom', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.stop());

  it('lists every shipped Linux timeline', async () => {
    const res = await app.http().get('/api/newsroom/timelines?at=2011-07-07T12:00:00Z').expect(200);
    expect(res.body.data.map((t: any) => t.version)).toEqual(
      expect.arrayContaining(['2.6.37', '2.6.38', '2.6.39', '3.0', '3.1']),
    );
    const linux30 = res.body.data.find((t: any) => t.version === '3.0');
    expect(linux30).toMatchObject({
      slug: 'linux-3-0',
      project: 'Linux',
      state: { label: '3.0-rc6', rc: 6 },
    });
  });

  it('says Linux 3.0 stood at rc6 on 2011-07-07 and projects a range containing 2011-07-21', async () => {
    const res = await app.http().get('/api/newsroom/timelines/linux-3-0?at=2011-07-07T14:49:00Z').expect(200);
    const { data, meta } = res.body;
    expect(meta).toMatchObject({ at: '2011-07-07T14:49:00.000Z', locale: 'en', zone: 'Europe/Berlin' });
    expect(data.milestones.map((m: any) => m.label)).toEqual([
      '3.0 merge window',
      '3.0-rc1',
      '3.0-rc2',
      '3.0-rc3',
      '3.0-rc4',
      '3.0-rc5',
      '3.0-rc6',
      '3.0-rc7',
      '3.0',
    ]);
    // rc4 was tagged at 20:26 on Monday 20 June in California: Tuesday in Berlin.
    const rc4 = data.milestones.find((m: any) => m.label === '3.0-rc4');
    expect(rc4.day).toMatchObject({ date: '2011-06-21', weekday: 'Tuesday', zone: 'Europe/Berlin' });
    expect(data.state).toMatchObject({ phase: 'stabilising', rc: 6, label: '3.0-rc6', weeksSinceRc1: 5 });
    expect(data.state.after.map((m: any) => m.label)).toEqual(['3.0-rc7', '3.0']);
    const { projection } = data;
    expect(projection.basis.history.map((h: any) => h.version)).toEqual(['2.6.37', '2.6.38', '2.6.39']);
    expect(projection.earliest <= '2011-07-21T00:00:00.000Z').toBe(true);
    expect(projection.latest >= '2011-07-21T23:59:59.000Z').toBe(true);
    expect(data.articles.map((a: any) => [a.title.slice(0, 34), a.writtenAt])).toEqual([
      ['Kernel Log: Coming in 3.0 (Part 1)', '3.0-rc4'],
      ['Kernel Log: Coming in 3.0 (Part 2)', '3.0-rc5'],
      ['Kernel Log: Coming in 3.0 (Part 3)', '3.0-rc6'],
    ]);
    expect(data.articles[2].canonicalUrl).toMatch(/^https:\/\/www\.example\.com\/en\/news\/kernel-log/);
    expect(data.articles[2].permalinkUrl).toMatch(/^https:\/\/www\.example\.com\/-\d+$/);
  });

  it('has no projection once the release is out, and lists German articles with ?locale=de', async () => {
    const res = await app
      .http()
      .get('/api/newsroom/timelines/linux-3-0?at=2011-08-01T00:00:00Z&locale=de')
      .expect(200);
    expect(res.body.data.state).toMatchObject({ phase: 'released', label: '3.0' });
    expect(res.body.data.projection).toBeNull();
    expect(res.body.data.articles.map((a: any) => a.title)).toEqual([expect.stringMatching(/Teil 3/)]);
  });

  it('defaults `at` to now', async () => {
    const res = await app.http().get('/api/newsroom/timelines/linux-3-0').expect(200);
    expect(Date.now() - Date.parse(res.body.meta.at)).toBeLessThan(120_000);
    expect(res.body.data.state.phase).toBe('released');
    expect(res.headers.etag).toBeTruthy();
  });

  it('lets caches keep an answer for "now" until its minute ends, and one for a given instant as long as any', async () => {
    for (const url of ['/api/newsroom/timelines/linux-3-0', '/api/newsroom/timelines']) {
      const res = await app.http().get(url).expect(200);
      const secondsLeft = 60 - new Date(res.headers.date).getUTCSeconds();
      const [, maxAge, sMaxAge] = /max-age=(\d+), s-maxage=(\d+)/
        .exec(res.headers['cache-control'])!
        .map(Number);
      expect([url, maxAge <= secondsLeft, sMaxAge <= secondsLeft]).toEqual([url, true, true]);
      expect(res.headers['cache-control']).toContain('stale-while-revalidate=0');
    }
    const fixed = await app
      .http()
      .get('/api/newsroom/timelines/linux-3-0?at=2011-07-07T14:49:00Z')
      .expect(200);
    expect(fixed.headers['cache-control']).toBe(
      'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
    );
  });

  it('answers a bad instant with 400 and an unknown timeline with 404', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/newsroom/timelines/linux-3-0?at=yesterday', 400, /"at" must be an ISO 8601 date and time/],
      ['/api/newsroom/timelines/linux-3-0?at=2011-13-45T00:00:00Z', 400, /"at"/],
      ['/api/newsroom/timelines/linux-3-0?at=2011-07-07', 400, /"at"/],
      ['/api/newsroom/timelines/linux-3-0?at[$gt]=1', 400, /"at"/],
      ['/api/newsroom/timelines?at=soon', 400, /"at"/],
      ['/api/newsroom/timelines/linux-9-9', 404, /No published timeline "linux-9-9"/],
      ['/api/newsroom/timelines/Linux_3', 400, /not a valid timeline slug/],
      ['/api/newsroom/timelines/linux-3-0?locale=fr', 400, /locale/],
    ];
    for (const [url, status, message] of cases) {
      const res = await app.http().get(url);
      expect([url, res.status]).toEqual([url, status]);
      expect(res.body.error.message).toMatch(message);
    }
  });
});
