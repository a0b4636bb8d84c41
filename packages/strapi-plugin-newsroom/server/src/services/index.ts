import board from './board';
import { createChangesService } from './changes';
import { createDemoService } from './demo';
import { createEditViewsService } from './edit-views';
import { createEditingService } from './editing';
import { createHttpCacheService } from './http-cache';
import { createLocalesService } from './locales';
import { createOutboxService } from './outbox';
import { createPublishingService } from './publishing';
import { createReadService } from './read';
import { createRenumberService } from './renumber';
import { createRulesService } from './rules';
import scheduler from './scheduler';
import views from './views';
import { createWebSubService } from './websub';

export default {
  changes: createChangesService,
  demo: createDemoService,
  editViews: createEditViewsService,
  editing: createEditingService,
  httpCache: createHttpCacheService,
  locales: createLocalesService,
  outbox: createOutboxService,
  publishing: createPublishingService,
  read: createReadService,
  renumber: createRenumberService,
  rules: createRulesService,
  websub: createWebSubService,
  ...views,
  ...scheduler,
  ...board,
};
