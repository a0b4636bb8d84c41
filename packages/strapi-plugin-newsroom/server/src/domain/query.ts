import { RuleError } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

type Query = Record<string, unknown>;

function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new RuleError(`Query parameter "${name}" must be given once, as a plain value.`, [name]);
  }
  return value;
}

function positiveInt(query: Query, name: string, fallback: number, max?: number): number {
  const raw = single(query, name);
  if (raw === undefined || raw === '') return fallback;
  // Digits without a leading zero: one spelling per number ("1e3", "01" and "0x10" are refused).
  if (!/^[1-9]\d*$/.test(raw)) {
    throw new RuleError(`Query parameter "${name}" must be a whole number of at least 1, not "${raw}".`, [
      name,
    ]);
  }
  const value = Number(raw);
  if (max !== undefined && value > max) {
    throw new RuleError(`Query parameter "${name}" may be at most ${max}, not ${value}.`, [name]);
  }
  return value;
}

export function pagination(query: Query): { page: number; pageSize: number } {
  return {
    page: positiveInt(query, 'page', 1, 100000),
    pageSize: positiveInt(query, 'pageSize', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
}

/** `?locale=` checked against the configured locales; absent means the default. */
export function locale(query: Query, known: string[], fallback: string): string {
  const raw = single(query, 'locale');
  if (raw === undefined || raw === '') return fallback;
  if (!known.includes(raw)) {
    throw new RuleError(
      `Query parameter "locale" must be one of ${known.join(', ')}, not "${raw.slice(0, 40)}".`,
      ['locale'],
    );
  }
  return raw;
}

export function pageMeta(page: number, pageSize: number, total: number) {
  return { page, pageSize, pageCount: Math.ceil(total / pageSize), total };
}

/** The only query parameters a read answer depends on; the read API ignores every other one. */
export const READ_PARAMETERS = ['locale', 'page', 'pageSize'] as const;

/**
 * The key an anonymous read is remembered by: its path and the parameters
 * the answer depends on, in a fixed order, so `?utm=…` junk is not a new key.
 * Read from the raw query string (the fast path runs before Strapi parses
 * it). Null when one of them is given twice or in bracket form (`page[$gt]`):
 * such a request is answered, with a 400, by the full stack, never from memory.
 */
export function readKey(path: string, querystring: string): string | null {
  const params = new URLSearchParams(querystring);
  const parts: string[] = [];
  for (const name of READ_PARAMETERS) {
    const values = params.getAll(name);
    if (values.length > 1) return null;
    if (values.length === 1) parts.push(`${name}=${encodeURIComponent(values[0])}`);
  }
  for (const key of params.keys()) {
    if (READ_PARAMETERS.some((name) => key.startsWith(`${name}[`))) return null;
  }
  return parts.length ? `${path}?${parts.join('&')}` : path;
}
