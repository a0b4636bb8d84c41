import type { Core } from '@strapi/strapi';
import type { ChangesService } from './services/changes';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await (strapi.plugin('newsroom').service('changes') as ChangesService).stop();
};
