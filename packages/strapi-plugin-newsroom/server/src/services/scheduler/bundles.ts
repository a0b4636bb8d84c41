import type { Core } from '@strapi/strapi';
import type { BundleEntryRequest, BundleProblem } from '../../../../shared/contracts/bundles';
import { RuleError } from '../../domain/errors';
import { nextStatus } from '../../domain/schedule';
import type { ActionStatus } from '../../domain/schedule/status';
import { type BundleRow, createBundleRepository } from '../../repositories/bundle-repository';
import { type ActionRow, createScheduleRepository } from '../../repositories/schedule-repository';
import { getService } from '../../get-service';
import type { Ability } from '../access';
import { perform } from './execute';
import { redact, REMOVED, toPublicBundle } from './present';
import { assertMayPublish, runTimeRefusal, type Scheduler } from './rights';
import { checkPartOrder, resolveTarget, resolveTime, seriesPlacement, type WhenInput } from './targets';

export interface CreateBundleInput extends WhenInput {
  name: string;
  force?: boolean;
  entries?: BundleEntryRequest[];
}

/** Thrown inside the check's transaction to roll everything back once the trial run is over. */
class TrialOver extends Error {}

/**
 * The editors' side of embargo bundles: create, add and remove entries,
 * rename and reschedule, cancel, check, list. Every write is one
 * transaction that first confirms the bundle is still pending (and holds
 * its row, so a runner cannot claim it meanwhile), and ends by waking the
 * runners. Each entry needs the same rights as scheduling it alone: the
 * Content Manager's publish (or unpublish) permission on the target, its
 * locale and conditions; the part order rule holds across the bundle.
 */
