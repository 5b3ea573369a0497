export * from './errors.js';
export * from './ids.js';
export * from './pagination.js';
export * from './scalars.js';
export * from './validation.js';
export * from './site-template.js';
export * from './schema-files.js';
