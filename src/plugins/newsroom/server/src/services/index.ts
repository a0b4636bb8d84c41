import { createDemoService } from './demo';
import { createReadService } from './read';
import { createRulesService } from './rules';
import { createSetupService } from './setup';

export default {
  demo: createDemoService,
  read: createReadService,
  rules: createRulesService,
  setup: createSetupService,
};
