'use strict';
/**
 * What an app developer sees of the plugin in a fresh app, through HTTP and
 * a browser: each check throws with the answer it got when it fails.
 */
const { launchChromium } = require('../helpers/chromium');

const OWNER = { email: 'owner@fresh.test', password: 'Fresh-App-2026', firstname: 'App', lastname: 'Owner' };
const NEWSROOM_TYPES = ['series', 'article', 'author', 'channel', 'timeline'].map(
  (name) => `plugin::newsroom.${name}`,
);
/** The read actions the README says to grant the Public role. */
const PUBLIC_READS = {
  series: ['find', 'findOne'],
  article: ['findOne'],
  channelArticles: ['find'],
  permalink: ['findOne'],
  articlePrint: ['findOne'],
  seriesPrint: ['findOne'],
  siteFeed: ['find'],
  channelFeed: ['findOne'],
  seriesFeed: ['findOne'],
  sitemap: ['find'],
  timeline: ['find', 'findOne'],
};

function expect(condition, message, body) {
  if (!condition)
    throw new Error(`${message}${body === undefined ? '' : `: ${JSON.stringify(body).slice(0, 600)}`}`);
}

async function call(url, method, path, { token, body } = {}) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, body: json };
}

/** The first admin, as the app owner registers it on the admin's welcome page; later starts log in. */
async function ownerToken(url) {
  const registered = await call(url, 'POST', '/admin/register-admin', { body: OWNER });
  if (registered.status === 200 || registered.status === 201) return registered.body.data.token;
  const login = await call(url, 'POST', '/admin/login', {
    body: { email: OWNER.email, password: OWNER.password },
  });
  expect(login.status === 200, 'admin login failed', login.body);
  return login.body.data.token;
}

async function contentTypesRegistered(url, token) {
  const res = await call(url, 'GET', '/content-manager/content-types', { token });
  expect(res.status === 200, 'content types not listed', res.body);
  const uids = res.body.data.map((type) => type.uid);
  for (const uid of NEWSROOM_TYPES) expect(uids.includes(uid), `${uid} is not registered`, uids);
}

/** The plugin grants nothing: the public read is refused until the owner allows it in Users & Permissions. */
async function grantPublicReads(url, token) {
  const before = await call(url, 'GET', '/api/newsroom/series');
  expect(before.status === 403, `the public read answered ${before.status} before any grant`, before.body);
  const roles = await call(url, 'GET', '/users-permissions/roles', { token });
  const publicRole = roles.body.roles.find((role) => role.type === 'public');
  const { body } = await call(url, 'GET', `/users-permissions/roles/${publicRole.id}`, { token });
  const permissions = body.role.permissions;
  const controllers = permissions['plugin::newsroom']?.controllers;
  expect(controllers, 'Users & Permissions does not list the newsroom plugin', Object.keys(permissions));
  for (const [controller, actions] of Object.entries(PUBLIC_READS)) {
    for (const action of actions) {
      expect(controllers[controller]?.[action], `no ${controller}.${action} to grant`, controllers);
      controllers[controller][action].enabled = true;
    }
  }
  const saved = await call(url, 'PUT', `/users-permissions/roles/${publicRole.id}`, {
    token,
    body: { name: body.role.name, description: body.role.description, type: body.role.type, permissions },
  });
  expect(saved.status === 200, 'granting the public reads failed', saved.body);
}

/** The demo series through the read API, in each of the app's locales that has it. */
async function readApiAnswers(url, { locales }) {
  const list = await call(url, 'GET', '/api/newsroom/series');
  expect(list.status === 200, 'GET /api/newsroom/series', list.body);
  const slug = list.body.data[0]?.slug;
  expect(slug === 'kernel-log-coming-in-3-0', 'the demo series is not listed', list.body);
  const series = await call(url, 'GET', `/api/newsroom/series/${slug}`);
  expect(series.status === 200 && series.body.data.parts.length >= 4, 'the demo series', series.body);
  const part = series.body.data.parts.find((entry) => entry.status === 'published');
  for (const path of [
    `/api/newsroom/articles/${part.slug}`,
    `/api/newsroom/articles/${part.slug}/print`,
    `/api/newsroom/series/${slug}/print`,
    '/api/newsroom/feeds/site.atom',
    `/api/newsroom/feeds/series/${slug}.json`,
    '/api/newsroom/sitemap.xml',
    '/api/newsroom/timelines',
    `/api/newsroom/permalinks/${part.permalinkId}`,
  ]) {
    const res = await call(url, 'GET', path);
    expect(res.status === 200, `GET ${path} answered ${res.status}`, res.body);
  }
  for (const locale of locales) {
    const res = await call(url, 'GET', `/api/newsroom/series?locale=${locale}`);
    expect(res.status === 200, `GET /api/newsroom/series?locale=${locale}`, res.body);
  }
  const unknown = await call(url, 'GET', '/api/newsroom/series?locale=xx');
  expect(unknown.status === 400, 'an unknown locale is not a 400', unknown.body);
  return series.body.data;
}

