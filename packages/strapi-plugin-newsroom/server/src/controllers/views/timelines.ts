import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { answerKeys, missingKey } from '../../domain/cache-keys';
import { getService } from '../../get-service';
import { found, jsonAnswer } from '../../http/answers';
import type { Ctx } from '../../http/context';
import { readLocale } from '../../http/request';
import { expiresAt, instantParam, slugParam } from './params';

/**
 * Release timelines. Never replayed by URL: the fast path's URL key has no
 * `at`, and an answer for "now" would outlive its minute there. Caches keep
 * an answer for "now" until its minute ends.
 */
export const timeline = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    await readLocale(strapi, ctx);
    const answers = getService(strapi, 'answers');
    const at = instantParam(ctx.query, DateTime.utc());
    const key = `timelines:${at.toISO()}`;
    if (await answers.serve(ctx, key)) return;
    const body = await getService(strapi, 'timelines').list(at);
    answers.send(ctx, key, {
      ...jsonAnswer(body, answerKeys(body, [{ name: 'timelines' }]), false),
      expiresAt: expiresAt(ctx.query.at, at),
    });
  },

  async findOne(ctx: Ctx) {
    const locale = await readLocale(strapi, ctx);
    const answers = getService(strapi, 'answers');
    const slug = slugParam(ctx.params.slug, 'timeline');
    const at = instantParam(ctx.query, DateTime.utc());
    const key = `timeline:${slug}:${at.toISO()}:${locale}`;
    if (await answers.serve(ctx, key)) return;
    const answer = await found(
      getService(strapi, 'timelines').findOne(slug, at, locale),
      (body) => ({ ...jsonAnswer(body, answerKeys(body), false), expiresAt: expiresAt(ctx.query.at, at) }),
      [missingKey({ type: 'timeline', locale: null, slug })],
    );
    answers.send(ctx, key, answer);
  },
});
