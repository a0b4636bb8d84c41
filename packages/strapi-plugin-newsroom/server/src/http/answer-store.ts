import { LRUCache } from 'lru-cache';

export interface StoreLimits {
  /** What all answers together may take, estimated from their text (UTF-16: 2 bytes a character). */
  maxBytes: number;
  maxEntries: number;
}

/** Share of the budget for answers asked for once so far. */
const PROBATION_SHARE = 0.25;

/** The bytes an answer's strings take in memory, with room for the entry around them. */
export const sizeOf = (...texts: string[]) => texts.reduce((sum, text) => sum + text.length * 2, 512);

/**
 * In-memory answers, least recently used out first, bounded in bytes and in
 * entries. Two segments and a memory of keys (the "2Q" scheme): a new answer
 * waits in probation; asked for again, while still there or while its key is
 * remembered, it moves to the protected segment. A flood of URLs asked for
 * once each only churns probation and the key memory, and never pushes out
 * the answers readers keep asking for.
 */
export function createAnswerStore<T extends object>(limits: StoreLimits, size: (value: T) => number) {
  const segment = (share: number) =>
    new LRUCache<string, T>({
      maxSize: Math.max(1, Math.floor(limits.maxBytes * share)),
      max: Math.max(1, Math.ceil(limits.maxEntries * share)),
      sizeCalculation: (value) => Math.max(1, size(value)),
    });
  const probation = segment(PROBATION_SHARE);
  const hot = segment(1 - PROBATION_SHARE);
  // Keys only (no answers): which were asked for lately, so a second request finds its key here.
  const seen = new LRUCache<string, true>({
    max: Math.max(1, limits.maxEntries),
    maxSize: Math.max(1024, Math.floor(limits.maxBytes / 16)),
    sizeCalculation: (_value, key) => 64 + key.length * 2,
  });

  return {
    get(key: string): T | undefined {
      const found = hot.get(key);
      if (found !== undefined) return found;
      const waiting = probation.get(key);
      if (waiting !== undefined) {
        probation.delete(key);
        hot.set(key, waiting);
      }
      return waiting;
    },

    /** Stores an answer; one too large for its segment is not kept at all. */
    set(key: string, value: T) {
      if (hot.has(key) || seen.has(key)) {
        seen.delete(key);
        hot.set(key, value);
      } else {
        probation.set(key, value);
        seen.set(key, true);
      }
    },

    delete(key: string) {
      hot.delete(key);
      probation.delete(key);
    },

    clear() {
      hot.clear();
      probation.clear();
      seen.clear();
    },

    /** Tests and diagnostics: what is kept, in entries and estimated bytes. */
    stats: () => ({
      entries: hot.size + probation.size,
      bytes: hot.calculatedSize + probation.calculatedSize,
      hot: hot.size,
    }),

    has: (key: string) => hot.has(key) || probation.has(key),
  };
}

export type AnswerStore<T extends object> = ReturnType<typeof createAnswerStore<T>>;
