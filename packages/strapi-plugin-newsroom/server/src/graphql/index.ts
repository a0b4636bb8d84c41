import type { Core } from '@strapi/strapi';
import { componentDefinitions } from '../components';
import contentTypes from '../content-types';
import { inheritingResolvers } from './cache';
import { createQueryResolvers } from './resolvers';
import { QUERY_ACTIONS, TYPE_DEFS } from './schema';

interface GraphqlExtension {
  shadowCRUD(uid: string): { disable(): unknown };
  use(configuration: unknown): unknown;
}

/** Every content type and component of the plugin, by uid. */
export const newsroomUids = () => [
  ...Object.keys(contentTypes).map((name) => `plugin::newsroom.${name}`),
  ...Object.keys(componentDefinitions()),
];

/**
 * Adds the newsroom read model to the host app's GraphQL schema when the app
 * has @strapi/plugin-graphql (an optional peer); does nothing without it.
 *
 * Shadow CRUD is turned off for every newsroom type, the five public ones
 * included: its generic queries are opened by the same users-permissions
 * actions as the REST read routes (`plugin::newsroom.series.find` opens both
 * GET /api/newsroom/series and shadow CRUD's `newsroomSeriesList`…), take
 * `status: DRAFT`, filters on any attribute and mutations, and know nothing of
 * parts, announcements or permalinks. The queries added here replace them.
 * Runs in `register`: plugin-graphql builds its schema in its bootstrap.
 */
export function registerGraphql(strapi: Core.Strapi): boolean {
  if (!strapi.plugin('graphql')) return false;
  const extension = strapi.plugin('graphql').service('extension') as GraphqlExtension;
  for (const uid of newsroomUids()) extension.shadowCRUD(uid).disable();
  const resolversConfig: Record<string, unknown> = {};
  for (const [name, action] of Object.entries(QUERY_ACTIONS)) {
    resolversConfig[`Query.${name}`] = { auth: { scope: [`plugin::newsroom.${action}`] } };
  }
  extension.use(() => ({
    typeDefs: TYPE_DEFS,
    resolvers: { ...inheritingResolvers(), Query: createQueryResolvers(strapi) },
    resolversConfig,
  }));
  return true;
}
