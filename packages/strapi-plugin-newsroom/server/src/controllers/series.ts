import type { Core } from '@strapi/strapi';
import { answerKeys, missingRefKeys } from '../domain/cache-keys';
import * as query from '../domain/query';
import { parseRef } from '../domain/refs';
import { getService } from '../get-service';
import { found, jsonAnswer } from '../http/answers';
import type { Ctx } from '../http/context';
import { readLocale } from '../http/request';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const answers = () => getService(strapi, 'answers');
  const read = () => getService(strapi, 'read');
  return {
    async find(ctx: Ctx) {
      const locale = await readLocale(strapi, ctx);
      const { page, pageSize } = query.pagination(ctx.query);
      const key = `series-list:${locale}:${page}:${pageSize}`;
      if (await answers().serve(ctx, key)) return;
      const body = await read().listSeries(locale, page, pageSize);
      answers().send(ctx, key, jsonAnswer(body, answerKeys(body, [{ name: 'series' }])));
    },

    async findOne(ctx: Ctx) {
      const locale = await readLocale(strapi, ctx);
      const ref = parseRef(ctx.params.slug);
      const key = `series:${locale}:${ref.slug}`;
      if (await answers().serve(ctx, key)) return;
      const answer = await found(
        read().findSeries(ref, locale),
        (body) => jsonAnswer(body, answerKeys(body)),
        missingRefKeys('series', locale, ref),
      );
      answers().send(ctx, key, answer);
    },
  };
};
