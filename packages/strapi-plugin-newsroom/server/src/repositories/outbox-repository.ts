import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { OUTBOX_MESSAGE } from '../uids';
import { inTransactionOn, onPostgres } from './tables';

const TABLE = 'newsroom_outbox';

export type MessageStatus = 'pending' | 'delivering' | 'delivered' | 'failed';

export interface OutboxMessage {
  id: number;
  topic: string;
  dedupeKey: string | null;
  payload: any;
  status: MessageStatus;
  attempts: number;
  coalesced: number;
  availableAt: Date | null;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  deliveredAt: Date | null;
  deliveredBy: string | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: Date | null;
}

export interface NewMessage {
  topic: string;
  payload: unknown;
  /** Messages with the same topic and key that are still waiting are one message. */
  dedupeKey?: string | null;
  /** Not delivered before this long after the commit (identical messages meanwhile fold into it). */
  delayMs?: number;
}

const asDate = (value: unknown): Date | null => {
  if (value === null || value === undefined) return null;
  const date = new Date(value as string);
  return Number.isNaN(date.getTime()) ? null : date;
};

function normalize(row: any): OutboxMessage {
  return {
    id: Number(row.id),
    topic: row.topic,
    dedupeKey: row.dedupe_key ?? null,
    payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
    status: row.status,
    attempts: Number(row.attempts ?? 0),
    coalesced: Number(row.coalesced ?? 0),
    availableAt: asDate(row.available_at),
    leaseOwner: row.lease_owner ?? null,
    leaseUntil: asDate(row.lease_until),
    deliveredAt: asDate(row.delivered_at),
    deliveredBy: row.delivered_by ?? null,
    lastStatus: row.last_status === null || row.last_status === undefined ? null : Number(row.last_status),
    lastError: row.last_error ?? null,
    createdAt: asDate(row.created_at),
  };
}

/**
 * The outbox table. Plain knex: the writes must join the caller's
 * transaction (the change being reported), and a claim's WHERE clause is its
 * lock, as in the scheduler's repository.
 */
export const createOutboxRepository = (strapi: Core.Strapi) => {
  const isPostgres = () => onPostgres(strapi);
  const inTransaction = inTransactionOn(strapi, TABLE);

  /** Waiting and due, or claimed under a lease that ran out (its instance died mid-delivery). */
  const claimable = (now: Date) => (qb: any) =>
    qb
      .where((pending: any) =>
        pending
          .where('status', 'pending')
          .where((due: any) => due.whereNull('available_at').orWhere('available_at', '<=', now)),
      )
      .orWhere((orphan: any) =>
        orphan
          .where('status', 'delivering')
          .where((lease: any) => lease.whereNull('lease_until').orWhere('lease_until', '<=', now)),
      );

  return {
    /**
     * Writes messages inside the caller's transaction. A message whose topic
     * and key match one still waiting (not yet claimed) is folded into it:
     * the waiting row is updated, which on PostgreSQL locks it until this
     * transaction commits, so it cannot be claimed and delivered before the
     * change it now also stands for is visible.
     */
    async enqueue(messages: NewMessage[], now: Date): Promise<void> {
      if (messages.length === 0) return;
      await inTransaction(async (table) => {
        for (const message of messages) {
          const key = message.dedupeKey ?? null;
          await table()
            .insert({
              document_id: randomBytes(12).toString('hex'),
              topic: message.topic,
              dedupe_key: key,
              pending_key: key === null ? null : `${message.topic}\n${key}`,
              payload: JSON.stringify(message.payload ?? null),
              status: 'pending',
              attempts: 0,
              coalesced: 0,
              available_at: new Date(now.getTime() + (message.delayMs ?? 0)),
              created_at: now,
              updated_at: now,
            })
            .onConflict('pending_key')
            .merge({ coalesced: strapi.db.connection.raw(`${TABLE}.coalesced + 1`), updated_at: now });
        }
      });
    },

    /** Claims up to `limit` deliverable messages, oldest first, for `token` (see the scheduler's claim). */
    async claim(token: string, now: Date, leaseUntil: Date, limit: number): Promise<OutboxMessage[]> {
      const claim = {
        status: 'delivering',
        lease_owner: token,
        lease_until: leaseUntil,
        // From now on a new change needs a message of its own: this one may already be on its way.
        pending_key: null,
        attempts: strapi.db.connection.raw('attempts + 1'),
        updated_at: now,
      };
      return inTransaction(async (table) => {
        const candidates = table().select('id').where(claimable(now)).orderBy('id').limit(limit);
        let count: number;
        if (isPostgres()) {
          const locked = (await candidates.forUpdate().skipLocked()).map((row: any) => row.id);
          if (locked.length === 0) return [];
          count = await table().whereIn('id', locked).where(claimable(now)).update(claim);
        } else {
          count = await table().whereIn('id', candidates).where(claimable(now)).update(claim);
        }
        if (count === 0) return [];
        const rows = await table().where({ lease_owner: token, status: 'delivering' }).orderBy('id');
        return rows.map(normalize);
      });
    },

    /** Records a delivery's end (delivered, failed, or pending again for a retry) if the claim is still ours. */
    async finish(id: number, token: string, data: Record<string, unknown>): Promise<boolean> {
      const count = await inTransaction((table) =>
        table()
          .where({ id, lease_owner: token, status: 'delivering' })
          .update({ ...data, updated_at: new Date() }),
      );
      return count === 1;
    },

    /** The next instant a message becomes deliverable: its retry time or a lease end. */
    async nextWake(): Promise<Date | null> {
      const [pending, delivering] = await Promise.all([
        strapi.db.getConnection(TABLE).where('status', 'pending').min({ at: 'available_at' }).first(),
        strapi.db.getConnection(TABLE).where('status', 'delivering').min({ at: 'lease_until' }).first(),
      ]);
      const times = [pending?.at, delivering?.at].map(asDate).filter((at): at is Date => !!at);
      return times.length ? new Date(Math.min(...times.map((at) => at.getTime()))) : null;
    },

    async list(topic?: string): Promise<OutboxMessage[]> {
      const query = strapi.db.getConnection(TABLE).orderBy('id');
      const rows = await (topic ? query.where({ topic }) : query);
      return rows.map(normalize);
    },
  };
};

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;

/** The outbox's content type uid, for apps that read delivery records through Strapi. */
export { OUTBOX_MESSAGE };
