import { DateTime } from 'luxon';
import { type Instant, toInstant } from './instant';

export interface LatenessStats {
  count: number;
  /** All null when there are no samples: an empty run has no median. */
  p50: number | null;
  p99: number | null;
  max: number | null;
  mean: number | null;
}

/** How late an action ran, in ms; negative means it ran early (which is a bug worth seeing). */
export function latenessMs(dueAt: Instant, ranAt: Instant | DateTime): number {
  return toInstant(ranAt, ['ranAt']).toMillis() - toInstant(dueAt, ['dueAt']).toMillis();
}

/**
 * Summary of lateness samples with nearest-rank percentiles: the p-th
 * percentile is the smallest sample with at least p% of samples at or below
 * it, so every reported figure is a lateness that really happened.
 */
export function latenessStats(samplesMs: number[]): LatenessStats {
  samplesMs.forEach((sample, index) => {
    if (!Number.isFinite(sample)) throw new RangeError(`Sample ${index} is not a finite number (${sample}).`);
  });
  const count = samplesMs.length;
  if (count === 0) return { count, p50: null, p99: null, max: null, mean: null };
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(1, Math.ceil((p / 100) * count)) - 1];
  const sum = sorted.reduce((total, sample) => total + sample, 0);
  return { count, p50: rank(50), p99: rank(99), max: sorted[count - 1], mean: sum / count };
}
