import { secret } from './lib/secrets';

export default () => ({
  auth: { secret: secret('ADMIN_JWT_SECRET') },
  apiToken: { salt: secret('API_TOKEN_SALT') },
  transfer: { token: { salt: secret('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: secret('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // Strapi's Preview panel on the edit view. This demo has no front end, so newsroom articles and series
  // open in the plugin's own rendering of the draft (a signed link valid for an hour, served by this
  // server); a site with a front end returns its own preview URL here instead (see the README).
  preview: {
    enabled: true,
    config: {
      allowedOrigins: ["'self'"],
      handler: (uid: string, { documentId, locale }: { documentId: string; locale?: string }) =>
        (global as any).strapi
          .plugin('newsroom')
          .service('shareLinks')
          .strapiPreview(uid, documentId, locale ?? null),
    },
  },
});
