import type { Core } from '@strapi/strapi';
import * as query from '../domain/query';
import { isValidSlug } from '../domain/slug';
import { RuleError } from '../domain/errors';
import { keysOf } from '../domain/surrogate-keys';
import { readContext } from './read-context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const { read, cache, locale, run } = await readContext(strapi, ctx);
    await run(async () => {
      const { slug } = ctx.params;
      if (!isValidSlug(slug))
        throw new RuleError(`"${String(slug).slice(0, 60)}" is not a valid channel slug.`, ['slug']);
      const { page, pageSize } = query.pagination(ctx.query);
      await cache.respond(ctx, `channel:${locale}:${slug}:${page}:${pageSize}`, async () => {
        const body = await read.channelArticles(slug, locale, page, pageSize);
        return { body, keys: keysOf('channel', locale, body.meta.channel) };
      });
    });
  },
});
