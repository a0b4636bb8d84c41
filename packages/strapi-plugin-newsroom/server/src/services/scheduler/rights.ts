import type { Core } from '@strapi/strapi';
import { RuleError } from '../../domain/errors';
import type { ActionRow } from '../../repositories/schedule-repository';
import type { Ability, Words } from '../access';
import { getService } from '../../get-service';

/**
 * Whose right a scheduled action runs on: the person who scheduled it (the
 * runner checks again at run time that they still hold it), or the plugin's
 * own, which only a super admin may give an action, and code that schedules
 * without a request (scripts, seeds) gets.
 */
export type Authority = 'scheduler' | 'plugin';
export const AUTHORITIES = ['scheduler', 'plugin'] as const;

/** Who asks: an admin (their ability and account), or code acting with the plugin's authority (ability null). */
export interface Scheduler {
  ability: Ability | null;
  userId: number | null;
  email: string | null;
  superAdmin: boolean;
}

/** Code that schedules without a request, e.g. `scripts/scheduler`: named in `scheduledBy`, plugin authority. */
export const pluginScheduler = (name: string): Scheduler => ({
  ability: null,
  userId: null,
  email: name,
  superAdmin: false,
});

export interface PublishTarget {
  uid: string;
  documentId: string;
  locale: string | null;
  action: 'publish' | 'unpublish';
}

const access = (strapi: Core.Strapi) => getService(strapi, 'access');

/**
 * Why `ability` may not publish (or unpublish) the target in the Content
 * Manager, or null. Like the Content Manager: a publish is checked on the
 * draft, an unpublish on the published version (the draft when there is none yet).
 */
export async function publishRefusal(
  strapi: Core.Strapi,
  ability: Ability,
  target: PublishTarget,
  words: Words,
): Promise<string | null> {
  const ref = {
    uid: target.uid,
    documentId: target.documentId,
    locale: target.locale,
    status: target.action === 'unpublish' ? ('published' as const) : ('draft' as const),
  };
  const first = await access(strapi).reason(ability, target.action, ref, words);
  if (first.refused || first.document || ref.status === 'draft') return first.refused?.message ?? null;
  return (
    (await access(strapi).reason(ability, target.action, { ...ref, status: 'draft' }, words)).refused
      ?.message ?? null
  );
}

/** The authority an action is stored with; the plugin's only when a super admin (or code) asks for it. */
export function authorityFor(by: Scheduler, asked: Authority | undefined): Authority {
  if (!by.ability) return 'plugin';
  if (asked === 'plugin' && !by.superAdmin) {
    throw new RuleError(
      'Only a super admin may schedule with the plugin\'s authority ("authority": "plugin"); leave it out to schedule on your own rights.',
      ['authority'],
      'forbidden',
    );
  }
  return asked ?? 'scheduler';
}

/** Refuses (403) a schedule request for a target its asker may not publish or unpublish in the Content Manager. */
export async function assertMayPublish(
  strapi: Core.Strapi,
  by: Scheduler,
  target: PublishTarget,
  consequence: string,
) {
  if (!by.ability) return;
  const refused = await publishRefusal(strapi, by.ability, target, { consequence });
  if (refused) throw new RuleError(refused, [], 'forbidden');
}

/**
 * At run time: the sentence why the person who scheduled the action no
 * longer may run it (account gone or blocked, right revoked), or null. An
 * action with the plugin's authority is not checked.
 */
export async function runTimeRefusal(strapi: Core.Strapi, action: ActionRow): Promise<string | null> {
  if (action.authority === 'plugin') return null;
  const what = `scheduled ${action.action}`;
  // Actions stored before the id was recorded name their scheduler by email only.
  const user =
    action.scheduledById !== null
      ? { id: action.scheduledById }
      : action.scheduledBy
        ? await strapi.db
            .query('admin::user')
            .findOne({ where: { email: action.scheduledBy }, select: ['id'] })
        : null;
  const who = action.scheduledBy ?? (user ? `admin #${user.id}` : 'nobody');
  if (!user) return `This ${what} records no admin who scheduled it, so it was not run; schedule it again.`;
  const ability = await access(strapi).abilityOf(Number(user.id));
  if (!ability)
    return `${who} who scheduled it no longer has an active admin account, so this ${what} was not run.`;
  return publishRefusal(
    strapi,
    ability,
    {
      uid: action.targetType,
      documentId: action.targetDocumentId,
      locale: action.targetLocale,
      action: action.action,
    },
    { who, consequence: `so this ${what} was not run` },
  );
}
