/**
 * invalid: 400 naming the field; not-found: 404; stale: 409 (a save from a
 * version someone else has replaced); conflict: 409 (the state forbids it);
 * forbidden: 403 (the person's role may not do it in the Content Manager).
 * services/http-errors.ts holds the table.
 */
export type RuleErrorKind = 'invalid' | 'conflict' | 'not-found' | 'stale' | 'forbidden';

/**
 * A broken newsroom rule. `path` names the field (e.g. ["pages", "2", "title"])
 * so the HTTP layer can answer 400 with a sentence that points at it.
 */
export class RuleError extends Error {
  readonly path: string[];
  readonly kind: RuleErrorKind;

  constructor(message: string, path: string[] = [], kind: RuleErrorKind = 'invalid') {
    super(message);
    this.name = 'RuleError';
    this.path = path;
    this.kind = kind;
  }
}
