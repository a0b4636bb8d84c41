/**
 * Which browser origins may call this app with credentials (CORS). Strapi's
 * default reflects any Origin with Allow-Credentials, so a page on any site
 * could read an admin's answers; this allow-list replaces it. The plugin
 * cannot set CORS for an app: every app sets it in config/middlewares.ts.
 */

/** The demo's default front end (where canonical URLs point). */
const DEFAULT_FRONTEND = 'https://www.example.com';

/** An http(s) origin, "https://news.example" (a trailing slash is dropped); a sentence naming the variable otherwise. */
export function asOrigin(raw: string, name: string): string {
  const value = raw.trim();
  if (value === '*' || value === 'null') {
    throw new Error(
      `${name} may not contain ${JSON.stringify(value)}: with credentials that would let any site act for a signed-in admin; list the origins instead.`,
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${name} must list http(s) origins such as "https://news.example", not ${JSON.stringify(value)}.`,
    );
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.origin !== value.replace(/\/$/, '').toLowerCase()
  ) {
    throw new Error(
      `${name} must list http(s) origins such as "https://news.example", not ${JSON.stringify(value)}.`,
    );
  }
  return url.origin;
}

/** The front end's origin: NEWSROOM_FRONTEND_ORIGIN, or the demo's. Also the plugin's `views.frontend.origin`. */
export function frontendOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return asOrigin(env.NEWSROOM_FRONTEND_ORIGIN || DEFAULT_FRONTEND, 'NEWSROOM_FRONTEND_ORIGIN');
}

/**
 * The allow-list: the admin panel's own origin (PUBLIC_URL, else this
 * server on localhost), the front end, and any origins in CORS_ORIGINS
 * (comma-separated). Never "*".
 */
export function corsOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const port = env.PORT || '1337';
  const admin = env.PUBLIC_URL
    ? [asOrigin(new URL(env.PUBLIC_URL).origin, 'PUBLIC_URL')]
    : [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
  const extra = (env.CORS_ORIGINS ?? '')
    .split(',')
    .filter((item) => item.trim() !== '')
    .map((item) => asOrigin(item, 'CORS_ORIGINS'));
  return [...new Set([...admin, frontendOrigin(env), ...extra])];
}
