import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';

const whole = (min: number, max?: number) => {
  const base = z.number({ invalid_type_error: `a whole number of at least ${min}` }).int(`a whole number`);
  const least = base.min(min, `a whole number of at least ${min}`);
  return max === undefined ? least : least.max(max, `a whole number from ${min} to ${max}`);
};
const httpUrl = z
  .string({ invalid_type_error: 'an http(s) URL or null' })
  .regex(/^https?:\/\//, 'an http(s) URL or null');
const text = z.string({ invalid_type_error: 'a string' });
const patterns = z.record(text);

/**
 * The shape of the plugin's options (`config/plugins.ts` → `newsroom.config`),
 * after Strapi has filled in the defaults: every key known, every value of its
 * type. What a value means (a zone that exists, a pattern that stays on the
 * front-end origin) is checked by the validators next to each part.
 */
export const configSchema = z
  .object({
    timezone: text,
    demo: z.boolean({ invalid_type_error: 'true or false' }),
    permalinkStart: whole(1),
    cache: z
      .object({
        maxAge: whole(0),
        sMaxAge: whole(0),
        staleWhileRevalidate: whole(0),
        notFoundMaxAge: whole(0),
        entries: whole(1),
        maxBytes: whole(1024),
      })
      .strict(),
    purge: z
      .object({
        target: z.enum(['webhook', 'varnish', 'fastly', 'cloudflare'], {
          errorMap: () => ({ message: 'one of "webhook", "varnish", "fastly", "cloudflare"' }),
        }),
        url: httpUrl.nullable(),
        headers: z.record(text).optional(),
        timeoutMs: whole(1).optional(),
        fastly: z
          .object({ serviceId: text.min(1), apiToken: text.min(1) })
          .strict()
          .optional(),
        cloudflare: z
          .object({ zoneId: text.min(1), apiToken: text.min(1) })
          .strict()
          .optional(),
      })
      .strict()
      .superRefine((purge, context) => {
        const need = (ok: unknown, message: string) => {
          if (!ok) context.addIssue({ code: z.ZodIssueCode.custom, message, path: [] });
        };
        if (purge.target === 'varnish')
          need(purge.url, 'given a url (the Varnish address) for the target "varnish"');
        if (purge.target === 'fastly')
          need(purge.fastly, 'given fastly: { serviceId, apiToken } for the target "fastly"');
        if (purge.target === 'cloudflare')
          need(purge.cloudflare, 'given cloudflare: { zoneId, apiToken } for the target "cloudflare"');
      }),
    views: z
      .object({
        frontend: z
          .object({
            origin: text,
            patterns: z.object({ article: patterns, series: patterns }).strict(),
            home: patterns,
          })
          .strict(),
        permalinkPrefix: text,
        permalinkOrigin: text.nullable(),
        apiUrl: text.nullable(),
        feedItems: whole(1, 100),
        siteName: z.union([text, patterns], {
          errorMap: () => ({ message: 'a string or strings per locale' }),
        }),
      })
      .strict(),
    websub: z.object({ hub: httpUrl.nullable(), timeoutMs: whole(1) }).strict(),
    outbox: z
      .object({
        enabled: z.boolean({ invalid_type_error: 'true or false' }),
        pollMs: whole(50),
        leaseMs: whole(100),
        maxAttempts: whole(1),
        retryBaseMs: whole(1),
        retryMaxMs: whole(1),
        batch: whole(1, 1000),
      })
      .strict(),
    scheduler: z
      .object({
        enabled: z.boolean({ invalid_type_error: 'true or false' }),
        pollMs: whole(50),
        leaseMs: whole(100),
        maxAttempts: whole(1),
        retryBaseMs: whole(1),
        retryMaxMs: whole(1),
        concurrency: whole(1).nullable(),
        batchSize: whole(1, 500),
        prepareMs: whole(0, 300_000),
        instanceId: text.min(1, 'a non-empty string or null').nullable(),
        failureWebhook: httpUrl.nullable(),
        lateAfterMs: whole(1000, 86_400_000),
      })
      .strict(),
  })
  .strict();

/** One sentence per problem: the option's full name, what it expects and, for a misspelt key, the likely one. */
export function describeConfigErrors(error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(knownKeysAt(issue.path));
      return issue.keys
        .map((key) => {
          const name = where ? `${where}.${key}` : key;
          const guess = known.length ? closest(key, known) : null;
          const hint =
            guess && distance(key, guess) <= Math.max(2, Math.floor(key.length / 3))
              ? ` Did you mean "${where ? `${where}.` : ''}${guess}"?`
              : ` Known options here: ${known.join(', ')}.`;
          return `"${name}" is not an option of the newsroom plugin.${hint}`;
        })
        .join(' ');
    }
    const value = issue.path.reduce<any>((node, key) => (node == null ? node : node[key]), input);
    return `"${where}" must be ${issue.message}, not ${JSON.stringify(value)}.`;
  });
}

function knownKeysAt(path: (string | number)[]): Record<string, unknown> {
  let schema: z.ZodTypeAny = configSchema;
  for (const key of path) {
    let inner = schema;
    while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) inner = inner.unwrap();
    if (!(inner instanceof z.ZodObject)) return {};
    schema = inner.shape[key as string];
    if (!schema) return {};
  }
  while (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) schema = schema.unwrap();
  return schema instanceof z.ZodObject ? schema.shape : {};
}
