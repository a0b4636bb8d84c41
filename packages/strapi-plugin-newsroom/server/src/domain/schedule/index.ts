/** Pure rules of scheduled publishing: wall-clock times, due windows, release plans, the runner's arithmetic. */
export * from './instant';
export * from './zone';
export * from './wall-clock';
export * from './schedulable';
export * from './release-plan';
export * from './part-order';
export * from './status';
export * from './runner';
export * from './failures';
export * from './lateness';
export * from './prepare';
export * from './plan-bundles';
