import { adminToken } from '../helpers/admin';
import { contentManager, createRole, inviteAdmin, plugin, type RolePermission } from '../helpers/roles';
import type { TestApp } from '../helpers/strapi';

export const ARTICLE = 'plugin::newsroom.article';
export const SERIES = 'plugin::newsroom.series';
export const TIMELINE = 'plugin::newsroom.timeline';

export type RoleName =
  'schedulerOnly' | 'germanDesk' | 'titleOnly' | 'author' | 'boardOnly' | 'editor' | 'superAdmin';

export const ROLE_NAMES: RoleName[] = [
  'schedulerOnly',
  'germanDesk',
  'titleOnly',
  'author',
  'boardOnly',
  'editor',
  'superAdmin',
];

const ALL_PLUGIN = plugin(
  'series.renumber',
  'schedule.read',
  'schedule.create',
  'schedule.delete',
  'timeline.read',
);
const BOTH = ['en', 'de'];

/**
 * The roles of the matrix, as an admin would set them up in Settings → Roles
 * (the super admin is the demo's first admin).
 */
export const ROLE_PERMISSIONS: Record<Exclude<RoleName, 'superAdmin'>, RolePermission[]> = {
  // The newsroom's scheduling permissions and the page, nothing in the Content Manager.
  schedulerOnly: plugin('schedule.read', 'schedule.create', 'schedule.delete', 'timeline.read'),
  // Everything of the plugin; reads, edits and publishes articles and series in German only.
  germanDesk: [
    ...ALL_PLUGIN,
    ...contentManager(ARTICLE, ['create', 'read', 'update', 'publish'], { locales: ['de'] }),
    ...contentManager(SERIES, ['read', 'update', 'publish'], { locales: ['de'] }),
  ],
  // Everything of the plugin; may read and change the title of articles only, publish nothing.
  titleOnly: [
    ...ALL_PLUGIN,
    ...contentManager(ARTICLE, ['read', 'update'], { fields: ['title'], locales: BOTH }),
  ],
  // Everything of the plugin; articles only where they created them ("is creator"), publish included.
  author: [
    ...ALL_PLUGIN,
    ...contentManager(ARTICLE, ['create', 'read', 'update', 'publish'], {
      locales: BOTH,
      conditions: ['admin::is-creator'],
    }),
  ],
  // Opens the Newsroom page and sees the calendar; nothing else.
  boardOnly: plugin('timeline.read', 'schedule.read'),
  // Everything of the plugin and of the Content Manager for the newsroom's types.
  editor: [
    ...ALL_PLUGIN,
    ...contentManager(ARTICLE, ['create', 'read', 'update', 'publish'], { locales: BOTH }),
    ...contentManager(SERIES, ['create', 'read', 'update', 'publish'], { locales: BOTH }),
    ...contentManager(TIMELINE, ['create', 'read', 'update', 'publish']),
  ],
};

export interface Account {
  token: string;
  id: number;
  email: string;
  roleId: number | null;
}

/** Builds every role through the admin API and invites one admin per role. */
export async function createAccounts(app: TestApp): Promise<Record<RoleName, Account>> {
  const superToken = await adminToken(app);
  const accounts = {} as Record<RoleName, Account>;
  for (const [name, permissions] of Object.entries(ROLE_PERMISSIONS)) {
    const roleId = await createRole(app, superToken, `Matrix ${name}`, permissions);
    const email = `${name.toLowerCase()}@matrix.example`;
    accounts[name as RoleName] = { ...(await inviteAdmin(app, superToken, email, [roleId])), email, roleId };
  }
  const me = await app.http().get('/admin/users/me').set('Authorization', `Bearer ${superToken}`);
  accounts.superAdmin = { token: superToken, id: me.body.data.id, email: me.body.data.email, roleId: null };
  return accounts;
}

let counter = 0;

/** Documents made for one cell, so what one cell changes never decides another. */
export function fixtures(app: TestApp) {
  const docs = (uid: string) => app.strapi.documents(uid as any) as any;

  async function article(options: { publish?: boolean; series?: string; partNumber?: number } = {}) {
    counter += 1;
    const data = {
      title: `Matrix article ${counter}`,
      teaser: `Teaser ${counter}`,
      partnerLine: `Partner ${counter}`,
      ...(options.series ? { series: options.series, partNumber: options.partNumber } : {}),
    };
    const created = await docs(ARTICLE).create({ data, locale: 'en' });
    await docs(ARTICLE).update({
      documentId: created.documentId,
      locale: 'de',
      data: { ...data, title: `Matrix-Artikel ${counter}`, teaser: `Anriss ${counter}` },
    });
    if (options.publish)
      await docs(ARTICLE).publish({ documentId: created.documentId, locale: ['en', 'de'] });
    return created.documentId as string;
  }

  return {
    article,

    /** A series with two published parts in English and German. */
    async series() {
      counter += 1;
      const series = await docs(SERIES).create({ data: { title: `Matrix series ${counter}` }, locale: 'en' });
      await docs(SERIES).update({
        documentId: series.documentId,
        locale: 'de',
        data: { title: `Matrix-Serie ${counter}` },
      });
      const parts = [
        await article({ series: series.documentId, partNumber: 1, publish: true }),
        await article({ series: series.documentId, partNumber: 2, publish: true }),
      ];
      return { series: series.documentId as string, parts };
    },

    /** An article the author created in the Content Manager (so "is creator" holds for them). */
    async authored(token: string) {
      counter += 1;
      const res = await app
        .http()
        .post(`/content-manager/collection-types/${ARTICLE}?locale=en`)
        .set('Authorization', `Bearer ${token}`)
        .send({ title: `Authored article ${counter}`, teaser: 'By the author' });
      if (res.status !== 201) throw new Error(`author create: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.data.documentId as string;
    },

    version: (uid: string, documentId: string, locale: string | null) =>
      app.strapi.plugin('newsroom').service('editing').version(uid, documentId, locale) as Promise<string>,
  };
}
