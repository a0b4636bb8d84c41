import type { Core } from '@strapi/strapi';
import type { DateTime } from 'luxon';
import { deriveSecret, type LinkPayload, signLink, verifyLink } from '../domain/share/token';
import { getService } from '../get-service';

/**
 * Signing and checking the plugin's links (share links, previews, iCal
 * feeds), with the key derived from the app's APP_KEYS and the clock the
 * scheduler uses (tests inject it), and the server's public address.
 */
export const createLinksService = ({ strapi }: { strapi: Core.Strapi }) => {
  let secret: Buffer | null = null;
  const key = () => (secret ??= deriveSecret(strapi.config.get('server.app.keys') as string[], 'links'));
  const zone = () => strapi.config.get('plugin::newsroom.timezone') as string;

  return {
    now: (): DateTime => getService(strapi, 'clock').now(),
    sign: (payload: LinkPayload) => signLink(payload, key()),
    verify(token: unknown): LinkPayload {
      return verifyLink(token, key(), this.now().toMillis(), zone());
    },
    /** An absolute URL of this server (server.url when set, else host and port), for links sent by mail. */
    absolute(path: string): string {
      const base = String(strapi.config.get('server.absoluteUrl') ?? '').replace(/\/$/, '');
      return `${base}${path}`;
    },
    /** The content API's prefix ("/api"), where the public link routes live. */
    apiPath(path: string): string {
      return `${strapi.config.get('api.rest.prefix', '/api')}/newsroom${path}`;
    },
  };
};

export type LinksService = ReturnType<typeof createLinksService>;
