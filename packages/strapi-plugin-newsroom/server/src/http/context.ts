import { errors } from '@strapi/utils';
import type { ParameterizedContext } from 'koa';

/** What Strapi's authentication leaves on a request: the admin user and their Content Manager ability. */
export interface RequestState {
  user?: {
    id: number;
    email?: string;
    isActive?: boolean;
    preferedLanguage?: string | null;
    roles?: Array<{ code: string }>;
  };
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

/** The signed-in admin's id on an admin route (Strapi's admin authentication ran before the controller). */
export function adminUserId(ctx: Ctx): number {
  const id = ctx.state.user?.id;
  if (id === undefined) throw new errors.UnauthorizedError('Sign in to the Strapi admin first.');
  return id;
}
