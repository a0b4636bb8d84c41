import { errors } from '@strapi/utils';
import createHttpError from 'http-errors';
import { RuleError } from '../domain/errors';

/**
 * Turns a broken newsroom rule into the Strapi error the HTTP layer maps to
 * 4xx: 404 for a missing thing, 409 for a stale version, 400 otherwise.
 * http-errors is the copy @strapi/utils re-exports, so Strapi's error
 * middleware answers it with its own status and body.
 */
export function toStrapiError(error: unknown): unknown {
  if (!(error instanceof RuleError)) return error;
  const details = { errors: [{ path: error.path, message: error.message, name: 'ValidationError' }] };
  if (error.kind === 'not-found') return new errors.NotFoundError(error.message, details);
  if (error.kind === 'stale') return createHttpError(409, error.message, { details, name: 'ConflictError' });
  return new errors.ValidationError(error.message, details);
}

export async function withHttpErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStrapiError(error);
  }
}
