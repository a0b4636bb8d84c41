import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';

/** How old the measured offset to the database's clock may get before `now()` measures it again. */
const RESYNC_MS = 30_000;

/**
 * The one clock of scheduled publishing: the database's, so instances whose
 * own clocks disagree still agree on what is due, whose lease ran out and
 * when an action ran.
 *
 * - PostgreSQL: `read()` asks the server (`clock_timestamp()`, the real time
 *   even inside a transaction). Claims, fences, lease renewals and recorded
 *   run times use it. `now()` is the same clock without a round trip: this
 *   process's clock plus the offset measured at the last read, for timers
 *   and the editors' "now" (a schedule request's past-time check).
 * - SQLite: the database is a library inside this process; its clock is the
 *   process's, so both are the process's clock (several processes on one
 *   SQLite file must run on one host, with one clock).
 *
 * Tests inject a clock with `set`; then both read it.
 */
export const createClockService = ({ strapi }: { strapi: Core.Strapi }) => {
  let injected: (() => DateTime) | null = null;
  let offsetMs = 0;
  let measuredAt = Number.NEGATIVE_INFINITY;
  const isPostgres = () => strapi.db.dialect.client === 'postgres';

  async function read(): Promise<DateTime> {
    if (injected) return injected();
    if (!isPostgres()) return DateTime.utc();
    const before = Date.now();
    // clock_timestamp(), not now(): inside a transaction now() is the transaction's start.
    const sql = 'select (extract(epoch from clock_timestamp()) * 1000)::float8 as ms';
    // Inside a transaction: on its connection; outside: one statement, no BEGIN/COMMIT around it.
    const result: any = strapi.db.inTransaction()
      ? await strapi.db.transaction(({ trx }) => trx.raw(sql))
      : await strapi.db.connection.raw(sql);
    const after = Date.now();
    const ms = Math.round(Number(result.rows[0].ms));
    offsetMs = ms - Math.round((before + after) / 2);
    measuredAt = after;
    return DateTime.fromMillis(ms, { zone: 'utc' });
  }

  return {
    /** The database's time, read from it (one round trip on PostgreSQL). */
    read,

    /** The database's time estimated from the last measured offset; measures again when it is old. */
    now(): DateTime {
      if (injected) return injected();
      if (isPostgres() && Date.now() - measuredAt > RESYNC_MS) {
        measuredAt = Date.now();
        void read().catch(() => undefined);
      }
      return DateTime.fromMillis(Date.now() + offsetMs, { zone: 'utc' });
    },

    /** Measures the offset now (the runner does it when it starts). */
    async sync(): Promise<void> {
      await read();
    },

    /** Database clock minus this process's clock, in ms, as last measured (0 on SQLite). */
    offsetMs: () => (injected ? 0 : offsetMs),

    /** Tests: an injected clock that both `read` and `now` return; null: the database's again. */
    set(next: (() => DateTime) | null) {
      injected = next;
    },
  };
};

export type ClockService = ReturnType<typeof createClockService>;
