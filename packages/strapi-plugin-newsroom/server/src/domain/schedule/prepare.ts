/**
 * Publishing ahead, committing on the instant: how long before a due instant
 * the runner starts publishing the actions due then (inside a transaction
 * that commits when the instant comes), and how it learns what one publish
 * costs here.
 */

/**
 * What one publish is taken to cost before the runner has measured any:
 * about three times what it measures on a 2-core machine (early is safe;
 * the whole prepareMs would hold the database that long for one action).
 */
export const UNMEASURED_COST_MS = 100;

/** Added to the estimate: the claim, the fence, the done marks and the commit. */
export const PREPARE_MARGIN_MS = 250;

/** How much of the estimate one measurement moves (an exponentially weighted mean). */
const WEIGHT = 0.3;

export interface LeadInput {
  /** Actions due at the instant. */
  count: number;
  /**
   * What one publish costs this instance as measured: the time a
   * transaction's publishes took divided by their number (ms); null: not
   * measured yet.
   */
  costMs: number | null;
  /** The most the runner may start ahead (scheduler.prepareMs); 0: never ahead. */
  maxMs: number;
}

/**
 * How long before the instant to start: the publishes with a quarter to
 * spare, plus the margin; never more than `maxMs`. A longer lead costs nothing visible (the transaction waits for the
 * instant before it commits) but holds the rows (PostgreSQL) or the
 * database (SQLite) that much longer; a shorter one makes the instant late.
 */
export function prepareLeadMs({ count, costMs, maxMs }: LeadInput): number {
  if (!(maxMs > 0) || !(count > 0)) return 0;
  const cost = costMs ?? UNMEASURED_COST_MS;
  return Math.min(maxMs, Math.ceil(count * cost * 1.25) + PREPARE_MARGIN_MS);
}

/** The cost estimate after the runner published `count` actions in `elapsedMs` (the first one is taken as is). */
export function nextCostMs(previousMs: number | null, elapsedMs: number, count: number): number | null {
  if (!(count > 0) || !(elapsedMs >= 0)) return previousMs;
  const measured = elapsedMs / count;
  return previousMs === null ? measured : previousMs * (1 - WEIGHT) + measured * WEIGHT;
}
