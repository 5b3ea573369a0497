export * from './databases.js';
export * from './embedded.js';
export * from './orm.js';
export * from './server.js';
export * from './unavailable.js';
export * from './query.js';
