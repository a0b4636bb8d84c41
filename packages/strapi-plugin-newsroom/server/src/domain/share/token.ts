import { createHmac, timingSafeEqual } from 'crypto';
import { DateTime } from 'luxon';
import { RuleError } from '../errors';

/**
 * What a signed link carries. "share": a stored share link (by id, so it can
 * be revoked); "feed": a stored iCal feed; "preview": the admin's preview of
 * the latest draft, short-lived and not stored.
 */
export type LinkPayload =
  | { kind: 'share'; id: string; exp: number }
  | { kind: 'feed'; id: string }
  | { kind: 'preview'; uid: string; documentId: string; locale: string | null; exp: number };

/** Longer than any token we sign: anything beyond is refused before it is decoded. */
const MAX_TOKEN = 600;

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/**
 * The key links are signed with, derived from the app's own keys (APP_KEYS)
 * for one purpose, so every instance agrees without storing a secret, and
 * rotating the app keys invalidates every link at once.
 */
export function deriveSecret(appKeys: string[], purpose: string): Buffer {
  if (!Array.isArray(appKeys) || appKeys.length === 0 || appKeys.some((key) => !key)) {
    throw new TypeError('Signed links need the app keys (server.app.keys, APP_KEYS).');
  }
  return createHmac('sha256', appKeys.join('\u0000')).update(`strapi-plugin-newsroom:${purpose}`).digest();
}

function signature(body: string, secret: Buffer): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

/** "<payload>.<HMAC-SHA256>", both base64url. */
export function signLink(payload: LinkPayload, secret: Buffer): string {
  const body = base64url(JSON.stringify(payload));
  return `${body}.${base64url(signature(body, secret))}`;
}

/** A refused link: "forged" (or mangled) answers 401, like "expired"; the caller decides 404s for stored links. */
export class LinkError extends RuleError {
  constructor(
    message: string,
    readonly reason: 'forged' | 'expired' | 'revoked' | 'unknown',
  ) {
    super(message, ['token'], reason === 'forged' || reason === 'expired' ? 'invalid' : 'not-found');
    this.name = 'LinkError';
  }
}

const FORGED = 'This link is not valid: it was changed or never issued by this newsroom.';

/**
 * Checks the signature first, then the expiry against `nowMs`; never trusts
 * the payload before that. An expiry is told in the newsroom's `zone`.
 */
export function verifyLink(token: unknown, secret: Buffer, nowMs: number, zone = 'UTC'): LinkPayload {
  if (typeof token !== 'string' || token.length > MAX_TOKEN) throw new LinkError(FORGED, 'forged');
  const [body, mac, extra] = token.split('.');
  if (!body || !mac || extra !== undefined) throw new LinkError(FORGED, 'forged');
  const given = Buffer.from(mac, 'base64url');
  const expected = signature(body, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new LinkError(FORGED, 'forged');
  }
  let payload: LinkPayload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw new LinkError(FORGED, 'forged');
  }
  if ('exp' in payload && !(typeof payload.exp === 'number' && nowMs < payload.exp)) {
    const when = DateTime.fromMillis(Number(payload.exp), { zone, locale: 'en-GB' }).toFormat(
      "d LLL yyyy, HH:mm '('z')'",
    );
    throw new LinkError(`This link expired on ${when}; ask the newsroom for a new one.`, 'expired');
  }
  return payload;
}
