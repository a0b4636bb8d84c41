import { errors } from '@strapi/utils';
import { RuleError } from '../domain/errors';

/** Turns a broken newsroom rule into the Strapi error the HTTP layer maps to 4xx. */
export function toStrapiError(error: unknown): unknown {
  if (!(error instanceof RuleError)) return error;
  const details = { errors: [{ path: error.path, message: error.message, name: 'ValidationError' }] };
  if (error.kind === 'not-found') return new errors.NotFoundError(error.message, details);
  return new errors.ValidationError(error.message, details);
}

export async function withHttpErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStrapiError(error);
  }
}
