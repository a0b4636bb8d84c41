import { RuleError } from '../../domain/errors';
import { conflictError, toStrapiError } from '../http-errors';

/** Like services/http-errors.ts, plus "conflict" rules (an action that already ran, parts out of order) as 409. */
export function toScheduleHttpError(error: unknown): unknown {
  if (error instanceof RuleError && error.kind === 'conflict') {
    return conflictError(error.message, {
      errors: [{ path: error.path, message: error.message, name: 'ConflictError' }],
    });
  }
  return toStrapiError(error);
}

export async function withScheduleErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toScheduleHttpError(error);
  }
}
