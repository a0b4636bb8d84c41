import type { Core } from '@strapi/strapi';
import { answerKeys, missingKey } from '../domain/cache-keys';
import * as query from '../domain/query';
import { getService } from '../get-service';
import { found, jsonAnswer } from '../http/answers';
import type { Ctx } from '../http/context';
import { readLocale } from '../http/request';
import { slugParam } from './views/params';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    const answers = getService(strapi, 'answers');
    const locale = await readLocale(strapi, ctx);
    const slug = slugParam(ctx.params.slug, 'channel');
    const { page, pageSize } = query.pagination(ctx.query);
    const key = `channel:${locale}:${slug}:${page}:${pageSize}`;
    if (await answers.serve(ctx, key)) return;
    const answer = await found(
      getService(strapi, 'read').channelArticles(slug, locale, page, pageSize),
      (body) =>
        jsonAnswer(body, answerKeys(body, [{ name: 'channel', channelId: body.meta.channel.documentId }])),
      [missingKey({ type: 'channel', locale: null, slug })],
    );
    answers.send(ctx, key, answer);
  },
});
