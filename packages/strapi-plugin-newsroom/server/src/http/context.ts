import type { ParameterizedContext } from 'koa';

/** What Strapi's authentication leaves on a request: the admin user and their Content Manager ability. */
export interface RequestState {
  user?: { id: number; email?: string; isActive?: boolean; roles?: Array<{ code: string }> };
  userAbility?: unknown;
  auth?: { strategy?: { name?: string }; credentials?: unknown };
  /** The answer cache's note that this request is to produce an answer (http/answers.ts). */
  newsroomAnswer?: { key: string; generation: number };
  [key: string]: unknown;
}

/** A Koa context as Strapi hands it to the plugin's controllers and middlewares. */
export type Ctx = ParameterizedContext<RequestState> & {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
};
