import type { Core } from '@strapi/strapi';
import type { HttpCacheService } from '../services/http-cache';
import { withHttpErrors } from '../services/http-errors';
import type { ReadService } from '../services/read';
import { requestLocale } from './locales';

/**
 * What every public read needs: the services, the requested locale (checked)
 * and `run`, which turns broken rules into 4xx answers.
 */
export async function readContext(strapi: Core.Strapi, ctx: any) {
  const plugin = strapi.plugin('newsroom');
  const read = plugin.service('read') as ReadService;
  const cache = plugin.service('httpCache') as HttpCacheService;
  const run = (work: () => Promise<void>) => withHttpErrors(work);
  const locale = await requestLocale(strapi, ctx.query.locale);
  return { read, cache, locale, run };
}
