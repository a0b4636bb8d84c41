import type { Core } from '@strapi/strapi';
import { withHttpErrors } from '../services/http-errors';
import { requestLocale } from './locales';
import { getService } from '../get-service';

/**
 * What every public read needs: the services, the requested locale (checked)
 * and `run`, which turns broken rules into 4xx answers.
 */
export async function readContext(strapi: Core.Strapi, ctx: any) {
  const read = getService(strapi, 'read');
  const cache = getService(strapi, 'httpCache');
  const run = (work: () => Promise<void>) => withHttpErrors(work);
  const locale = await requestLocale(strapi, ctx.query.locale);
  return { read, cache, locale, run };
}
