import type { Core } from '@strapi/strapi';
import * as query from '../domain/query';
import { withHttpErrors } from '../services/http-errors';
import { getService } from '../get-service';

/**
 * The locale a request names (in its query or body), checked against the
 * configured locales: the default locale when left out, 400 when unknown.
 */
export async function requestLocale(strapi: Core.Strapi, value: unknown): Promise<string> {
  const locales = getService(strapi, 'locales');
  return withHttpErrors(async () => {
    const { codes, fallback } = await locales.list();
    return query.locale({ locale: value as any }, codes, fallback);
  });
}
