/**
 * What a Document Service relation input does to a to-one relation.
 * Strapi accepts a documentId, a numeric id, `{ documentId }`, `{ id }`,
 * arrays of those, `{ set: [...] }` and `{ connect: [...], disconnect: [...] }`.
 */
export type RelationRef = { documentId: string } | { id: number };
export type ToOneChange = { kind: 'unchanged' } | { kind: 'set'; ref: RelationRef | null };

function toRef(item: unknown): RelationRef | null {
  if (typeof item === 'string' && item !== '')
    return /^\d+$/.test(item) ? { id: Number(item) } : { documentId: item };
  if (typeof item === 'number') return { id: item };
  if (item && typeof item === 'object') {
    const obj = item as Record<string, unknown>;
    if (typeof obj.documentId === 'string') return { documentId: obj.documentId };
    if (typeof obj.id === 'number' || typeof obj.id === 'string') return toRef(obj.id);
  }
  return null;
}

export function toOneChange(input: unknown): ToOneChange {
  if (input === undefined) return { kind: 'unchanged' };
  if (input === null) return { kind: 'set', ref: null };
  if (Array.isArray(input)) return { kind: 'set', ref: input.length ? toRef(input[input.length - 1]) : null };
  if (typeof input === 'object') {
    const obj = input as Record<string, unknown>;
    if (Array.isArray(obj.set)) return toOneChange(obj.set);
    const connect = Array.isArray(obj.connect) ? obj.connect : obj.connect ? [obj.connect] : [];
    const disconnect = Array.isArray(obj.disconnect)
      ? obj.disconnect
      : obj.disconnect
        ? [obj.disconnect]
        : [];
    if (connect.length > 0) return { kind: 'set', ref: toRef(connect[connect.length - 1]) };
    if (disconnect.length > 0) return { kind: 'set', ref: null };
    if ('documentId' in obj || 'id' in obj) return { kind: 'set', ref: toRef(obj) };
    return { kind: 'unchanged' };
  }
  return { kind: 'set', ref: toRef(input) };
}
