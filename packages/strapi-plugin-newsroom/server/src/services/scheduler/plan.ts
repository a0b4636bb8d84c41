import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { RuleError } from '../../domain/errors';
import type { PlanRequest } from '../../../../shared/contracts/schedule';
import { planBundles, releasePlan } from '../../domain/schedule';
import { createScheduleRepository } from '../../repositories/schedule-repository';
import { ARTICLE, SERIES } from '../../uids';
import { toPublic } from './present';
import { assertMayPublish, type Authority, authorityFor, type Scheduler } from './rights';
import { checkPartOrder, resolveTarget } from './targets';
import { getService } from '../../get-service';

export type PlanInput = PlanRequest & { authority?: Authority };

/**
 * "The remaining parts, one every Thursday at 16:49 Europe/Berlin, starting
 * next week": one publish action per part, or with `bundles` one embargo
 * bundle per date holding the part in each of its locales, all stored in one
 * transaction or none. Pending publishes of the same parts (in those
 * locales) are replaced (cancelled).
 */
export const createSchedulePlanService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createScheduleRepository(strapi);
  const runner = () => getService(strapi, 'scheduler');

  return {
    async plan(input: PlanInput, by: Scheduler) {
      if (input.locales !== undefined && input.bundles !== true) {
        throw new RuleError(
          '"locales" goes with "bundles": true (single actions are in the plan\'s locale).',
          ['locales'],
        );
      }
      if (input.bundles === true && input.authority !== undefined) {
        throw new RuleError(
          '"authority" cannot go with "bundles": a bundle\'s entries run on the scheduler\'s right.',
          ['authority'],
        );
      }
      const authority = authorityFor(by, input.authority);
      const series = await resolveTarget(strapi, repo, {
        targetType: SERIES,
        documentId: input.seriesDocumentId,
        locale: input.locale,
      });
      const locale = series.locales[0] as string;
      const rows = await repo.seriesParts(ARTICLE, input.seriesDocumentId, locale);
      let remaining = rows.filter((row) => !row.published && row.partNumber);
      if (input.parts) {
        const known = new Set(remaining.map((row) => row.partNumber));
        const missing = input.parts.filter((number) => !known.has(number));
        if (missing.length) {
          throw new RuleError(
            `Part ${missing.join(', ')} is not an unpublished part of this series in "${locale}".`,
            ['parts'],
          );
        }
        remaining = remaining.filter((row) => input.parts?.includes(row.partNumber as number));
      }
      const zone = input.zone ?? (strapi.config.get('plugin::newsroom.timezone') as string);
      const planned = releasePlan(
        {
          parts: remaining.map((row) => ({ number: row.partNumber as number, documentId: row.documentId })),
          weekday: input.weekday,
          time: input.time,
          zone,
          startingFrom: input.startingFrom ?? 'next-week',
          every: input.every,
          prefer: input.prefer,
        },
        getService(strapi, 'clock').now(),
      );
      const weeks = input.bundles
        ? planBundles(
            await Promise.all(
              planned.map(async (part) => {
                const rows = await repo.targetRows(ARTICLE, part.documentId, true);
                const codes = [...new Set(rows.map((row) => row.locale as string))];
                const live = (code: string) => rows.some((row) => row.locale === code && row.publishedAt);
                return { ...part, versions: codes.map((code) => ({ locale: code, published: live(code) })) };
              }),
            ),
            locale,
            input.locales ?? [locale],
            (await getService(strapi, 'locales').list()).codes,
          )
        : null;
      for (const part of planned) {
        await assertMayPublish(
          strapi,
          by,
          { uid: ARTICLE, documentId: part.documentId, locale, action: 'publish' },
          `so it may not plan part ${part.number}`,
        );
      }
      const planId = randomUUID();

      const result = await strapi.db.transaction(async () => {
        // The locales each planned part goes out in: the plan's, or its bundle's.
        const localesOf = new Map(
          planned.map((part, index) => [part.documentId, weeks ? weeks[index].locales : [locale]]),
        );
        const locales = [...new Set([...localesOf.values()].flat())];
        const pending = await repo.pendingPartPublishes(input.seriesDocumentId, locale, locales);
        const replaced = pending.filter((row) =>
          localesOf.get(row.targetDocumentId)?.includes(row.targetLocale as string),
        );
        await checkPartOrder(repo, {
          seriesDocumentId: input.seriesDocumentId,
          locale,
          proposed: planned.map((part) => ({
            number: part.number,
            documentId: part.documentId,
            at: part.dueAt,
          })),
          force: input.force === true,
          zone: planned[0].zone,
          ignoreActionIds: replaced.map((row) => row.id),
        });
        for (const row of replaced) {
          if (
            (await repo.updatePending(row.id, {
              status: 'cancelled',
              outcome: `replaced by plan ${planId}`,
            })) === 0
          ) {
            throw new RuleError(
              `Part ${row.partNumber} is being published right now; plan again in a moment.`,
              ['parts'],
              'conflict',
            );
          }
        }
        // A bundle of an earlier plan that now holds nothing pending is cancelled with it.
        for (const bundleId of new Set(replaced.map((row) => row.bundleId).filter(Boolean))) {
          const left = (await repo.bundleEntries(bundleId as string)).filter((e) => e.status === 'pending');
          if (left.length === 0) await getService(strapi, 'bundles').cancel(bundleId as string, by);
        }
        if (weeks) {
          const title = (await repo.titles(SERIES, [input.seriesDocumentId])).get(
            `${input.seriesDocumentId}:${locale}`,
          );
          const made = [];
          for (const [index, part] of planned.entries()) {
            const { bundle } = await getService(strapi, 'bundles').create(
              {
                name: `${title ?? input.seriesDocumentId}, part ${part.number}`,
                at: part.dueAt,
                zone: part.zone,
                force: input.force === true,
                entries: weeks[index].locales.map((code) => ({
                  targetType: ARTICLE,
                  documentId: part.documentId,
                  locale: code,
                })),
              },
              by,
            );
            made.push(bundle.id);
          }
          // One after another: the queries share the transaction's one connection.
          const created = [];
          for (const id of made) created.push(...(await repo.bundleEntries(id)));
          return { created, replaced, bundles: made };
        }
        const created = [];
        for (const part of planned) {
          created.push(
            await repo.create({
              targetType: ARTICLE,
              targetDocumentId: part.documentId,
              targetLocale: locale,
              action: 'publish',
              dueAt: new Date(part.dueAt),
              wallClock: part.wallClock,
              zone: part.zone,
              status: 'pending',
              attempts: 0,
              scheduledBy: by.email,
              scheduledById: by.userId,
              authority,
              planId,
            }),
          );
        }
        await runner().notify();
        return { created, replaced, bundles: [] as string[] };
      });
      runner().poke();
      return {
        planId,
        actions: result.created.map(toPublic),
        replaced: result.replaced.map((row) => row.documentId),
        bundles: result.bundles,
        notes: [
          ...planned
            .filter((part) => part.note)
            .map((part) => ({ part: part.number, note: part.note as string })),
          ...(weeks ?? []).flatMap((week) => week.notes.map((note) => ({ part: week.number, note }))),
        ],
      };
    },
  };
};

export type SchedulePlanService = ReturnType<typeof createSchedulePlanService>;
