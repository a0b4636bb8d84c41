import type { Core } from '@strapi/strapi';
import { closeReaders } from './repositories/sequence-repository';
import { removeAfterCommitGuard } from './services/after-commit';
import { stopScheduler } from './services/scheduler';
import { getService } from './get-service';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await stopScheduler(strapi);
  await getService(strapi, 'outbox').stop();
  await getService(strapi, 'changes').stop();
  closeReaders();
  removeAfterCommitGuard(strapi);
};
