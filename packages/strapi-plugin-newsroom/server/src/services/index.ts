import { createAccessService } from './access';
import board from './board';
import { createCalendarService } from './calendar';
import { createCalendarFeedsService } from './calendar-feeds';
import { createChangesService } from './changes';
import { createDemoService } from './demo';
import { createEditViewsService } from './edit-views';
import { createEditingService } from './editing';
import { createLinksService } from './links';
import { createLocalesService } from './locales';
import { createPreviewsService } from './previews';
import { createOutboxService } from './outbox';
import { createPublishingService } from './publishing';
import { createPurgeService } from './purge';
import { createReadService } from './read';
import { createRenumberService } from './renumber';
import { createRulesService } from './rules';
import scheduler from './scheduler';
import { createShareLinksService } from './share-links';
import views from './views';
import { createWebSubService } from './websub';

export default {
  access: createAccessService,
  calendar: createCalendarService,
  calendarFeeds: createCalendarFeedsService,
  changes: createChangesService,
  demo: createDemoService,
  editViews: createEditViewsService,
  editing: createEditingService,
  links: createLinksService,
  locales: createLocalesService,
  previews: createPreviewsService,
  outbox: createOutboxService,
  publishing: createPublishingService,
  purge: createPurgeService,
  read: createReadService,
  renumber: createRenumberService,
  rules: createRulesService,
  shareLinks: createShareLinksService,
  websub: createWebSubService,
  ...views,
  ...scheduler,
  ...board,
};
