import type { Core } from '@strapi/strapi';
import { permalinkPrefix, type ViewsConfig } from '../config/views';
import type { Ctx } from '../http/context';
import { buildDocument } from '../openapi/document';
import { version } from '../../../package.json';

/** GET /api/newsroom/openapi.json: the OpenAPI 3.1 document, built once per app (it depends on the config only). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let text: string | null = null;
  return {
    async find(ctx: Ctx) {
      text ??= JSON.stringify(
        buildDocument({
          api: (strapi.config.get('api.rest.prefix') as string | undefined) ?? '/api',
          permalinkPrefix: permalinkPrefix(strapi.config.get('plugin::newsroom.views') as ViewsConfig),
          version,
        }),
      );
      ctx.set('Cache-Control', 'public, max-age=300');
      ctx.type = 'application/json; charset=utf-8';
      ctx.body = text;
    },
  };
};
