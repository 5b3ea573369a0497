export * from './audit.js';
export * from './audit-query.js';
