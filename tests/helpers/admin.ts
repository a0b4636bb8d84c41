import type { TestApp } from './strapi';

export const DEV_ADMIN = { email: 'editor@newsroom.local', password: 'Newsroom-Dev-2026' };

/** An admin JWT for the development editor the app creates outside production. */
export async function adminToken(app: TestApp, credentials = DEV_ADMIN): Promise<string> {
  const res = await app.http().post('/admin/login').send(credentials);
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.token;
}

/** Content Manager calls, the way the admin UI saves documents. */
export function contentManager(app: TestApp, token: string) {
  const base = (uid: string) => `/content-manager/collection-types/${uid}`;
  const auth = { Authorization: `Bearer ${token}` };
  return {
    create: (uid: string, data: object, locale = 'en') =>
      app
        .http()
        .post(`${base(uid)}?locale=${locale}`)
        .set(auth)
        .send(data),
    update: (uid: string, documentId: string, data: object, locale = 'en') =>
      app
        .http()
        .put(`${base(uid)}/${documentId}?locale=${locale}`)
        .set(auth)
        .send(data),
    publish: (uid: string, documentId: string, locale = 'en') =>
      app
        .http()
        .post(`${base(uid)}/${documentId}/actions/publish?locale=${locale}`)
        .set(auth)
        .send({}),
    unpublish: (uid: string, documentId: string, locale = 'en') =>
      app
        .http()
        .post(`${base(uid)}/${documentId}/actions/unpublish?locale=${locale}`)
        .set(auth)
        .send({}),
    remove: (uid: string, documentId: string, locale = 'en') =>
      app
        .http()
        .delete(`${base(uid)}/${documentId}?locale=${locale}`)
        .set(auth),
  };
}
