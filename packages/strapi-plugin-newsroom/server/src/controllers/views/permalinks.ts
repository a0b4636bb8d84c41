import type { Core } from '@strapi/strapi';
import { answerKeys, missingKey } from '../../domain/cache-keys';
import { RuleError } from '../../domain/errors';
import { isCanonicalId } from '../../domain/permalinks/permalink-id';
import { getService } from '../../get-service';
import { found, jsonAnswer } from '../../http/answers';
import type { CacheConfig } from '../../http/cache-headers';
import type { Ctx } from '../../http/context';
import { errorPage } from '../../services/views/error-page';
import { HTML } from './params';

const missing = (raw: string) =>
  isCanonicalId(raw) ? [missingKey({ type: 'permalink', id: Number(raw) })] : [];

/** Permalinks: the redirect at the site root and its JSON twin under the read API. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const resolve = (ctx: Ctx) =>
    getService(strapi, 'permalinks').resolve(ctx.params.id, {
      query: ctx.query,
      acceptLanguage: ctx.get('Accept-Language'),
    });
  return {
    /** GET {prefix}:id at the site root: 301 to the canonical front-end URL, or a small HTML page. */
    async redirect(ctx: Ctx) {
      ctx.vary('Accept-Language');
      try {
        const target = await resolve(ctx);
        // Belt and braces: canonicalUrl already refuses to leave the front-end origin.
        const origin = getService(strapi, 'urls').views().urls.origin;
        if (new URL(target.canonicalUrl).origin !== origin)
          throw new Error('canonical URL left the front-end origin');
        const { maxAge, sMaxAge } = strapi.config.get('plugin::newsroom.cache') as CacheConfig;
        // Short-lived: a 301 without Cache-Control is kept by browsers for good, but the target may still move.
        ctx.set('Cache-Control', `public, max-age=${maxAge}, s-maxage=${sMaxAge}`);
        ctx.set('Surrogate-Key', ['newsroom', ...answerKeys(target)].join(' '));
        ctx.status = 301;
        ctx.redirect(target.canonicalUrl);
      } catch (error) {
        if (!(error instanceof RuleError)) throw error;
        ctx.status = error.kind === 'not-found' ? 404 : 400;
        ctx.set('Cache-Control', 'no-store');
        ctx.type = HTML;
        ctx.body = errorPage(ctx.status, error.message);
      }
    },

    /** Anything below a permalink (`/-1275000/x`) is not one. */
    async notFound(ctx: Ctx) {
      ctx.status = 404;
      ctx.set('Cache-Control', 'no-store');
      ctx.type = HTML;
      ctx.body = errorPage(404, 'A permalink is the prefix and a number only, for example /-1275463.');
    },

    /** GET /api/newsroom/permalinks/:id: the same resolution as JSON (it varies with Accept-Language). */
    async findOne(ctx: Ctx) {
      const answers = getService(strapi, 'answers');
      // Kept by what decides the locale: ?locale=, else Accept-Language (browsers send few variants).
      const language = ctx.get('Accept-Language').trim().toLowerCase().slice(0, 100);
      const key = `permalink:${ctx.params.id}:${String(ctx.query.locale ?? '')}:${language}`;
      ctx.vary('Accept-Language');
      if (await answers.serve(ctx, key)) return;
      const answer = await found(
        resolve(ctx),
        (target) => jsonAnswer({ data: target, meta: { locale: target.locale } }, answerKeys(target), false),
        missing(ctx.params.id),
      );
      answers.send(ctx, key, answer);
    },
  };
};
