import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { RuleError } from '../../domain/errors';
import { identicalDueWindow, nextStatus, offsetProblem } from '../../domain/schedule';
import {
  type ActionRow,
  type ActionStatus,
  createScheduleRepository,
} from '../../repositories/schedule-repository';
import type { Ability } from '../access';
import { redact, toPublic } from './present';
import { assertMayPublish, type Authority, authorityFor, type Scheduler } from './rights';
import { checkPartOrder, resolveTarget, resolveTime, seriesPlacement, type WhenInput } from './targets';
import { getService } from '../../get-service';

export interface ScheduleInput extends WhenInput {
  targetType: string;
  documentId: string;
  /** A locale code, or "all": one action per locale the document has. */
  locale?: string;
  action: 'publish' | 'unpublish';
  force?: boolean;
  /** "plugin": run without checking the scheduler's rights at run time (super admins only). */
  authority?: Authority;
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
 * runners, so a new due time is armed at once. Each needs the Content
 * Manager's publish permission on the target (type, locale, conditions):
 * scheduling a publish is publishing, later.
 */
export const createScheduleService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createScheduleRepository(strapi);
  const runner = () => getService(strapi, 'scheduler');
  const defaultZone = () => (strapi.config.get('plugin::newsroom.timezone') as string) ?? 'UTC';
  const now = () => getService(strapi, 'clock').now();

  const targetOf = (row: ActionRow) => ({
    uid: row.targetType,
    documentId: row.targetDocumentId,
    locale: row.targetLocale,
    action: row.action,
  });

  async function findOrFail(id: string): Promise<ActionRow> {
    const row = await repo.findByDocumentId(id);
    if (!row) throw new RuleError(`There is no scheduled action "${id}".`, ['id'], 'not-found');
    return row;
  }

  return {
    /**
     * Stores one action per locale. An identical action (same target, action
     * and due time, or for "now" one within the last seconds) that is not
     * cancelled or failed is returned instead of stored twice: `reused`.
     */
    async schedule(input: ScheduleInput, by: Scheduler) {
      const time = resolveTime(input, defaultZone(), now());
      const target = await resolveTarget(strapi, repo, input);
      const authority = authorityFor(by, input.authority);
      for (const locale of target.locales) {
        await assertMayPublish(
          strapi,
          by,
          { uid: target.uid, documentId: target.documentId, locale, action: input.action },
          'so it may not schedule that',
        );
      }
      const window = identicalDueWindow(time.dueAt, time.immediate);
      const result = await strapi.db.transaction(async () => {
        const actions: ActionRow[] = [];
        const reused: string[] = [];
        for (const locale of target.locales) {
          const key = { targetType: target.uid, targetDocumentId: target.documentId, targetLocale: locale };
          await repo.lockTarget(`${target.uid}:${target.documentId}:${locale ?? ''}:${input.action}`);
          const existing = await repo.findIdentical({ ...key, action: input.action, ...window });
          if (existing) {
            actions.push(existing);
            reused.push(existing.documentId);
            continue;
          }
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
          actions.push(
            await repo.create({
              ...key,
              action: input.action,
              dueAt: new Date(time.dueAt),
              wallClock: time.wallClock,
              zone: time.zone,
              status: 'pending',
              attempts: 0,
              scheduledBy: by.email,
              scheduledById: by.userId,
              authority,
            }),
          );
        }
        if (reused.length < actions.length) await runner().notify();
        return { actions, reused };
      });
      runner().poke();
      return { actions: result.actions.map(toPublic), reused: result.reused, time };
    },

    /** Unschedule + schedule of a pending action, keeping its id; refused once the runner has it. */
    async reschedule(
      id: string,
      when: WhenInput & { force?: boolean; authority?: Authority },
      by: Scheduler,
    ) {
      const row = await findOrFail(id);
      if (row.bundleId)
        throw new RuleError(
          `This action is an entry of the embargo bundle "${row.bundleId}", which goes out whole at one time; reschedule the bundle instead.`,
          ['id'],
          'conflict',
        );
      nextStatus(row.status, 'reschedule');
      // Whoever sets the new time answers for it: their rights are checked now and at run time.
      const authority = authorityFor(by, when.authority);
      await assertMayPublish(strapi, by, targetOf(row), 'so it may not reschedule that');
      const time = resolveTime({ zone: row.zone ?? undefined, ...when }, defaultZone(), now());
      await strapi.db.transaction(async () => {
        // Where the part is now: it may have been renumbered or moved since it was scheduled.
        const placement = await seriesPlacement(repo, {
          uid: row.targetType,
          documentId: row.targetDocumentId,
          locale: row.targetLocale,
        });
        if (
          row.action === 'publish' &&
          placement.seriesDocumentId &&
          placement.partNumber &&
          row.targetLocale
        ) {
          await checkPartOrder(repo, {
            seriesDocumentId: placement.seriesDocumentId,
            locale: row.targetLocale,
            proposed: [{ number: placement.partNumber, documentId: row.targetDocumentId, at: time.dueAt }],
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
          scheduled_by: by.email,
          scheduled_by_id: by.userId,
          authority,
        });
        // The runner claimed it between our read and this write.
        if (changed === 0) nextStatus((await findOrFail(id)).status, 'reschedule');
        await runner().notify();
      });
      runner().poke();
      return { action: toPublic((await findOrFail(id)) as ActionRow), time };
    },

    /** Cancels a pending action; cancelling a cancelled one again is fine, one that ran is a 409. */
    async cancel(id: string, by: Scheduler) {
      const row = await findOrFail(id);
      // A bundle's entry is taken out of its bundle (which checks that it has not gone out yet).
      if (row.bundleId && row.status === 'pending') {
        await getService(strapi, 'bundles').removeEntry(row.bundleId, row.documentId, by);
        return toPublic(await findOrFail(id));
      }
      // Cancelling a publish (or unpublish) decides what readers see as much as scheduling it.
      await assertMayPublish(strapi, by, targetOf(row), 'so it may not cancel that');
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

    async get(id: string, viewer: Ability | null) {
      const [action] = await redact(strapi, viewer, [await findOrFail(id)]);
      const { title: _title, ...rest } = action;
      return rest;
    },

    /** Upcoming and recent actions in due order: a calendar's data. */
    async list(input: ListInput, viewer: Ability | null) {
      const parse = (value: string | undefined, field: string) => {
        if (value === undefined) return undefined;
        const at = DateTime.fromISO(value, { zone: defaultZone() });
        const problem = offsetProblem(value);
        if (problem) throw new RuleError(`${field} is not valid: ${problem}.`, [field]);
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
      return {
        actions: await redact(strapi, viewer, rows),
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
