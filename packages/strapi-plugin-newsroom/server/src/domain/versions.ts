import { RuleError } from './errors';

/**
 * Optimistic locking for editors: the version of a draft is the instant it
 * was last saved (UTC ISO with milliseconds). A save names the version it
 * started from; a save from an older version is stale and refused.
 */
export function versionOf(updatedAt: Date | string | number): string {
  const date = updatedAt instanceof Date ? updatedAt : new Date(updatedAt);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a saved instant: ${String(updatedAt)}`);
  return date.toISOString();
}

/** Refuses a save that started from another version than the current one (409). */
export function assertCurrentVersion(current: string, expected: string, what: string): void {
  if (versionOf(current) === versionOf(expected)) return;
  throw new RuleError(
    `${what} was saved by someone else at ${versionOf(current)}, after the version you edited (${versionOf(
      expected,
    )}); reload it and apply your changes again.`,
    ['version'],
    'stale',
  );
}

/**
 * The instant to record for a save: now, but strictly after the previous
 * version, so two saves within one millisecond (or a clock behind another
 * instance's) still give two different versions.
 */
export function nextVersion(previous: string, now: Date): Date {
  const after = new Date(previous).getTime() + 1;
  return new Date(Math.max(now.getTime(), after));
}
