export * from './protocol/index.js';
export * from './safety/index.js';
export * from './guard/index.js';
