export * from './users.js';
export * from './profiles.js';
