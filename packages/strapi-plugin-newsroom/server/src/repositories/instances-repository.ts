import type { Core } from '@strapi/strapi';

const TABLE = 'newsroom_instances';

/** How long an instance that stopped reporting still counts as running. */
export const ALIVE_MS = 10_000;

/**
 * The instances on one PostgreSQL database and the content generation each
 * has seen (services/changes.ts). Plain knex, times from the database's clock.
 */
export const createInstancesRepository = (strapi: Core.Strapi) => {
  const table = () => strapi.db.getConnection(TABLE);
  const now = () => strapi.db.connection.raw('now()');

  return {
    /** This instance is alive, has seen `generation`, and learns of changes by notification (or not). */
    async report(instanceId: string, generation: number, listening: boolean) {
      await table()
        .insert({
          document_id: instanceId.slice(0, 255),
          instance_id: instanceId,
          generation,
          listening,
          seen_at: now(),
          created_at: now(),
          updated_at: now(),
        })
        .onConflict('instance_id')
        .merge({
          generation: strapi.db.connection.raw(`greatest(${TABLE}.generation, excluded.generation)`),
          listening,
          seen_at: now(),
          updated_at: now(),
        });
    },

    /** The running instances other than `self` that rely on notifications and have not yet seen `generation`. */
    async behind(generation: number, self: string): Promise<string[]> {
      const rows = await table()
        .select('instance_id')
        .whereNot('instance_id', self)
        .where('listening', true)
        .where('generation', '<', generation)
        .where('seen_at', '>', strapi.db.connection.raw(`now() - interval '${ALIVE_MS} milliseconds'`));
      return rows.map((row: any) => String(row.instance_id));
    },

    async remove(instanceId: string) {
      await table().where('instance_id', instanceId).delete();
    },
  };
};
