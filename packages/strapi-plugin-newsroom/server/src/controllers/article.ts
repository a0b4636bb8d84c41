import type { Core } from '@strapi/strapi';
import { parseRef } from '../domain/refs';
import { keysOf } from '../domain/surrogate-keys';
import { readContext } from './read-context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: any) {
    const { read, cache, locale, run } = await readContext(strapi, ctx);
    await run(async () => {
      const ref = parseRef(ctx.params.slug);
      await cache.respond(ctx, `article:${locale}:${ref.slug}`, async () => {
        const body = await read.findArticle(ref, locale);
        return { body, keys: keysOf('article', locale, body.data) };
      });
    });
  },
});
