import { fingerprint } from '../helpers/fingerprint';
import { startApp, type TestApp } from '../helpers/strapi';
import {
  ARTICLE,
  type Account,
  createAccounts,
  fixtures,
  ROLE_NAMES,
  type RoleName,
  TIMELINE,
} from './role-fixtures';

type Fixtures = ReturnType<typeof fixtures>;
interface Request {
  method: 'get' | 'put' | 'post' | 'delete';
  path: string;
  body?: object;
}
interface Context {
  app: TestApp;
  f: Fixtures;
  accounts: Record<RoleName, Account>;
  role: RoleName;
  /** What the cell made, for its own checks. */
  made: Record<string, string>;
}
interface Cell {
  route: string;
  prepare: (c: Context) => Promise<Request>;
  expect: Record<RoleName, number>;
  /** More about a successful answer (which fields, which titles). */
  check?: (res: any, c: Context) => void | Promise<void>;
}

/** Statuses in the order of ROLE_NAMES: scheduler-only, German desk, title-only, author, board-only, editor, super admin. */
const by = (...statuses: number[]) =>
  Object.fromEntries(ROLE_NAMES.map((role, index) => [role, statuses[index]])) as Record<RoleName, number>;

let minute = 0;
/** A future wall-clock time no other cell uses (identical requests would be answered with the stored action). */
const later = () => {
  minute += 1;
  return {
    date: '2031-05-04',
    time: `${String(8 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
  };
};

const schedule = (documentId: string, action: 'publish' | 'unpublish', locale: string) => ({
  method: 'post' as const,
  path: '/newsroom/schedule/actions',
  body: { targetType: ARTICLE, documentId, action, locale, ...later() },
});

/** An action the super admin scheduled, for the cells that read, move or cancel it. */
async function pendingAction(c: Context, locale = 'en') {
  const article = await c.f.article({ publish: true });
  const res = await c.app
    .http()
    .post('/newsroom/schedule/actions')
    .set('Authorization', `Bearer ${c.accounts.superAdmin.token}`)
    .send({ targetType: ARTICLE, documentId: article, action: 'unpublish', locale, ...later() });
  if (res.status !== 201) throw new Error(`fixture action: ${res.status} ${JSON.stringify(res.body)}`);
  c.made.article = article;
  return res.body.data[0].id as string;
}

async function saveDraft(c: Context, documentId: string, locale: string, data: object) {
  return {
    method: 'put' as const,
    path: `/newsroom/articles/${documentId}/draft?locale=${locale}`,
    body: { version: await c.f.version(ARTICLE, documentId, locale), data },
  };
}

const CELLS: Cell[] = [
  {
    route: 'GET /newsroom/board/series',
    prepare: async (c) => {
      c.made.article = (await c.f.series()).parts[0];
      return { method: 'get', path: '/newsroom/board/series' };
    },
    expect: by(200, 200, 200, 200, 200, 200, 200),
    check: (res, c) => {
      const part = res.body.data
        .flatMap((s: any) => s.parts)
        .find((p: any) => p.documentId === c.made.article);
      // Draft titles only for roles that may read them in the Content Manager (the German desk sees the German one).
      const expected: Record<RoleName, RegExp | null> = {
        schedulerOnly: null,
        germanDesk: /^Matrix-Artikel/,
        titleOnly: /^Matrix article/,
        author: null,
        boardOnly: null,
        editor: /^Matrix article/,
        superAdmin: /^Matrix article/,
      };
      const want = expected[c.role];
      if (want) expect(part.title).toMatch(want);
      else expect(part.title).toBeNull();
      expect(part.locales.map((chip: any) => chip.state)).toEqual(['published', 'published']);
    },
  },
  {
    route: 'GET /newsroom/board/articles/:documentId',
    prepare: async (c) => {
      const { parts } = await c.f.series();
      c.made.article = parts[0];
      return { method: 'get', path: `/newsroom/board/articles/${parts[0]}?locale=en` };
    },
    expect: by(200, 200, 200, 200, 200, 200, 200),
    check: (res, c) => {
      const readsEnglish = ['titleOnly', 'editor', 'superAdmin'].includes(c.role);
      expect(res.body.data.title === null).toBe(!readsEnglish);
      expect(res.body.data.next.number).toBe(2);
    },
  },
  {
    route: 'GET /newsroom/calendar (draft titles as in the schedule list)',
    prepare: async (c) => {
      c.made.action = await pendingAction(c);
      return { method: 'get', path: '/newsroom/calendar?view=week&date=2031-05-04' };
    },
    expect: by(200, 200, 200, 200, 200, 200, 200),
    check: (res, c) => {
      const item = res.body.data.items.find((i: any) => i.id === c.made.action);
      expect(item).toBeDefined();
      const reads = ['titleOnly', 'editor', 'superAdmin'].includes(c.role);
      expect(item.title === null).toBe(!reads);
    },
  },
  {
    route: 'GET /newsroom/schedule/actions',
    prepare: async (c) => {
      c.made.action = await pendingAction(c);
      return { method: 'get', path: `/newsroom/schedule/actions?documentId=${c.made.article}` };
    },
    expect: by(200, 200, 200, 200, 200, 200, 200),
    check: (res, c) => {
      const [action] = res.body.data;
      expect(action.id).toBe(c.made.action);
      // The title and who scheduled it (an email) only where the role may read the document.
      const reads = ['titleOnly', 'editor', 'superAdmin'].includes(c.role);
      expect(action.title === null).toBe(!reads);
      expect(action.scheduledBy).toBe(reads ? c.accounts.superAdmin.email : null);
    },
  },
  {
    route: 'GET /newsroom/schedule/actions/:id',
    prepare: async (c) => ({ method: 'get', path: `/newsroom/schedule/actions/${await pendingAction(c)}` }),
    expect: by(200, 200, 200, 200, 200, 200, 200),
    check: (res, c) => {
      const reads = ['titleOnly', 'editor', 'superAdmin'].includes(c.role);
      expect(res.body.data.scheduledBy).toBe(reads ? c.accounts.superAdmin.email : null);
    },
  },
  {
    route: 'POST /newsroom/schedule/actions publish en (a draft)',
    prepare: async (c) => schedule(await c.f.article(), 'publish', 'en'),
    expect: by(403, 403, 403, 403, 403, 201, 201),
  },
  {
    route: 'POST /newsroom/schedule/actions publish en, "at": "now" (a draft)',
    prepare: async (c) => ({
      method: 'post',
      path: '/newsroom/schedule/actions',
      body: {
        targetType: ARTICLE,
        documentId: await c.f.article(),
        action: 'publish',
        locale: 'en',
        at: 'now',
      },
    }),
    expect: by(403, 403, 403, 403, 403, 201, 201),
  },
  {
    route: 'POST /newsroom/schedule/actions unpublish en (published)',
    prepare: async (c) => schedule(await c.f.article({ publish: true }), 'unpublish', 'en'),
    expect: by(403, 403, 403, 403, 403, 201, 201),
  },
  {
    route: 'POST /newsroom/schedule/actions unpublish de (published)',
    prepare: async (c) => schedule(await c.f.article({ publish: true }), 'unpublish', 'de'),
    expect: by(403, 201, 403, 403, 403, 201, 201),
  },
  {
    route: "POST /newsroom/schedule/actions publish en (the author's own draft)",
    prepare: async (c) => schedule(await c.f.authored(c.accounts.author.token), 'publish', 'en'),
    expect: by(403, 403, 403, 201, 403, 201, 201),
  },
  {
    route: 'POST /newsroom/schedule/actions, "authority": "plugin"',
    prepare: async (c) => {
      const request = schedule(await c.f.article(), 'publish', 'en');
      return { ...request, body: { ...request.body, authority: 'plugin' } };
    },
    expect: by(403, 403, 403, 403, 403, 403, 201),
  },
  {
    route: 'PUT /newsroom/schedule/actions/:id (en)',
    prepare: async (c) => ({
      method: 'put',
      path: `/newsroom/schedule/actions/${await pendingAction(c)}`,
      body: later(),
    }),
    expect: by(403, 403, 403, 403, 403, 200, 200),
  },
  {
    route: 'DELETE /newsroom/schedule/actions/:id (en)',
    prepare: async (c) => ({
      method: 'delete',
      path: `/newsroom/schedule/actions/${await pendingAction(c)}`,
    }),
    expect: by(403, 403, 403, 403, 403, 200, 200),
  },
  {
    route: 'DELETE /newsroom/schedule/actions/:id (de)',
    prepare: async (c) => ({
      method: 'delete',
      path: `/newsroom/schedule/actions/${await pendingAction(c, 'de')}`,
    }),
    expect: by(403, 200, 403, 403, 403, 200, 200),
  },
  {
    route: 'POST /newsroom/schedule/plans (en)',
    prepare: async (c) => {
      const series = await c.app.strapi.documents('plugin::newsroom.series' as any).create({
        data: { title: `Plan series ${(minute += 1)}` },
        locale: 'en',
      });
      await c.app.strapi.documents(ARTICLE as any).create({
        data: { title: `Plan part ${minute}`, series: series.documentId, partNumber: 1 },
        locale: 'en',
      });
      return {
        method: 'post',
        path: '/newsroom/schedule/plans',
        body: {
          seriesDocumentId: series.documentId,
          weekday: 'Thursday',
          time: '16:49',
          startingFrom: '2031-01-02',
        },
      };
    },
    expect: by(403, 403, 403, 403, 403, 201, 201),
  },
  {
    route: 'PUT /newsroom/series/:documentId/order (parts in en and de)',
    prepare: async (c) => {
      const { series, parts } = await c.f.series();
      return {
        method: 'put',
        path: `/newsroom/series/${series}/order`,
        body: { order: [...parts].reverse() },
      };
    },
    expect: by(403, 403, 403, 403, 403, 200, 200),
  },
  {
    route: 'GET /newsroom/articles/:documentId/draft?locale=en',
    prepare: async (c) => ({
      method: 'get',
      path: `/newsroom/articles/${await c.f.article()}/draft?locale=en`,
    }),
    expect: by(403, 403, 200, 403, 403, 200, 200),
    check: (res, c) => {
      const fields = Object.keys(res.body.data.data).sort();
      // The title-only role reads the title and nothing else.
      if (c.role === 'titleOnly') expect(fields).toEqual(['title']);
      else expect(fields).toEqual(expect.arrayContaining(['pages', 'partnerLine', 'teaser', 'title']));
    },
  },
  {
    route: 'GET /newsroom/articles/:documentId/draft?locale=de',
    prepare: async (c) => ({
      method: 'get',
      path: `/newsroom/articles/${await c.f.article()}/draft?locale=de`,
    }),
    expect: by(403, 200, 200, 403, 403, 200, 200),
  },
  {
    route: "GET /newsroom/articles/:documentId/draft (the author's own)",
    prepare: async (c) => ({
      method: 'get',
      path: `/newsroom/articles/${await c.f.authored(c.accounts.author.token)}/draft?locale=en`,
    }),
    expect: by(403, 403, 200, 200, 403, 200, 200),
  },
  {
    route: 'PUT /newsroom/articles/:documentId/draft en { title }',
    prepare: async (c) => saveDraft(c, await c.f.article(), 'en', { title: 'Changed title' }),
    expect: by(403, 403, 200, 403, 403, 200, 200),
  },
  {
    route: 'PUT /newsroom/articles/:documentId/draft en { teaser }',
    prepare: async (c) => saveDraft(c, await c.f.article(), 'en', { teaser: 'Changed teaser' }),
    expect: by(403, 403, 403, 403, 403, 200, 200),
  },
  {
    route: 'PUT /newsroom/articles/:documentId/draft en { title, partNumber }',
    prepare: async (c) => {
      const { parts } = await c.f.series();
      return saveDraft(c, parts[0], 'en', { title: 'Changed title', partNumber: 7 });
    },
    expect: by(403, 403, 403, 403, 403, 200, 200),
  },
  {
    route: 'PUT /newsroom/articles/:documentId/draft de { title }',
    prepare: async (c) => saveDraft(c, await c.f.article(), 'de', { title: 'Neuer Titel' }),
    expect: by(403, 200, 200, 403, 403, 200, 200),
  },
  {
    route: "PUT /newsroom/articles/:documentId/draft (the author's own) { teaser }",
    prepare: async (c) => saveDraft(c, await c.f.authored(c.accounts.author.token), 'en', { teaser: 'Mine' }),
    expect: by(403, 403, 403, 200, 403, 200, 200),
  },
  {
    route: 'POST /newsroom/timelines/:documentId/milestones',
    prepare: async (c) => {
      const timeline = await c.app.strapi.documents(TIMELINE as any).create({
        data: { project: 'Matrix', version: `v${(minute += 1)}`, milestones: [] },
      });
      await c.app.strapi.documents(TIMELINE as any).publish({ documentId: timeline.documentId });
      return {
        method: 'post',
        path: `/newsroom/timelines/${timeline.documentId}/milestones`,
        body: {
          version: await c.f.version(TIMELINE, timeline.documentId, null),
          milestone: { kind: 'merge-window', label: 'merge window', local: '2031-01-05T10:00' },
        },
      };
    },
    expect: by(403, 403, 403, 403, 403, 201, 201),
  },
];

/**
 * The role matrix: the plugin's admin routes × roles built through the admin
 * API as Settings → Roles builds them. Every cell is one request on documents
 * made for it; a refused request answers 403 with a sentence and leaves every
 * newsroom table exactly as it was.
 */
describe('role matrix: a newsroom route allows what the Content Manager allows', () => {
  let app: TestApp;
  let accounts: Record<RoleName, Account>;
  let f: Fixtures;

  beforeAll(async () => {
    app = await startApp({ env: { NEWSROOM_SCHEDULER: 'false' } });
    accounts = await createAccounts(app);
    f = fixtures(app);
  });
  afterAll(() => app.stop());

  it.each(CELLS.flatMap((cell) => ROLE_NAMES.map((role) => [cell.route, role, cell] as const)))(
    '%s as %s',
    async (_route, role, cell) => {
      const c: Context = { app, f, accounts, role, made: {} };
      const request = await cell.prepare(c);
      const before = await fingerprint(app);
      const http = app.http();
      const req = http[request.method](request.path).set('Authorization', `Bearer ${accounts[role].token}`);
      const res = await (request.body ? req.send(request.body) : req);
      const wanted = cell.expect[role];
      expect({ status: res.status, message: res.body?.error?.message }).toEqual({
        status: wanted,
        message: res.status === wanted ? res.body?.error?.message : '(another status)',
      });
      if (res.status === 403) {
        expect(res.body.error.message).toMatch(/^(Your role may not|Only a super admin|Policy Failed)/);
        expect(await fingerprint(app)).toBe(before);
      } else {
        await cell.check?.(res, c);
      }
    },
  );
});
