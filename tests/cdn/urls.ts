/** Every public URL of the newsroom, found by reading the origin the way a crawler would. */

const LOCALES = ['en', 'de'];
const FORMATS = ['atom', 'rss', 'json'];

async function json(origin: string, path: string): Promise<any> {
  const res = await fetch(`${origin}${path}`);
  return res.ok ? res.json() : null;
}

export async function publicUrls(origin: string): Promise<string[]> {
  const urls = new Set<string>(['/api/newsroom/sitemap.xml', '/api/newsroom/timelines']);
  const channels = new Set<string>();
  for (const locale of LOCALES) {
    const q = `?locale=${locale}`;
    urls.add(`/api/newsroom/series${q}`);
    for (const format of FORMATS) urls.add(`/api/newsroom/feeds/site.${format}${q}`);
    const list = await json(origin, `/api/newsroom/series${q}`);
    for (const series of list?.data ?? []) {
      urls.add(`/api/newsroom/series/${series.slug}${q}`);
      urls.add(`/api/newsroom/series/${series.slug}/print${q}`);
      for (const format of FORMATS) urls.add(`/api/newsroom/feeds/series/${series.slug}.${format}${q}`);
      if (series.channel?.slug) channels.add(series.channel.slug);
      const detail = await json(origin, `/api/newsroom/series/${series.slug}${q}`);
      for (const part of detail?.data?.parts ?? []) {
        if (part.status !== 'published') continue;
        urls.add(`/api/newsroom/articles/${part.slug}${q}`);
        urls.add(`/api/newsroom/articles/${part.permalinkId}${q}`);
        urls.add(`/api/newsroom/articles/${part.slug}/print${q}`);
        urls.add(`/api/newsroom/permalinks/${part.permalinkId}${q}`);
        urls.add(`/-${part.permalinkId}${q}`);
        const article = await json(origin, `/api/newsroom/articles/${part.slug}${q}`);
        if (article?.data?.channel?.slug) channels.add(article.data.channel.slug);
      }
    }
    for (const channel of channels) {
      urls.add(`/api/newsroom/channels/${channel}/articles${q}`);
      for (const format of FORMATS) urls.add(`/api/newsroom/feeds/channels/${channel}.${format}${q}`);
    }
  }
  const timelines = await json(origin, '/api/newsroom/timelines');
  for (const timeline of timelines?.data ?? []) urls.add(`/api/newsroom/timelines/${timeline.slug}`);
  return [...urls].sort();
}

export interface Answer {
  status: number;
  body: string;
  location: string | null;
}

/** What a reader gets: status, body, redirect target (headers a cache adds are left out). */
export async function fetchAnswer(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const res = await fetch(`${base}${path}`, { headers, redirect: 'manual' });
  return { status: res.status, body: await res.text(), location: res.headers.get('location') };
}
