export * from './users.js';
export * from './profiles.js';
export * from './settings.js';
export * from './auth.js';
export * from './foods.js';
export * from './diary.js';
export * from './exercises.js';
export * from './workouts.js';
