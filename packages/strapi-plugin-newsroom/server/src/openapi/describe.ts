import type { OpenAPIRegistry, ResponseConfig, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { errorResponse } from '../../../shared/contracts/read';

/** What each error status means on the newsroom's routes; the body is always Strapi's error envelope. */
const ERROR_MEANING: Record<number, string> = {
  400: 'The request is malformed; the message names the parameter or field.',
  401: 'No valid credentials (an admin JWT for admin routes).',
  403: 'The role may not do this; the message says what is missing.',
  404: 'Nothing published (or readable) under this reference.',
  409: 'The state forbids it, or the save is from a replaced version.',
};

export const json = (schema: z.ZodTypeAny, description: string): ResponseConfig => ({
  description,
  content: { 'application/json': { schema } },
});

export const text = (types: string[], description: string): ResponseConfig => ({
  description,
  content: Object.fromEntries(types.map((type) => [type, { schema: z.string() }])),
});

/** The error answers a route gives, as JSON envelopes (`html`: as an HTML page for people). */
export function failures(statuses: number[], html = false): Record<string, ResponseConfig> {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      html
        ? text(['text/html'], `${ERROR_MEANING[status]} An HTML page.`)
        : json(errorResponse, ERROR_MEANING[status]),
    ]),
  );
}

/** `/feeds/site.:format` as Koa writes it becomes `/feeds/site.{format}`. */
export const openApiPath = (koaPath: string) => koaPath.replace(/:([A-Za-z]+)/g, '{$1}');

export interface Operation extends Omit<RouteConfig, 'method' | 'path'> {
  method: 'get' | 'post' | 'put' | 'delete';
  /** The route's path as it is registered (Koa syntax, with its prefix). */
  path: string;
}

export function register(registry: OpenAPIRegistry, operations: Operation[]) {
  for (const operation of operations)
    registry.registerPath({ ...operation, path: openApiPath(operation.path) });
}
