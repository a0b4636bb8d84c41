import { errors } from '@strapi/utils';
import { RuleError } from '../domain/errors';

/**
 * The one table from a broken newsroom rule to the Strapi error the HTTP
 * layer answers with: not-found 404; stale (a save from a replaced version)
 * and conflict (the state forbids it: an action that already ran, parts out
 * of order) 409; forbidden 403; invalid 400.
 */
export function toStrapiError(error: unknown): unknown {
  if (!(error instanceof RuleError)) return error;
  const name = error.kind === 'stale' || error.kind === 'conflict' ? 'ConflictError' : 'ValidationError';
  const details = { errors: [{ path: error.path, message: error.message, name }] };
  if (error.kind === 'not-found') return new errors.NotFoundError(error.message, details);
  if (error.kind === 'stale' || error.kind === 'conflict') return conflictError(error.message, details);
  // A PolicyError: Strapi's authorize step replaces any other 403's message with "Forbidden".
  if (error.kind === 'forbidden') return new errors.PolicyError(error.message, details);
  return new errors.ValidationError(error.message, details);
}

export async function withHttpErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStrapiError(error);
  }
}

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

/**
 * Route middleware on every newsroom route (routes/index.ts): a rule a
 * service or controller found broken answers with its status and sentence,
 * so controllers throw RuleErrors and never map them themselves.
 */
export const ruleErrors = () => async (_ctx: unknown, next: () => Promise<unknown>) => {
  try {
    await next();
  } catch (error) {
    throw toStrapiError(error);
  }
};
