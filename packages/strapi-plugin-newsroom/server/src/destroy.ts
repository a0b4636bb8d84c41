import type { Core } from '@strapi/strapi';
import { closeReaders } from './repositories/sequence-repository';
import { removeAfterCommitGuard } from './services/after-commit';
import { stopScheduler } from './services/scheduler';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await stopScheduler(strapi);
  closeReaders();
  removeAfterCommitGuard(strapi);
};
