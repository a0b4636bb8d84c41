import type { Core } from '@strapi/strapi';
import * as query from '../domain/query';
import type { HttpCacheService } from '../services/http-cache';
import { toStrapiError } from '../services/http-errors';
import type { ReadService } from '../services/read';

/**
 * What every public read needs: the services, the requested locale (checked)
 * and `run`, which turns broken rules into 4xx answers.
 */
export async function readContext(strapi: Core.Strapi, ctx: any) {
  const plugin = strapi.plugin('newsroom');
  const read = plugin.service('read') as ReadService;
  const cache = plugin.service('httpCache') as HttpCacheService;
  const run = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      throw toStrapiError(error);
    }
  };
  let locale = 'en';
  await run(async () => {
    const { codes, fallback } = await read.locales();
    locale = query.locale(ctx.query, codes, fallback);
  });
  return { read, cache, locale, run };
}
