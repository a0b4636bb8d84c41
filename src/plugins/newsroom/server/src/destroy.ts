import type { Core } from '@strapi/strapi';
import { stopScheduler } from './services/scheduler';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await stopScheduler(strapi);
};
