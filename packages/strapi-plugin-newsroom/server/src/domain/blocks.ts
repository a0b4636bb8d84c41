import { RuleError } from './errors';
import { safeWebUrl } from './print/safe-url';

// Any web origin: only the scheme matters here, and relative paths (Strapi's own /uploads/…) resolve to it.
const BASE = 'http://relative.invalid/';

/**
 * Refuses an image in a page's Blocks body whose URL is not a web address
 * (http, https, or a path such as Strapi's /uploads/…): a `javascript:` or
 * `data:` image would go out in the JSON API for front ends to render.
 * Strapi's own blocks validator refuses such links, but not images.
 */
export function assertImageUrls(pages: unknown, field = 'pages'): void {
  if (!Array.isArray(pages)) return;
  pages.forEach((page, pageIndex) => {
    const body = (page as { body?: unknown })?.body;
    if (!Array.isArray(body)) return;
    body.forEach((block, blockIndex) => {
      const node = block as { type?: unknown; image?: { url?: unknown } };
      if (node?.type !== 'image') return;
      const url = node.image?.url;
      if (typeof url === 'string' && safeWebUrl(url, BASE)) return;
      throw new RuleError(
        `The image in block ${blockIndex + 1} of page ${pageIndex + 1} has the URL ${JSON.stringify(String(url).slice(0, 80))}; use an http(s) address or a path such as /uploads/photo.jpg.`,
        [field, String(pageIndex), 'body', String(blockIndex), 'image', 'url'],
      );
    });
  });
}
