import type { TestApp } from './strapi';

/** A permission as Settings → Roles sends it to PUT /admin/roles/:id/permissions. */
export interface RolePermission {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[]; locales?: string[] };
  conditions?: string[];
}

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

async function ok(res: any, what: string) {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A role made the way Settings → Roles makes it: POST /admin/roles, then PUT its permissions. */
export async function createRole(
  app: TestApp,
  superToken: string,
  name: string,
  permissions: RolePermission[],
) {
  const role = await ok(
    await app
      .http()
      .post('/admin/roles')
      .set(auth(superToken))
      .send({ name, description: `${name} (test)` }),
    `create role ${name}`,
  );
  const id = role.data.id as number;
  await setRolePermissions(app, superToken, id, permissions);
  return id;
}

/** Replaces a role's permissions, as saving the role in Settings → Roles does. */
export async function setRolePermissions(
  app: TestApp,
  superToken: string,
  roleId: number,
  permissions: RolePermission[],
) {
  await ok(
    await app
      .http()
      .put(`/admin/roles/${roleId}/permissions`)
      .set(auth(superToken))
      .send({
        permissions: permissions.map((p) => ({
          action: p.action,
          subject: p.subject ?? null,
          properties: p.properties ?? {},
          conditions: p.conditions ?? [],
        })),
      }),
    `set permissions of role ${roleId}`,
  );
}

/**
 * An admin invited in Settings → Users (POST /admin/users) who accepted the
 * invitation (POST /admin/register); returns their admin JWT and user id.
 */
export async function inviteAdmin(app: TestApp, superToken: string, email: string, roles: number[]) {
  const created = await ok(
    await app
      .http()
      .post('/admin/users')
      .set(auth(superToken))
      .send({ email, firstname: email.split('@')[0], lastname: 'Test', roles }),
    `invite ${email}`,
  );
  const registered = await ok(
    await app
      .http()
      .post('/admin/register')
      .send({
        registrationToken: created.data.registrationToken,
        userInfo: { firstname: email.split('@')[0], lastname: 'Test', password: 'Test-Password-2026' },
      }),
    `register ${email}`,
  );
  return { token: registered.data.token as string, id: created.data.id as number };
}

const CM = (verb: string) => `plugin::content-manager.explorer.${verb}`;

/** Content Manager permissions on one type: `verbs` × (fields, locales, conditions) as Settings → Roles offers. */
export function contentManager(
  subject: string,
  verbs: string[],
  options: { fields?: string[]; locales?: string[]; conditions?: string[] } = {},
): RolePermission[] {
  return verbs.map((verb) => ({
    action: CM(verb),
    subject,
    properties: {
      ...(options.fields && verb !== 'publish' && verb !== 'delete' ? { fields: options.fields } : {}),
      ...(options.locales ? { locales: options.locales } : {}),
    },
    conditions: options.conditions ?? [],
  }));
}

export const plugin = (...uids: string[]): RolePermission[] =>
  uids.map((uid) => ({ action: `plugin::newsroom.${uid}` }));
