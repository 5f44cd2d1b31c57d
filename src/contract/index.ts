export * from './common.js';
export * from './goal.js';
