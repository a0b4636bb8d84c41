const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * The normalised URL when it is absolute (or relative to `baseUrl`) and uses
 * an allowed scheme, else null. Parsing with WHATWG URL, as browsers do, is
 * what defeats "JaVaScRiPt:", leading blanks and "java\tscript:": the parser
 * folds case and strips them before we compare the scheme.
 */
function safeUrl(raw: unknown, allowed: ReadonlySet<string>, baseUrl?: string): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  let url: URL;
  try {
    url = baseUrl ? new URL(raw, baseUrl) : new URL(raw);
  } catch {
    return null;
  }
  return allowed.has(url.protocol) ? url.href : null;
}

/** Inline links may point to the web or to an e-mail address. */
export function safeLinkUrl(raw: unknown, baseUrl?: string): string | null {
  return safeUrl(raw, LINK_PROTOCOLS, baseUrl);
}

/** Images, permalinks and canonical URLs: the web only, no data:, blob: or file:. */
export function safeWebUrl(raw: unknown, baseUrl?: string): string | null {
  return safeUrl(raw, WEB_PROTOCOLS, baseUrl);
}
