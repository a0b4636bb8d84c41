import type { Ctx } from '../http/context';
import { RuleError } from '../domain/errors';
import { LinkError } from '../domain/share/token';
import { errorPage } from '../services/views/error-page';

/** Previews carry their stylesheet and nothing else; the token in the URL must not leak through Referer. */
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:; base-uri 'none'; form-action 'none'";

/** Headers of every answer on a signed link: private, never indexed, never cached, no referrer. */
export function privateHeaders(ctx: Ctx) {
  ctx.set('X-Robots-Tag', 'noindex, nofollow');
  ctx.set('Cache-Control', 'private, no-store');
  ctx.set('Referrer-Policy', 'no-referrer');
}

/**
 * Answers a signed-link page: the body, or for a refused link a small page
 * with the sentence (401 forged or expired, 404 revoked or gone, 400 for a
 * bad query), never any draft text.
 */
export async function answerLinkPage(ctx: Ctx, type: string, work: () => Promise<string>) {
  privateHeaders(ctx);
  ctx.set('Content-Security-Policy', PAGE_CSP);
  try {
    ctx.body = await work();
    ctx.type = type;
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    const status =
      error instanceof LinkError
        ? error.reason === 'forged' || error.reason === 'expired'
          ? 401
          : 404
        : error.kind === 'not-found'
          ? 404
          : 400;
    ctx.status = status;
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = errorPage(status, error.message);
  }
}
