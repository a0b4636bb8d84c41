import type { Core } from '@strapi/strapi';
import type { createAnswers } from './http/answers';
import type services from './services';

type Services = typeof services & { answers: typeof createAnswers };
export type ServiceName = keyof Services;
export type ServiceOf<K extends ServiceName> = ReturnType<Services[K]>;

/**
 * A newsroom service by name, typed from the services map (as Strapi's own
 * plugins do), so callers need no casts and readers can follow the calls.
 */
export function getService<K extends ServiceName>(strapi: Core.Strapi, name: K): ServiceOf<K> {
  return strapi.plugin('newsroom').service(name) as ServiceOf<K>;
}
