import { startHub } from '../helpers/hub-receiver';
import { startApp, type TestApp } from '../helpers/strapi';
import { eventually, sleep } from '../scheduler/helpers';

const ARTICLE = 'plugin::newsroom.article';
const API = 'https://www.example.com/api/newsroom';
const feed = (path: string, locale = 'en') =>
  ['atom', 'json', 'rss'].map(
    (format) => `${API}/feeds/${path}.${format}${locale === 'en' ? '' : `?locale=${locale}`}`,
  );

describe('WebSub: hub pings through the outbox', () => {
  let app: TestApp;
  let hub: Awaited<ReturnType<typeof startHub>>;
  let answer = 204;
  const docs = () => app.strapi.documents(ARTICLE as any) as any;
  const outbox = () => app.strapi.plugin('newsroom').service('outbox') as any;
  let part: (n: number) => Promise<{ documentId: string; slug: string }>;

  beforeAll(async () => {
    hub = await startHub(() => answer);
    app = await startApp({ env: { NEWSROOM_WEBSUB_HUB: hub.url } });
    part = (n) =>
      app.strapi.db
        .query(ARTICLE as any)
        .findOne({ where: { partNumber: n, locale: 'en' }, select: ['documentId', 'slug'] });
    // The demo's own publishes at start pinged too; start from a quiet outbox.
    await eventually(async () => (await outbox().messages()).every((m: any) => m.status === 'delivered'));
  });
  afterAll(async () => {
    await app.stop();
    await hub.close();
  });

  /** Waits until the pings after `from` stop coming; returns their URLs. */
  async function pingsAfter(from: number): Promise<string[]> {
    await eventually(async () => hub.pings.length > from);
    let seen = -1;
    while (seen !== hub.pings.length) {
      seen = hub.pings.length;
      await sleep(300);
    }
    return hub.urls(from);
  }

  it('pings exactly the English site, channel and series feeds when an English part is republished', async () => {
    const from = hub.pings.length;
    const { documentId } = await part(2);
    await docs().update({ documentId, locale: 'en', data: { teaser: 'Btrfs, Ext4 and XFS in Linux 3.0.' } });
    await docs().publish({ documentId, locale: 'en' });
    expect(await pingsAfter(from)).toEqual(
      [...feed('site'), ...feed('channels/the-h-open'), ...feed('series/kernel-log-coming-in-3-0')].sort(),
    );
    const ping = hub.pings[from];
    expect(ping.mode).toBe('publish');
    expect(ping.contentType).toBe('application/x-www-form-urlencoded');
  });

  it('pings the German feeds, and only those, when part 2 is published in German', async () => {
    const { documentId } = await part(2);
    // Relations are per locale: a German version without them is in the German site feed only.
    let from = hub.pings.length;
    await docs().update({ documentId, locale: 'de', data: { title: 'Kernel-Log: Was 3.0 bringt (Teil 2)' } });
    await docs().publish({ documentId, locale: 'de' });
    expect(await pingsAfter(from)).toEqual(feed('site', 'de'));

    // Linked to the German series and the channel, it joins their German feeds.
    const german3 = await docs().findOne({
      documentId: (await part(3)).documentId,
      locale: 'de',
      populate: { series: true, channel: true },
    });
    from = hub.pings.length;
    await docs().update({
      documentId,
      locale: 'de',
      data: { series: german3.series.documentId, channel: german3.channel.documentId },
    });
    await docs().publish({ documentId, locale: 'de' });
    expect(await pingsAfter(from)).toEqual(
      [
        ...feed('site', 'de'),
        ...feed('channels/the-h-open', 'de'),
        ...feed('series/kernel-log-was-3-0-bringt', 'de'),
      ].sort(),
    );
  });

  it('does not ping for a draft save, nor for a feed the change does not touch', async () => {
    const from = hub.pings.length;
    const { documentId } = await part(1);
    await docs().update({ documentId, locale: 'en', data: { teaser: 'Only a draft.' } });
    await sleep(1500);
    expect(hub.pings.length).toBe(from);
  });

  it('pings when a part is unpublished, and records each delivery', async () => {
    const from = hub.pings.length;
    const before = (await outbox().messages('websub')).length;
    const { documentId } = await part(1);
    await docs().unpublish({ documentId, locale: 'en' });
    const urls = await pingsAfter(from);
    expect(urls).toEqual(expect.arrayContaining(feed('site')));
    const records = (await outbox().messages('websub')).slice(before);
    expect(records.map((m: any) => m.payload.topic).sort()).toEqual(urls);
    for (const record of records) {
      expect(record).toMatchObject({ status: 'delivered', attempts: 1, lastStatus: 204 });
      expect(record.deliveredAt).toBeInstanceOf(Date);
      expect(record.deliveredBy).toBeTruthy();
    }
  });

  it('retries a hub that answers 503 with backoff until it takes the ping, and gives up on a 404', async () => {
    const config = app.strapi.config.get('plugin::newsroom.outbox') as object;
    app.strapi.config.set('plugin::newsroom.outbox', {
      ...config,
      retryBaseMs: 200,
      retryMaxMs: 400,
      maxAttempts: 3,
    });
    try {
      answer = 503;
      const from = hub.pings.length;
      const before = (await outbox().messages('websub')).length;
      const { documentId } = await part(3);
      await docs().publish({ documentId, locale: 'en' });
      await eventually(async () => hub.pings.length >= from + 18, 10_000); // 9 URLs, twice
      answer = 204;
      await eventually(async () =>
        (await outbox().messages('websub')).slice(before).every((m: any) => m.status === 'delivered'),
      );
      const records = (await outbox().messages('websub')).slice(before);
      expect(records).toHaveLength(9);
      expect(records.every((m: any) => m.attempts >= 2 && m.lastStatus === 204)).toBe(true);

      answer = 404;
      const failedFrom = (await outbox().messages('websub')).length;
      // A new teaser, so every feed that lists the part changes (a bare republish within the same
      // second may leave the RSS feeds, whose dates have whole seconds, as they were: no ping).
      await docs().update({ documentId, locale: 'en', data: { teaser: `Refused at ${Date.now()}.` } });
      await docs().publish({ documentId, locale: 'en' });
      await eventually(async () => {
        const rows = (await outbox().messages('websub')).slice(failedFrom);
        return rows.length === 9 && rows.every((m: any) => m.status === 'failed');
      });
      const failed = (await outbox().messages('websub')).slice(failedFrom);
      expect(failed.every((m: any) => m.attempts === 1 && m.lastStatus === 404)).toBe(true);
    } finally {
      answer = 204;
      app.strapi.config.set('plugin::newsroom.outbox', config);
    }
  });

  it('folds a ping into one still waiting for the same feed, and rolls it back with its change', async () => {
    await outbox().stop();
    try {
      const before = (await outbox().messages('websub')).length;
      const { documentId } = await part(3);
      await docs().publish({ documentId, locale: 'en' });
      await docs().publish({ documentId, locale: 'en' });
      const waiting = (await outbox().messages('websub')).slice(before);
      // The second publish changed the same feeds (RSS dates have whole seconds: it may not have changed).
      const english = [
        ...feed('site'),
        ...feed('channels/the-h-open'),
        ...feed('series/kernel-log-coming-in-3-0'),
      ];
      const topics = waiting.map((m: any) => m.payload.topic);
      expect(topics).toEqual(expect.arrayContaining(feed('site').filter((url) => !url.includes('.rss'))));
      expect(english).toEqual(expect.arrayContaining(topics));
      expect(new Set(topics).size).toBe(topics.length);
      expect(waiting.every((m: any) => m.status === 'pending')).toBe(true);
      expect(
        waiting.filter((m: any) => !m.payload.topic.includes('.rss')).every((m: any) => m.coalesced === 1),
      ).toBe(true);

      // A change that fails writes no message.
      await expect(
        app.strapi.db.transaction(async () => {
          await docs().publish({ documentId, locale: 'en' });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      const after = (await outbox().messages('websub')).slice(before);
      expect(after.map((m: any) => [m.id, m.coalesced])).toEqual(
        waiting.map((m: any) => [m.id, m.coalesced]),
      );
    } finally {
      await outbox().start();
    }
    await eventually(async () =>
      (await outbox().messages('websub')).every((m: any) => m.status !== 'pending'),
    );
  });

  it('writes no message and builds no feed without a hub (and says what the hub costs a publish)', async () => {
    const { documentId } = await part(3);
    const websub = app.strapi.config.get('plugin::newsroom.websub') as object;
    const time = async () => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = process.hrtime.bigint();
        await docs().publish({ documentId, locale: 'en' });
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      return times.sort((a, b) => a - b)[2];
    };
    const withHub = await time();
    app.strapi.config.set('plugin::newsroom.websub', { ...websub, hub: null });
    try {
      const before = (await outbox().messages()).length;
      const withoutHub = await time();
      expect((await outbox().messages()).length).toBe(before);
      console.log(
        `publish median over 5 (${app.strapi.db.dialect.client}): ${withHub.toFixed(1)} ms with a hub, ${withoutHub.toFixed(1)} ms without`,
      );
    } finally {
      app.strapi.config.set('plugin::newsroom.websub', websub);
    }
  });
});
