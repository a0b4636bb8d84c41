import board from './board';
import { createChangesService } from './changes';
import { createDemoService } from './demo';
import { createEditViewsService } from './edit-views';
import { createEditingService } from './editing';
import { createHttpCacheService } from './http-cache';
import { createPublishingService } from './publishing';
import { createReadService } from './read';
import { createRenumberService } from './renumber';
import { createRulesService } from './rules';
import scheduler from './scheduler';
import { createSetupService } from './setup';
import views from './views';

export default {
  changes: createChangesService,
  demo: createDemoService,
  editViews: createEditViewsService,
  editing: createEditingService,
  httpCache: createHttpCacheService,
  publishing: createPublishingService,
  read: createReadService,
  renumber: createRenumberService,
  rules: createRulesService,
  setup: createSetupService,
  ...views,
  ...scheduler,
  ...board,
};
