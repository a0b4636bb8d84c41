export { type Timeline, type DatedMilestone, datedMilestones, toInstant } from './timeline';
export { type Phase, type TimelineState, timelineState } from './state';
export { type CycleStats, cycleStats } from './cycle';
export { type Projection, type ProjectionBasis, projectRelease } from './projection';
export { type CalendarDay, calendarDay } from './calendar';
