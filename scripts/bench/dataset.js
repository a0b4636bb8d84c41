'use strict';
// Generates the benchmark newsroom through the Document Service, so every
// save rule runs as for an editor: series of 3-50 parts, stand-alone
// articles, two locales, several pages per article.
const cliProgress = require('cli-progress');

const SERIES = 'plugin::newsroom.series';
const ARTICLE = 'plugin::newsroom.article';
const CHANNEL = 'plugin::newsroom.channel';
const AUTHOR = 'plugin::newsroom.author';

// A small deterministic generator: the same dataset on every run.
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const words =
  'kernel release driver network filesystem memory scheduler security patch update graphics storage virtualisation architecture merge window stable'.split(
    ' ',
  );
const sentence = (rnd, n) =>
  Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' ');
const page = (rnd, i) => ({
  title: `Page ${i + 1}: ${sentence(rnd, 3)}`,
  body: Array.from({ length: 4 }, () => ({
    type: 'paragraph',
    children: [
      { type: 'text', text: `${sentence(rnd, 40)} ` },
      { type: 'link', url: 'https://www.kernel.org/', children: [{ type: 'text', text: 'source' }] },
    ],
  })),
});

async function generate(strapi, { series: seriesCount, articles: articleTotal }) {
  const docs = (uid) => strapi.documents(uid);
  const rnd = random(42);
  const bar = new cliProgress.SingleBar(
    { format: 'dataset [{bar}] {value}/{total} articles | {eta}s left' },
    cliProgress.Presets.shades_classic,
  );
  const channels = [];
  for (const name of ['Open', 'Security', 'Developer', 'Mobile']) {
    const c = await docs(CHANNEL).create({ data: { name: `The H ${name}` } });
    await docs(CHANNEL).publish({ documentId: c.documentId });
    channels.push(c.documentId);
  }
  const author = await docs(AUTHOR).create({ data: { name: 'Bench Author' } });
  await docs(AUTHOR).publish({ documentId: author.documentId });

  bar.start(articleTotal, 0);
  let made = 0;
  const article = async (data, translate) => {
    const created = await docs(ARTICLE).create({ locale: 'en', data });
    await docs(ARTICLE).publish({ documentId: created.documentId, locale: 'en' });
    if (translate) {
      await docs(ARTICLE).update({
        documentId: created.documentId,
        locale: 'de',
        data: { ...data, title: `DE ${data.title}`, slug: undefined },
      });
      await docs(ARTICLE).publish({ documentId: created.documentId, locale: 'de' });
    }
    made += 1;
    bar.update(made);
  };

  for (let s = 0; s < seriesCount && made < articleTotal; s += 1) {
    const channel = channels[s % channels.length];
    const parts = 3 + Math.floor(rnd() * 48);
    const created = await docs(SERIES).create({
      locale: 'en',
      data: {
        title: `Bench series ${s + 1}`,
        kicker: 'Kernel Log',
        plannedParts: parts + 1,
        channel,
        plannedPartList: [{ number: parts + 1, workingTitle: 'Coming next' }],
      },
    });
    await docs(SERIES).publish({ documentId: created.documentId, locale: 'en' });
    await docs(SERIES).update({
      documentId: created.documentId,
      locale: 'de',
      data: { title: `Bench-Serie ${s + 1}`, kicker: 'Kernel-Log', channel },
    });
    await docs(SERIES).publish({ documentId: created.documentId, locale: 'de' });
    for (let n = 1; n <= parts && made < articleTotal; n += 1) {
      await article(
        {
          title: `Bench series ${s + 1} part ${n}`,
          teaser: sentence(rnd, 20),
          series: created.documentId,
          channel,
          authors: [author.documentId],
          pages: [0, 1, 2].map((i) => page(rnd, i)),
        },
        n % 3 === 0,
      );
    }
  }
  while (made < articleTotal) {
    await article(
      {
        title: `Bench article ${made + 1}`,
        teaser: sentence(rnd, 20),
        channel: channels[made % channels.length],
        authors: [author.documentId],
        pages: [page(rnd, 0)],
      },
      made % 2 === 0,
    );
  }
  bar.stop();
}

module.exports = { generate };
