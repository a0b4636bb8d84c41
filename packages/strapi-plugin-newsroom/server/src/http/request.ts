import type { Core } from '@strapi/strapi';
import * as query from '../domain/query';
import { getService } from '../get-service';
import type { Ctx } from './context';

/**
 * The locale a request names (in its query or body), checked against the
 * app's locales: the default locale when left out, a 400 naming it when unknown.
 */
export async function requestLocale(strapi: Core.Strapi, value: unknown): Promise<string> {
  const { codes, fallback } = await getService(strapi, 'locales').list();
  return query.locale({ locale: value as any }, codes, fallback);
}

/** The locale of a public read (`?locale=`). */
export const readLocale = (strapi: Core.Strapi, ctx: Ctx) => requestLocale(strapi, ctx.query.locale);
