import bundle from './bundle';
import scheduledAction from './scheduled-action';

/** Content types of scheduled publishing: hidden tables of actions and embargo bundles, shared by every instance. */
export default { 'scheduled-action': scheduledAction, bundle } as Record<string, any>;
