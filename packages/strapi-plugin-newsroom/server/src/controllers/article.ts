import type { Core } from '@strapi/strapi';
import { answerKeys, missingRefKeys } from '../domain/cache-keys';
import { parseRef } from '../domain/refs';
import { getService } from '../get-service';
import { found, jsonAnswer } from '../http/answers';
import type { Ctx } from '../http/context';
import { readLocale } from '../http/request';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: Ctx) {
    const answers = getService(strapi, 'answers');
    const locale = await readLocale(strapi, ctx);
    const ref = parseRef(ctx.params.slug);
    const key = `article:${locale}:${ref.slug}`;
    if (await answers.serve(ctx, key)) return;
    const answer = await found(
      getService(strapi, 'read').findArticle(ref, locale),
      (body) => jsonAnswer(body, answerKeys(body)),
      missingRefKeys('article', locale, ref),
    );
    answers.send(ctx, key, answer);
  },
});
