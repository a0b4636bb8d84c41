import scheduledAction from './scheduled-action';

/** Content types of scheduled publishing: one hidden table of actions, shared by every instance. */
export default { 'scheduled-action': scheduledAction } as Record<string, any>;
