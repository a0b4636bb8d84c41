'use strict';
// The Strapi under benchmark: the app in production mode, plus plain routes
// that read the same data the standard Strapi way (Document Service findFirst
// with populate, no newsroom code, no cache) for comparison.
const { boot, listen } = require('./boot');

const seriesPopulate = {
  channel: { fields: ['name', 'slug'] },
  plannedPartList: true,
  parts: {
    fields: ['title', 'slug', 'teaser', 'partNumber', 'publishedAt', 'permalinkId'],
    sort: 'partNumber:asc',
  },
};

(async () => {
  const strapi = await boot();
  const docs = (uid) => strapi.documents(uid);
  const standard = (uid, populate) => async (ctx) => {
    const data = await docs(uid).findFirst({
      filters: { slug: ctx.params.slug },
      locale: ctx.query.locale || 'en',
      status: 'published',
      populate,
    });
    if (!data) return ctx.notFound();
    ctx.body = { data, meta: {} };
  };
  strapi.server.routes([
    {
      method: 'GET',
      path: '/bench/standard/series/:slug',
      handler: standard('plugin::newsroom.series', seriesPopulate),
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/bench/standard/articles/:slug',
      handler: standard('plugin::newsroom.article', {
        pages: true,
        corrections: true,
        authors: { fields: ['name', 'slug'] },
        channel: { fields: ['name', 'slug'] },
        timeline: { populate: { milestones: true } },
        series: { fields: ['title', 'slug', 'plannedParts'], populate: seriesPopulate },
      }),
      config: { auth: false },
    },
  ]);
  process.stdout.write(`LISTENING ${await listen(strapi)}\n`);
  process.on('SIGTERM', async () => {
    await strapi.destroy();
    process.exit(0);
  });
})().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
