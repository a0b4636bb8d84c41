import type { Core } from '@strapi/strapi';
import { stopScheduler } from './services/scheduler';
import type { ChangesService } from './services/changes';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await stopScheduler(strapi);
  await (strapi.plugin('newsroom').service('changes') as ChangesService).stop();
};
