/**
 * Whether a document's draft holds edits its published version does not:
 * the attributes whose values differ, compared as content (component row ids
 * and bookkeeping such as updatedAt left out), so a save that changed nothing
 * readers see is not counted.
 */
export function changedAttributes(
  draft: Record<string, unknown>,
  published: Record<string, unknown>,
  attributes: string[],
): string[] {
  return attributes.filter((name) => canonical(draft[name]) !== canonical(published[name]));
}

/** A stable text of a value: object keys sorted, ids dropped, dates as ISO, absent and null alike. */
function canonical(value: unknown): string {
  return JSON.stringify(normal(value));
}

function normal(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normal);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => key !== 'id')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, normal(inner)]),
    );
  }
  return value;
}
