import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { adminOperations } from './admin-paths';
import { register } from './describe';
import { permalinkOperations, publicOperations } from './public-paths';

extendZodWithOpenApi(z);

export interface DocumentOptions {
  /** Strapi's REST prefix (config `api.rest.prefix`, "/api" by default). */
  api: string;
  /** The permalink prefix at the site root (plugin config `views.permalinkPrefix`, "/-" by default). */
  permalinkPrefix: string;
  version: string;
}

/**
 * The OpenAPI 3.1 document of the plugin's routes, generated from the zod
 * schemas in shared/contracts that type the answers and the typed client.
 * Built at run time because its paths depend on the app's configuration.
 */
export function buildDocument(options: DocumentOptions) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'adminJwt', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'An admin panel JWT (POST /admin/login).',
  });
  register(registry, [
    ...publicOperations(options.api),
    ...permalinkOperations(options.permalinkPrefix),
    ...adminOperations(),
  ]);
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Newsroom (strapi-plugin-newsroom)',
      version: options.version,
      description:
        'Series and parts, articles, channels, permalinks, release timelines, print views, feeds and sitemaps (public), and the editors’ admin routes. Errors answer Strapi’s envelope { data: null, error: { status, name, message, details } } with a sentence naming the problem.',
    },
    servers: [{ url: '/' }],
  });
  return allowNullInNullableEnums(document);
}

/**
 * zod-to-openapi 7 writes `z.enum([...]).nullable()` as `type: [string, null]`
 * with an `enum` that lacks null, which refuses the null it means to allow
 * (found by the contract test: meta.time.chosen). Adds the null.
 */
function allowNullInNullableEnums<T>(node: T): T {
  if (Array.isArray(node)) node.forEach(allowNullInNullableEnums);
  else if (node && typeof node === 'object') {
    const schema = node as Record<string, unknown>;
    const types = schema.type;
    if (
      Array.isArray(schema.enum) &&
      Array.isArray(types) &&
      types.includes('null') &&
      !schema.enum.includes(null)
    )
      schema.enum.push(null);
    Object.values(schema).forEach(allowNullInNullableEnums);
  }
  return node;
}
