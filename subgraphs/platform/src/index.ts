export * from './db/index.js';
export * from './graphql/index.js';
export * from './http/index.js';
export * from './sites.js';
export * from './reference/countries.js';
export * from './auth/index.js';
export * from './audit/index.js';
export * from './observability/index.js';
