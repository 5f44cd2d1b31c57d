export * from './resting.js';
export * from './activity.js';
export * from './eer.js';
export * from './macros.js';
export * from './goal.js';
