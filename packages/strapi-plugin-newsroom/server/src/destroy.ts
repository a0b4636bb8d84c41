import type { Core } from '@strapi/strapi';
import { closeReaders } from './repositories/sequence-repository';
import { removeAfterCommitGuard } from './services/after-commit';
import type { OutboxService } from './services/outbox';
import { stopScheduler } from './services/scheduler';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await stopScheduler(strapi);
  await (strapi.plugin('newsroom').service('outbox') as OutboxService).stop();
  closeReaders();
  removeAfterCommitGuard(strapi);
};
