import { adminToken, DEV_ADMIN } from './admin';
import { createRole, inviteAdmin, type RolePermission } from './roles';
import type { TestApp } from './strapi';

export type Actor = 'public' | 'user' | 'readToken' | 'adminNoPlugin' | 'editor' | 'superAdmin';
export const ACTORS: Actor[] = ['public', 'user', 'readToken', 'adminNoPlugin', 'editor', 'superAdmin'];

export type Permission = string | { action: string; subject?: string; properties?: Record<string, unknown> };

/**
 * A new admin role with these permissions, built through the admin API as
 * Settings → Roles does, and a signed-in admin JWT of an admin invited with it.
 */
export async function adminWithRole(app: TestApp, name: string, actions: Permission[], email: string) {
  const superToken = await adminToken(app, DEV_ADMIN);
  const role = await createRole(
    app,
    superToken,
    name,
    actions.map((p) => (typeof p === 'string' ? { action: p } : (p as RolePermission))),
  );
  return (await inviteAdmin(app, superToken, email, [role])).token;
}

/**
 * One Authorization header per kind of caller: anonymous, a users-permissions
 * user, a read-only API token, an admin without the plugin's permissions, an
 * editor with them, and the super admin.
 */
export async function createActors(
  app: TestApp,
  editorActions: Permission[],
): Promise<Record<Actor, string | null>> {
  const register = await app
    .http()
    .post('/api/auth/local/register')
    .send({ username: 'reader', email: 'reader@example.com', password: 'Reader-Password-2026' });
  if (register.status !== 200) throw new Error(`register failed: ${JSON.stringify(register.body)}`);
  const token = await app.strapi
    .service('admin::api-token')
    .create({ name: 'front end', type: 'read-only', lifespan: null, description: '' });
  return {
    public: null,
    user: `Bearer ${register.body.jwt}`,
    readToken: `Bearer ${token.accessKey}`,
    adminNoPlugin: `Bearer ${await adminWithRole(app, 'No plugin', [], 'noplugin@example.com')}`,
    editor: `Bearer ${await adminWithRole(app, 'Newsroom editor', editorActions, 'desk@example.com')}`,
    superAdmin: `Bearer ${await adminToken(app, DEV_ADMIN)}`,
  };
}
