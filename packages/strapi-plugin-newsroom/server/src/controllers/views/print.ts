import type { Core } from '@strapi/strapi';
import { missingRefKeys } from '../../domain/cache-keys';
import { parseRef } from '../../domain/refs';
import { getService } from '../../get-service';
import { found } from '../../http/answers';
import type { Ctx } from '../../http/context';
import { readLocale } from '../../http/request';
import { HTML } from './params';

// The print page needs its inline stylesheet and images, nothing else: no script can run even if one slipped in.
const PRINT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:; base-uri 'none'; form-action 'none'";

/** Print views: a whole part, or a whole series, as one HTML page. */
const printView =
  (kind: 'article' | 'series') =>
  ({ strapi }: { strapi: Core.Strapi }) => ({
    async findOne(ctx: Ctx) {
      const answers = getService(strapi, 'answers');
      const locale = await readLocale(strapi, ctx);
      const ref = parseRef(ctx.params.slug);
      ctx.set('Content-Security-Policy', PRINT_CSP);
      const key = `print:${kind}:${locale}:${ref.slug}`;
      if (await answers.serve(ctx, key)) return;
      const answer = await found(
        getService(strapi, 'print')[kind](ref, locale),
        ({ html, keys }) => ({ status: 200 as const, type: HTML, body: html, keys, replayable: true }),
        missingRefKeys(kind, locale, ref),
      );
      answers.send(ctx, key, answer);
    },
  });

export const articlePrint = printView('article');
export const seriesPrint = printView('series');
