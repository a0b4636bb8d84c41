import { adminToken, DEV_ADMIN } from './admin';
import type { TestApp } from './strapi';

export type Actor = 'public' | 'user' | 'readToken' | 'adminNoPlugin' | 'editor' | 'superAdmin';
export const ACTORS: Actor[] = ['public', 'user', 'readToken', 'adminNoPlugin', 'editor', 'superAdmin'];

export type Permission = string | { action: string; subject?: string; properties?: Record<string, unknown> };

/** A new admin role with these permissions, and a signed-in admin JWT of a user holding it. */
export async function adminWithRole(app: TestApp, name: string, actions: Permission[], email: string) {
  const roles = app.strapi.service('admin::role');
  const role = await roles.create({ name, description: `${name} (test)` });
  if (actions.length)
    await roles.assignPermissions(
      role.id,
      actions.map((p) => (typeof p === 'string' ? { action: p } : p)),
    );
  const password = 'Test-Password-2026';
  await app.strapi.service('admin::user').create({
    email,
    firstname: name,
    lastname: 'Test',
    password,
    isActive: true,
    roles: [role.id],
  });
  return adminToken(app, { email, password });
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
