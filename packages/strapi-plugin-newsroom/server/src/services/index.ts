import { createAccessService } from './access';
import board from './board';
import { createChangesService } from './changes';
import { createDemoService } from './demo';
import { createEditViewsService } from './edit-views';
import { createEditingService } from './editing';
import { createHttpCacheService } from './http-cache';
import { createLocalesService } from './locales';
import { createPublishingService } from './publishing';
import { createReadService } from './read';
import { createRenumberService } from './renumber';
import { createRulesService } from './rules';
import scheduler from './scheduler';
import views from './views';

export default {
  access: createAccessService,
  changes: createChangesService,
  demo: createDemoService,
  editViews: createEditViewsService,
  editing: createEditingService,
  httpCache: createHttpCacheService,
  locales: createLocalesService,
  publishing: createPublishingService,
  read: createReadService,
  renumber: createRenumberService,
  rules: createRulesService,
  ...views,
  ...scheduler,
  ...board,
};
