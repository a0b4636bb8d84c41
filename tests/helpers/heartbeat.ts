/** Not content: each instance on PostgreSQL reports itself there every second (services/changes.ts). */
export const HEARTBEATS = 'newsroom_instances';

/**
 * A query of that once-a-second heartbeat (its row in newsroom_instances, or its read of the content
 * generation), not of the request a test counts. A generation read per request would be hidden too,
 * which the tests that use this do not assert on (tests/read/generation-push.test.ts does).
 */
export const isHeartbeatQuery = (sql: string) =>
  sql.includes(HEARTBEATS) || /^select .*"newsroom_sequences"/i.test(sql);
