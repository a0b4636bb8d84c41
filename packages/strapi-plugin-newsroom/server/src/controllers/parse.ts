import { errors } from '@strapi/utils';
import { z } from 'zod';

/** Validates a request body with zod; a mismatch is a 400 naming the field. */
export function parseBody<T extends z.ZodTypeAny>(schema: T, body: unknown): z.infer<T> {
  return parse(schema, body, 'body');
}

/** Validates a query string's parameters with zod; a mismatch is a 400 naming the parameter. */
export function parseQuery<T extends z.ZodTypeAny>(schema: T, query: unknown): z.infer<T> {
  return parse(schema, query, 'query');
}

function parse<T extends z.ZodTypeAny>(schema: T, value: unknown, where: 'body' | 'query'): z.infer<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.length ? issue.path.join('.') : where;
  const message =
    where === 'query' && issue.code === 'unrecognized_keys' && issue.path.length === 0
      ? `unknown parameter ${issue.keys.map((key) => `"${key}"`).join(', ')}`
      : issue.message;
  throw new errors.ValidationError(`${field}: ${message}`, {
    errors: result.error.issues.map((i) => ({
      path: i.path.map(String),
      message: i.message,
      name: 'ValidationError',
    })),
  });
}

/** Validates one path or query parameter; a mismatch is a 400 naming the parameter. */
export function parseParam<T extends z.ZodTypeAny>(schema: T, value: unknown, name: string): z.infer<T> {
  return parseBody(z.object({ [name]: schema }), { [name]: value })[name];
}

/**
 * A whole number as a query string gives it: digits only, no leading zeros,
 * so "1e3", "0x10", " 7" and "1.0" are refused instead of read as numbers.
 */
export const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^(0|[1-9]\d*)$/, 'must be a whole number written in digits')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
