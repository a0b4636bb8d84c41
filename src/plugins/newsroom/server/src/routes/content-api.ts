export default {
  type: 'content-api' as const,
  routes: [{ method: 'GET', path: '/series', handler: 'series.find', config: { policies: [] } }],
};

/** Granted to the public role at first start so a front end can read without a token. */
export const PUBLIC_ACTIONS = ['plugin::newsroom.series.find'];
