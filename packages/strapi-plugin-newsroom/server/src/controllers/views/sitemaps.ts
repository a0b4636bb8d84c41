import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { RuleError } from '../../domain/errors';
import { getService } from '../../get-service';
import type { Answer } from '../../http/answers';
import type { Ctx } from '../../http/context';
import { readLocale } from '../../http/request';
import { quote } from './params';

const XML = 'application/xml; charset=utf-8';

/** `/sitemaps/:page.xml`: a whole number from 1, as the index lists them. */
function sitemapNumber(raw: unknown): number {
  if (typeof raw !== 'string' || !/^[1-9][0-9]{0,5}$/.test(raw)) {
    throw new RuleError(`Sitemap ${quote(raw)} is not a sitemap number such as 1.`, ['page']);
  }
  return Number(raw);
}

const xml = ({ xml: body, keys }: { xml: string; keys: string[] }, replayable = true): Answer => ({
  status: 200,
  type: XML,
  body,
  keys,
  replayable,
});

/** The sitemap index, its files and the Google News sitemap. */
export const sitemap = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    // Sitemaps list every locale; a locale they do not know is still a 400, as on every read.
    await readLocale(strapi, ctx);
    const answers = getService(strapi, 'answers');
    if (await answers.serve(ctx, 'sitemap')) return;
    answers.send(ctx, 'sitemap', xml(await getService(strapi, 'sitemap').index()));
  },
});

export const sitemapPage = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: Ctx) {
    await readLocale(strapi, ctx);
    const number = sitemapNumber(ctx.params.page);
    const answers = getService(strapi, 'answers');
    const key = `sitemap:${number}`;
    if (await answers.serve(ctx, key)) return;
    answers.send(ctx, key, xml(await getService(strapi, 'sitemap').page(number)));
  },
});

export const newsSitemap = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    await readLocale(strapi, ctx);
    // Kept for a minute at most, as the 48-hour window moves with the clock; the window
    // itself ends now, not at the minute, so an article published seconds ago is in it.
    const now = DateTime.utc();
    const key = `news-sitemap:${now.startOf('minute').toISO()}`;
    const answers = getService(strapi, 'answers');
    if (await answers.serve(ctx, key)) return;
    answers.send(ctx, key, xml(await getService(strapi, 'sitemap').news(now), false));
  },
});
