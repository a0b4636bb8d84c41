/** The cache keys an answer carries, so a CDN can purge exactly what changed. */
export function keysOf(
  kind: 'series' | 'article' | 'channel' | 'series-list',
  locale: string,
  data: any,
): string[] {
  const keys = [`locale:${locale}`];
  if (kind === 'series-list') {
    keys.push('series-list');
    for (const series of data ?? []) keys.push(`series:${series.documentId}`);
  }
  if (kind === 'series') keys.push(`series:${data.documentId}`);
  if (kind === 'article') {
    keys.push(`article:${data.documentId}`);
    if (data.series) keys.push(`series:${data.series.documentId}`);
    if (data.channel) keys.push(`channel:${data.channel.slug}`);
    if (data.timeline) keys.push(`timeline:${data.timeline.documentId}`);
  }
  if (kind === 'channel') keys.push(`channel:${data.slug}`);
  return keys;
}
