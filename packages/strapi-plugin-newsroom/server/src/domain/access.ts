/**
 * What the Content Manager's permission checker decided, put into words. The
 * decisions themselves are Strapi's (services/access.ts asks its checker);
 * these helpers only compare what went in with what came out and say it.
 */

export type AccessVerb = 'read' | 'create' | 'update' | 'publish' | 'unpublish';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The paths present in `input` that Strapi's input sanitizer dropped (the
 * fields a role may not write), as dotted attribute paths without list
 * indexes: `pages.body`, not `pages.0.body`. Values the sanitizer kept are
 * compared no further than their keys: a field is either kept or dropped.
 */
export function droppedPaths(input: unknown, kept: unknown, prefix = ''): string[] {
  const dropped = new Set<string>();
  const walk = (given: unknown, left: unknown, path: string) => {
    if (Array.isArray(given)) {
      const remaining = Array.isArray(left) ? left : [];
      given.forEach((item, index) => walk(item, remaining[index], path));
      return;
    }
    if (!isObject(given)) return;
    const remaining = isObject(left) ? left : {};
    for (const [key, value] of Object.entries(given)) {
      const at = path ? `${path}.${key}` : key;
      if (!(key in remaining)) dropped.add(at);
      else if (isObject(value) || Array.isArray(value)) walk(value, remaining[key], at);
    }
  };
  walk(input, kept, prefix);
  return [...dropped];
}

/** The fields of `data` that survived Strapi's output sanitizer, i.e. the ones the role may read. */
export function pickPresent<T extends string>(fields: readonly T[], sanitized: Record<string, unknown>): T[] {
  return fields.filter((field) => field in sanitized);
}

export interface RefusalContext {
  verb: AccessVerb;
  /** "article", "timeline", … (the type's display name, lower case). */
  what: string;
  locale?: string | null;
  /** The field refused, for a field-level refusal. */
  field?: string;
  /** What the refused request was for, e.g. "so it may not schedule that". */
  consequence?: string;
  /** Whose role, when it is not the person asking (the runner checking who scheduled an action). */
  who?: string;
}

/** The sentence of a 403: who may not do what, where, and (optionally) what follows. */
export function refusal({ verb, what, locale, field, consequence, who }: RefusalContext): string {
  const where = locale ? ` in locale "${locale}"` : '';
  const action = field ? `${verb === 'read' ? 'read' : 'change'} the field "${field}" of` : verb;
  const plural = field ? `this ${what}` : `${what}s`;
  const tail = consequence ? `, ${consequence}` : '';
  const role = who ? `The role of ${who}` : 'Your role';
  return `${role} may not ${action} ${plural}${where} in the Content Manager${tail}.`;
}
