export * from './common.js';
export * from './goal.js';
export * from './settings.js';
export * from './auth.js';
export * from './exercises.js';
export * from './workouts.js';
export * from './routines.js';
