import { errors } from '@strapi/utils';
import { RuleError } from '../../domain/errors';
import { toStrapiError } from '../http-errors';

/**
 * Strapi's error middleware answers 400 for every ApplicationError it does not
 * know, so a 409 needs an HttpError (http-errors' class, re-exported by
 * @strapi/utils): the middleware then answers with its status and Strapi's
 * usual body { data: null, error: { status, name, message, details } }.
 * HttpError cannot be constructed directly, hence the prototype.
 */
export function conflictError(message: string, details: Record<string, unknown> = {}): Error {
  const error = Object.assign(new Error(message), { status: 409, statusCode: 409, expose: true, details });
  error.name = 'ConflictError';
  return Object.setPrototypeOf(error, errors.HttpError.prototype);
}

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
