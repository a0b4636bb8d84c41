/**
 * A broken newsroom rule. `path` names the field (e.g. ["pages", "2", "title"])
 * so the HTTP layer can answer 400 with a sentence that points at it.
 */
export class RuleError extends Error {
  readonly path: string[];
  readonly kind: 'invalid' | 'conflict' | 'not-found';

  constructor(message: string, path: string[] = [], kind: 'invalid' | 'conflict' | 'not-found' = 'invalid') {
    super(message);
    this.name = 'RuleError';
    this.path = path;
    this.kind = kind;
  }
}
