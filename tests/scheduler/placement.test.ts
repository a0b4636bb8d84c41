import { DateTime } from 'luxon';
import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';
import { ARTICLE, configureRunner, FakeClock, scheduleApi, SERIES } from './helpers';

/**
 * Pending actions reason with where a part is now: after a reorder or a
 * move to another series, the part order check, the series filter and the
 * API use the current series and part number, not those of when the action
 * was stored.
 */
describe('scheduled publishing: parts renumbered or moved with actions pending', () => {
  let app: TestApp;
  let token: string;
  let api: ReturnType<typeof scheduleApi>;
  let cm: ReturnType<typeof contentManager>;
  // Dates in next year, after the real now: parts published here go live on the real clock, and the
  // part-order rule compares later parts' times with theirs. `on('05-13')` is 13 May of that year, 10:00Z.
  const year = DateTime.utc().year + 1;
  const on = (monthDay: string) => `${year}-${monthDay}T10:00:00Z`;
  const clock = new FakeClock(DateTime.fromISO(on('04-01')).toUTC());

  const series = async (title: string) => (await cm.create(SERIES, { title })).body.data.documentId as string;
  const part = async (title: string, seriesId: string) => {
    const res = await cm.create(ARTICLE, { title, series: seriesId });
    expect(res.status).toBe(201);
    return res.body.data.documentId as string;
  };
  const schedule = (documentId: string, at: string) => api.schedule({ targetType: ARTICLE, documentId, at });
  const reorder = (seriesId: string, order: string[]) =>
    app
      .http()
      .put(`/newsroom/series/${seriesId}/order`)
      .set('Authorization', `Bearer ${token}`)
      .send({ order });
  const numberOf = async (documentId: string) =>
    (
      await app.strapi.db
        .query(ARTICLE as any)
        .findOne({ where: { documentId, locale: 'en', publishedAt: null }, select: ['partNumber'] })
    ).partNumber as number;

  beforeAll(async () => {
    app = await startApp({ demo: false });
    token = await adminToken(app);
    api = scheduleApi(app, token);
    cm = contentManager(app, token);
    await configureRunner(app, { enabled: false }, clock);
  });
  afterAll(() => app.stop());

  it('checks the part order with the numbers after a reorder', async () => {
    const s = await series('Kernel Log: Coming in 3.4');
    const [a, b, c] = [await part('Alpha', s), await part('Beta', s), await part('Gamma', s)];
    expect([await numberOf(a), await numberOf(b), await numberOf(c)]).toEqual([1, 2, 3]);
    const first = await schedule(a, on('05-13'));
    expect(first.status).toBe(201);
    expect(first.body.data[0]).toMatchObject({ partNumber: 1, seriesDocumentId: s });

    // Gamma becomes part 1, Alpha part 3, while Alpha's publish is pending.
    expect((await reorder(s, [c, b, a])).status).toBe(200);
    expect((await api.get(first.body.data[0].id)).body.data).toMatchObject({ partNumber: 3 });

    // The new part 1 after the new part 3: refused, naming the numbers as they are now.
    const late = await schedule(c, on('05-20'));
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(
      /^Part 3 is scheduled for .*, before part 1, which would go live/,
    );
    // Before it: fine.
    expect((await schedule(c, on('05-06'))).status).toBe(201);

    // Rescheduling Alpha (now part 3) before Gamma (now part 1) is refused too.
    const moved = await api.reschedule(first.body.data[0].id, { at: on('05-01') });
    expect(moved.status).toBe(409);
  });

  it('lets an update of a live part go after later parts: it keeps its place, so order is not at stake', async () => {
    const s = await series('Kernel Log: Coming in 3.6');
    const [a, b, c] = [await part('One', s), await part('Two', s), await part('Three', s)];
    for (const id of [a, b]) expect((await cm.publish(ARTICLE, id)).status).toBe(200);
    expect((await cm.update(ARTICLE, a, { title: 'One, corrected' })).status).toBe(200);
    // Part 1's correction goes live long after part 2: fine, no force needed.
    const update = await schedule(a, on('06-01'));
    expect([update.status, update.body.error?.message]).toEqual([201, undefined]);
    // First publications still keep the order: part 4 before part 3 is refused.
    expect((await schedule(c, on('06-10'))).status).toBe(201);
    const d = await part('Four', s);
    const early = await schedule(d, on('05-01'));
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/^Part 4 would go live on .*, before part 3/);
  });

  it('files a part moved to another series under that series, and checks the order there', async () => {
    const from = await series('Kernel Log: Coming in 3.5');
    const to = await series('Kernel Log: Coming in 3.6');
    const one = await part('First of 3.6', to);
    const moving = await part('Moving part', from);
    const pending = await schedule(moving, on('06-03'));
    expect(pending.status).toBe(201);
    const id = pending.body.data[0].id;

    // In the Content Manager: another series, as its part 2.
    const res = await cm.update(ARTICLE, moving, { series: to, partNumber: 2 });
    expect([res.status, res.body.error?.message]).toEqual([200, undefined]);
    const number = await numberOf(moving);
    expect(number).toBe(2);

    const ids = async (seriesId: string) =>
      (await api.list(`?series=${seriesId}`)).body.data.map((action: any) => action.id);
    expect(await ids(to)).toContain(id);
    expect(await ids(from)).not.toContain(id);
    expect((await api.get(id)).body.data).toMatchObject({ seriesDocumentId: to, partNumber: number });

    // Part 1 of the new series after the moved part's pending publish: refused.
    const after = await schedule(one, on('06-10'));
    expect(after.status).toBe(409);
    expect(after.body.error.message).toMatch(
      /^Part 2 is scheduled for .*, before part 1, which would go live/,
    );
    expect((await schedule(one, on('05-27'))).status).toBe(201);
  });
});
