import { createChangesService } from './changes';
import { createDemoService } from './demo';
import { createHttpCacheService } from './http-cache';
import { createPublishingService } from './publishing';
import { createReadService } from './read';
import { createRulesService } from './rules';
import { createSetupService } from './setup';

export default {
  changes: createChangesService,
  demo: createDemoService,
  httpCache: createHttpCacheService,
  publishing: createPublishingService,
  read: createReadService,
  rules: createRulesService,
  setup: createSetupService,
};
