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
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
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