export const createBundlesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const bundles = createBundleRepository(strapi);
  const repo = createScheduleRepository(strapi);
  const runner = () => getService(strapi, 'scheduler');
  const defaultZone = () => (strapi.config.get('plugin::newsroom.timezone') as string) ?? 'UTC';
  const now = () => getService(strapi, 'clock').now();

  async function findOrFail(id: string): Promise<BundleRow> {
    const row = await bundles.findByDocumentId(id);
    if (!row) throw new RuleError(`There is no embargo bundle "${id}".`, ['id'], 'not-found');
    return row;
  }

  async function present(row: BundleRow, viewer: Ability | null) {
    return toPublicBundle(row, await redact(strapi, viewer, await repo.bundleEntries(row.documentId)));
  }

  /** Inside a write's transaction: the bundle is still pending, and held until commit. */
  async function hold(row: BundleRow, verb: string) {
    if ((await bundles.updatePending(row.id, {})) === 1) return;
    const now = await findOrFail(row.documentId);
    throw new RuleError(
      `The bundle "${row.name}" is ${now.status === 'running' ? 'going out right now' : now.status}, so it can no longer be ${verb}.`,
      [],
      'conflict',
    );
  }

  const pendingEntries = async (row: BundleRow) =>
    (await repo.bundleEntries(row.documentId)).filter((entry) => entry.status === 'pending');

  const at = (error: unknown, path: string[]) => {
    if (!(error instanceof RuleError)) return error;
    return new RuleError(`${path.join('.')}: ${error.message}`, [...path, ...error.path], error.kind);
  };

  /** Adds entries to a held bundle: each checked as a single schedule request would be. */
  async function addEntries(row: BundleRow, entries: BundleEntryRequest[], by: Scheduler, force: boolean) {
    const taken = new Set((await pendingEntries(row)).map(entryKey));
    for (const [index, input] of entries.entries()) {
      const path = ['entries', String(index)];
      const action = input.action ?? 'publish';
      const target = await resolveTarget(strapi, repo, input).catch((error) => {
        throw at(error, path);
      });
      for (const locale of target.locales) {
        const key = entryKey({
          targetType: target.uid,
          targetDocumentId: target.documentId,
          targetLocale: locale,
        });
        if (taken.has(key)) {
          throw new RuleError(
            `${path.join('.')}: ${target.documentId}${locale ? ` (${locale})` : ''} is already in the bundle; each document and locale goes in once.`,
            path,
            'conflict',
          );
        }
        taken.add(key);
        await assertMayPublish(
          strapi,
          by,
          { uid: target.uid, documentId: target.documentId, locale, action },
          'so it may not put that in a bundle',
        ).catch((error) => {
          throw at(error, path);
        });
        const placement = await seriesPlacement(repo, { ...target, locale });
        if (action === 'publish' && placement.seriesDocumentId && placement.partNumber && locale) {
          await checkPartOrder(repo, {
            seriesDocumentId: placement.seriesDocumentId,
            locale,
            proposed: [
              { number: placement.partNumber, documentId: target.documentId, at: row.dueAt.toISOString() },
            ],
            force,
            zone: row.zone ?? defaultZone(),
          }).catch((error) => {
            throw at(error, path);
          });
        }
        await repo.create({
          targetType: target.uid,
          targetDocumentId: target.documentId,
          targetLocale: locale,
          action,
          dueAt: row.dueAt,
          wallClock: row.wallClock,
          zone: row.zone,
          status: 'pending',
          attempts: 0,
          scheduledBy: by.email,
          scheduledById: by.userId,
          authority: 'scheduler',
          bundleId: row.documentId,
        });
      }
    }
  }

  /** A write in one transaction, then the runners re-arm. */
  async function write<T>(work: () => Promise<T>): Promise<T> {
    const result = await strapi.db.transaction(async () => {
      const out = await work();
      await runner().notify();
      return out;
    });
    runner().poke();
    return result;
  }

  return {
    async create(input: CreateBundleInput, by: Scheduler) {
      const time = resolveTime(input, defaultZone(), now());
      const row = await write(async () => {
        const created = await bundles.create({
          name: input.name,
          dueAt: new Date(time.dueAt),
          wallClock: time.wallClock,
          zone: time.zone,
          status: 'pending',
          attempts: 0,
          scheduledBy: by.email,
          scheduledById: by.userId,
        });
        await addEntries(created, input.entries ?? [], by, input.force === true);
        return created;
      });
      return { bundle: await present(await findOrFail(row.documentId), null), time };
    },

    async addEntries(id: string, input: { entries: BundleEntryRequest[]; force?: boolean }, by: Scheduler) {
      const row = await findOrFail(id);
      await write(async () => {
        await hold(row, 'changed');
        await addEntries(row, input.entries, by, input.force === true);
      });
      return present(await findOrFail(id), null);
    },

    /** Takes an entry out (it stays in the table, cancelled): removing a publish decides as much as adding it. */
    async removeEntry(id: string, entryId: string, by: Scheduler) {
      const row = await findOrFail(id);
      const entry = (await repo.bundleEntries(row.documentId)).find(
        (e) => e.documentId === entryId && e.outcome !== REMOVED,
      );
      if (!entry)
        throw new RuleError(`The bundle "${row.name}" has no entry "${entryId}".`, ['entryId'], 'not-found');
      await assertMayPublish(strapi, by, targetOf(entry), 'so it may not take that out of a bundle');
      await write(async () => {
        await hold(row, 'changed');
        await repo.updateEntries(row.documentId, ['pending'], { status: 'cancelled', outcome: REMOVED }, [
          entry.id,
        ]);
      });
      return present(await findOrFail(id), null);
    },

    /** A new name and/or time; the new time moves every entry, and the part order is checked again. */
    async update(id: string, input: WhenInput & { name?: string; force?: boolean }, by: Scheduler) {
      const row = await findOrFail(id);
      nextStatus(row.status, 'reschedule');
      const retime = input.at !== undefined || input.date !== undefined || input.time !== undefined;
      const time = retime
        ? resolveTime({ zone: row.zone ?? undefined, ...input }, defaultZone(), now())
        : null;
      if (!retime && input.zone !== undefined)
        throw new RuleError('A new zone needs a new "date" and "time" (or "at").', ['zone']);
      const entries = await pendingEntries(row);
      for (const entry of entries)
        await assertMayPublish(strapi, by, targetOf(entry), 'so it may not reschedule that bundle');
      await write(async () => {
        await hold(row, 'rescheduled');
        if (!time) {
          if (input.name !== undefined) await bundles.updatePending(row.id, { name: input.name });
          return;
        }
        const due = new Date(time.dueAt);
        const moved = { due_at: due, wall_clock: time.wallClock, zone: time.zone };
        await bundles.updatePending(row.id, {
          ...moved,
          ...(input.name !== undefined ? { name: input.name } : {}),
          retry_at: null,
          attempts: 0,
          last_error: null,
          blocking_entry: null,
        });
        await repo.updateEntries(row.documentId, ['pending'], moved);
        if (input.force === true) return;
        const ours = entries.map((entry) => entry.id);
        for (const entry of entries) {
          if (
            entry.action !== 'publish' ||
            !entry.seriesDocumentId ||
            !entry.partNumber ||
            !entry.targetLocale
          )
            continue;
          await checkPartOrder(repo, {
            seriesDocumentId: entry.seriesDocumentId,
            locale: entry.targetLocale,
            proposed: [{ number: entry.partNumber, documentId: entry.targetDocumentId, at: time.dueAt }],
            force: false,
            zone: time.zone,
            ignoreActionIds: ours,
          });
        }
      });
      return { bundle: await present(await findOrFail(id), null), time };
    },

    /** Cancels a pending bundle and its entries; cancelling it again is fine, one that ran is a 409. */
    async cancel(id: string, by: Scheduler) {
      const row = await findOrFail(id);
      if (row.status === 'cancelled') return present(row, null);
      nextStatus(row.status, 'cancel');
      for (const entry of await pendingEntries(row))
        await assertMayPublish(strapi, by, targetOf(entry), 'so it may not cancel that bundle');
      await write(async () => {
        await hold(row, 'cancelled');
        await bundles.updatePending(row.id, { status: 'cancelled' });
        await repo.updateEntries(row.documentId, ['pending'], { status: 'cancelled' });
      });
      return present(await findOrFail(id), null);
    },

    /**
     * What would stop the bundle if it went out now: every entry's own checks
     * (the document is there, the scheduler may still publish it), then a
     * trial run of the whole bundle in a transaction that is rolled back,
     * which meets the save rules, required fields and Strapi's own checks
     * exactly as the minute will. Nothing of the trial is kept or sent.
     */
    async check(id: string, viewer: Ability | null) {
      const row = await findOrFail(id);
      const entries = await pendingEntries(row);
      const problems: BundleProblem[] = [];
      if (entries.length === 0 && row.status === 'pending')
        problems.push({ entry: null, message: 'The bundle has no entries; it would publish nothing.' });
      for (const entry of entries) {
        const refused = await runTimeRefusal(strapi, entry);
        if (refused) problems.push({ entry: entry.documentId, message: refused });
      }
      if (problems.length === 0 && entries.length > 0 && row.status === 'pending') {
        const trial = await trialRun(entries);
        if (trial) problems.push(trial);
      }
      return { bundle: await present(row, viewer), problems, checkedAt: now().toUTC().toISO() as string };
    },

    async get(id: string, viewer: Ability | null) {
      return present(await findOrFail(id), viewer);
    },

    async list(input: { status?: ActionStatus[]; page: number; pageSize: number }, viewer: Ability | null) {
      const { rows, total } = await bundles.list({
        status: input.status,
        offset: (input.page - 1) * input.pageSize,
        limit: input.pageSize,
      });
      return {
        bundles: await Promise.all(rows.map((row) => present(row, viewer))),
        pagination: {
          page: input.page,
          pageSize: input.pageSize,
          pageCount: Math.ceil(total / input.pageSize),
          total,
        },
      };
    },
  };

  /** Runs every entry as the minute would, inside a transaction thrown away at the end; the first problem. */
  async function trialRun(entries: ActionRow[]): Promise<BundleProblem | null> {
    let problem: BundleProblem | null = null;
    try {
      await strapi.db.transaction(async () => {
        await getService(strapi, 'changes').together('bundle-check', async () => {
          for (const entry of entries) {
            try {
              await perform({ strapi, repo }, entry);
            } catch (error) {
              problem = { entry: entry.documentId, message: String((error as Error)?.message ?? error) };
              break;
            }
          }
        });
        throw new TrialOver();
      });
    } catch (error) {
      if (!(error instanceof TrialOver)) throw error;
    }
    return problem;
  }
};

const entryKey = (e: Pick<ActionRow, 'targetType' | 'targetDocumentId' | 'targetLocale'>) =>
  `${e.targetType}|${e.targetDocumentId}|${e.targetLocale ?? ''}`;

const targetOf = (row: ActionRow) => ({
  uid: row.targetType,
  documentId: row.targetDocumentId,
  locale: row.targetLocale,
  action: row.action,
});

export type BundlesService = ReturnType<typeof createBundlesService>;
