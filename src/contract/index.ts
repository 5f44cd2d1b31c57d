export * from './common.js';
export * from './goal.js';
export * from './settings.js';
export * from './auth.js';