async function adminRouteAnswers(url, token) {
  const board = await call(url, 'GET', '/newsroom/board/series', { token });
  expect(board.status === 200 && Array.isArray(board.body.data), 'GET /newsroom/board/series', board.body);
  const anonymous = await call(url, 'GET', '/newsroom/board/series');
  expect(anonymous.status === 401, 'the board answers without a token', anonymous.body);
}

/** A draft article scheduled "now" through the plugin's admin API, published by the runner, then readable. */
async function scheduledPublishRuns(url, token) {
  const title = `Fresh app check ${Date.now()}`;
  const created = await call(url, 'POST', '/content-manager/collection-types/plugin::newsroom.article', {
    token,
    body: { title, teaser: 'Scheduled in a fresh app.' },
  });
  expect(created.status === 201 || created.status === 200, 'creating a draft article', created.body);
  const { documentId, slug, locale } = created.body.data;
  const scheduled = await call(url, 'POST', '/newsroom/schedule/actions', {
    token,
    body: { targetType: 'plugin::newsroom.article', documentId, locale, action: 'publish', at: 'now' },
  });
  expect(scheduled.status === 201, 'scheduling a publish', scheduled.body);
  const id = scheduled.body.data[0]?.id ?? scheduled.body.data.id;
  const until = Date.now() + 30_000;
  let action = null;
  while (Date.now() < until) {
    action = (await call(url, 'GET', `/newsroom/schedule/actions/${id}`, { token })).body.data;
    if (action && action.status !== 'pending' && action.status !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(action && action.status === 'done', 'the scheduled publish did not run', action);
  const read = await call(url, 'GET', `/api/newsroom/articles/${slug}`);
  expect(read.status === 200 && read.body.data.title === title, 'the published article', read.body);
}

/** The admin's Newsroom page in Chromium, logged in as the owner: the board shows the demo series. */
async function newsroomPageRenders(url, screenshot) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(30_000);
    await page.goto(`${url}/admin/auth/login`);
    await page.locator('input[name="email"]').fill(OWNER.email);
    await page.locator('input[name="password"]').fill(OWNER.password);
    await page.locator('button[type="submit"]').click();
    await page.getByRole('link', { name: 'Newsroom' }).first().waitFor();
    await page.goto(`${url}/admin/plugins/newsroom`);
    await page.getByRole('tab', { name: 'Series board' }).waitFor();
    await page.locator('[data-series="kernel-log-coming-in-3-0"] [data-part]').first().waitFor();
    const text = await page.locator('main').innerText();
    expect(text.includes('Kernel Log: Coming in 3.0'), 'the board does not show the demo series', text);
    await page.screenshot({ path: screenshot, fullPage: true });
  } finally {
    await browser.close();
  }
}

/**
 * With @strapi/plugin-graphql installed: the newsroom queries answer what the
 * REST route answers (the public grant opens both), none of the plugin's
 * internal types is in the schema. Without it, /graphql does not exist.
 */
async function graphqlAnswers(url, { installed }) {
  const query = (text) => call(url, 'POST', '/graphql', { body: { query: text } });
  const reply = await query('{ newsroomSeriesList { data { slug title partsTotal } } }');
  if (!installed) {
    // No route: 404, or 405 where the admin's static handler holds the path for GET only.
    expect(
      [404, 405].includes(reply.status) && !reply.body?.data,
      `/graphql answered ${reply.status} without the GraphQL plugin`,
      reply.body,
    );
    return;
  }
  expect(reply.status === 200 && !reply.body.errors, 'the newsroomSeriesList query', reply.body);
  const rest = await call(url, 'GET', '/api/newsroom/series');
  const same = rest.body.data.map(({ slug, title, partsTotal }) => ({ slug, title, partsTotal }));
  expect(
    JSON.stringify(reply.body.data.newsroomSeriesList.data) === JSON.stringify(same),
    'GraphQL and REST list different series',
    { graphql: reply.body.data, rest: same },
  );
  // NODE_ENV=production: Apollo refuses introspection, so the internal types are probed by name.
  for (const probe of [
    '{ newsroomScheduledActions { documentId } }',
    '{ newsroomSequences { documentId } }',
    '{ newsroomSlugRedirects { documentId } }',
    '{ newsroomOutboxMessages { documentId } }',
    '{ newsroomArticles_connection { nodes { title } } }',
    'mutation { updateNewsroomArticle(documentId: "x", data: {}) { documentId } }',
  ]) {
    const refused = await query(probe);
    const text = JSON.stringify(refused.body);
    expect(
      refused.status === 400 &&
        /Cannot query field|Unknown type|Schema is not configured for mutations/.test(text),
      `${probe} is not refused as unknown`,
      refused.body,
    );
  }
}

/** Adds locales as the owner would in Settings → Internationalization. */
async function addLocales(url, token, locales) {
  for (const [code, name] of locales) {
    const res = await call(url, 'POST', '/i18n/locales', { token, body: { code, name, isDefault: false } });
    expect(res.status === 200 || res.status === 201, `adding the locale ${code}`, res.body);
  }
}

module.exports = {
  OWNER,
  call,
  ownerToken,
  contentTypesRegistered,
  grantPublicReads,
  readApiAnswers,
  adminRouteAnswers,
  scheduledPublishRuns,
  newsroomPageRenders,
  addLocales,
  graphqlAnswers,
};
