import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { RuleError } from '../../domain/errors';
import { nextStatus } from '../../domain/schedule';
import {
  type ActionRow,
  type ActionStatus,
  createScheduleRepository,
} from '../../repositories/schedule-repository';
import { toPublic } from './present';
import type { RunnerService } from './runner';
import { checkPartOrder, resolveTarget, resolveTime, seriesPlacement, type WhenInput } from './targets';

export interface ScheduleInput extends WhenInput {
  targetType: string;
  documentId: string;
  /** A locale code, or "all": one action per locale the document has. */
  locale?: string;
  action: 'publish' | 'unpublish';
  force?: boolean;
}

export interface ListInput {
  series?: string;
  status?: ActionStatus[];
  from?: string;
  to?: string;
  documentId?: string;
  page: number;
  pageSize: number;
}

/**
 * The editors' side of scheduled publishing: schedule, reschedule, cancel
 * and list actions. Every write is one transaction and ends by waking the
 * runners, so a new due time is armed at once.
 */
export const createScheduleService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createScheduleRepository(strapi);
  const runner = () => strapi.plugin('newsroom').service('scheduler') as RunnerService;
  const defaultZone = () => (strapi.config.get('plugin::newsroom.timezone') as string) ?? 'UTC';
  const now = () => runner().now();

  async function findOrFail(id: string): Promise<ActionRow> {
    const row = await repo.findByDocumentId(id);
    if (!row) throw new RuleError(`There is no scheduled action "${id}".`, ['id'], 'not-found');
    return row;
  }

  return {
    async schedule(input: ScheduleInput, scheduledBy: string | null) {
      const time = resolveTime(input, defaultZone(), now());
      const target = await resolveTarget(strapi, repo, input);
      const rows = await strapi.db.transaction(async () => {
        const created: ActionRow[] = [];
        for (const locale of target.locales) {
          const placement = await seriesPlacement(repo, { ...target, locale });
          if (input.action === 'publish' && placement.seriesDocumentId && placement.partNumber && locale) {
            await checkPartOrder(repo, {
              seriesDocumentId: placement.seriesDocumentId,
              locale,
              proposed: [{ number: placement.partNumber, documentId: target.documentId, at: time.dueAt }],
              force: input.force === true,
              zone: time.zone,
            });
          }
          created.push(
            await repo.create({
              targetType: target.uid,
              targetDocumentId: target.documentId,
              targetLocale: locale,
              action: input.action,
              dueAt: new Date(time.dueAt),
              wallClock: time.wallClock,
              zone: time.zone,
              status: 'pending',
              attempts: 0,
              scheduledBy,
              ...placement,
            }),
          );
        }
        await runner().notify();
        return created;
      });
      runner().poke();
      return { actions: rows.map(toPublic), time };
    },

    /** Unschedule + schedule of a pending action, keeping its id; refused once the runner has it. */
    async reschedule(id: string, when: WhenInput & { force?: boolean }) {
      const row = await findOrFail(id);
      nextStatus(row.status, 'reschedule');
      const time = resolveTime({ zone: row.zone ?? undefined, ...when }, defaultZone(), now());
      await strapi.db.transaction(async () => {
        if (row.action === 'publish' && row.seriesDocumentId && row.partNumber && row.targetLocale) {
          await checkPartOrder(repo, {
            seriesDocumentId: row.seriesDocumentId,
            locale: row.targetLocale,
            proposed: [{ number: row.partNumber, documentId: row.targetDocumentId, at: time.dueAt }],
            force: when.force === true,
            zone: time.zone,
            ignoreActionIds: [row.id],
          });
        }
        const changed = await repo.updatePending(row.id, {
          due_at: new Date(time.dueAt),
          wall_clock: time.wallClock,
          zone: time.zone,
          retry_at: null,
          attempts: 0,
          last_error: null,
        });
        // The runner claimed it between our read and this write.
        if (changed === 0) nextStatus((await findOrFail(id)).status, 'reschedule');
        await runner().notify();
      });
      runner().poke();
      return { action: toPublic((await findOrFail(id)) as ActionRow), time };
    },

    /** Cancels a pending action; cancelling a cancelled one again is fine, one that ran is a 409. */
    async cancel(id: string) {
      const row = await findOrFail(id);
      if (row.status === 'pending') {
        const changed = await repo.updatePending(row.id, { status: 'cancelled' });
        if (changed === 0) nextStatus((await findOrFail(id)).status, 'cancel');
        await runner().notify();
        runner().poke();
      } else {
        nextStatus(row.status, 'cancel');
      }
      return toPublic(await findOrFail(id));
    },

    async get(id: string) {
      return toPublic(await findOrFail(id));
    },

    /** Upcoming and recent actions in due order: a calendar's data. */
    async list(input: ListInput) {
      const parse = (value: string | undefined, field: string) => {
        if (value === undefined) return undefined;
        const at = DateTime.fromISO(value, { zone: defaultZone() });
        if (!at.isValid)
          throw new RuleError(`${field} must be a date or date-time in ISO 8601 (got "${value}").`, [field]);
        return at.toJSDate();
      };
      const { rows, total } = await repo.list({
        series: input.series,
        status: input.status,
        targetDocumentId: input.documentId,
        from: parse(input.from, 'from'),
        to: parse(input.to, 'to'),
        offset: (input.page - 1) * input.pageSize,
        limit: input.pageSize,
      });
      const titles = new Map<string, string>();
      for (const uid of new Set(rows.map((row) => row.targetType))) {
        const ids = rows.filter((row) => row.targetType === uid).map((row) => row.targetDocumentId);
        for (const [documentId, title] of await repo.titles(uid, ids))
          titles.set(`${uid}:${documentId}`, title);
      }
      return {
        actions: rows.map((row) => ({
          ...toPublic(row),
          title: titles.get(`${row.targetType}:${row.targetDocumentId}`) ?? null,
        })),
        pagination: {
          page: input.page,
          pageSize: input.pageSize,
          pageCount: Math.ceil(total / input.pageSize),
          total,
        },
      };
    },
  };
};

export type ScheduleService = ReturnType<typeof createScheduleService>;
