import admin from './admin';
import contentApi from './content-api';
import permalinks from './permalinks';

type Route = { config?: { middlewares?: unknown[] } & Record<string, unknown> } & Record<string, unknown>;

/** Every newsroom route answers a broken rule with its status and sentence (http/errors.ts). */
const withRuleErrors = <T extends { routes: Route[] }>(router: T): T => ({
  ...router,
  routes: router.routes.map((route) => ({
    ...route,
    config: {
      ...route.config,
      middlewares: ['plugin::newsroom.ruleErrors', ...(route.config?.middlewares ?? [])],
    },
  })),
});

export default {
  'content-api': withRuleErrors(contentApi),
  admin: withRuleErrors(admin),
  permalinks: (context: Parameters<typeof permalinks>[0]) => withRuleErrors(permalinks(context)),
};
