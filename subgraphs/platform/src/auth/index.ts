export * from './roles.js';
export * from './verify.js';
export * from './viewer.js';
export * from './dev-issuer.js';
export * from './origin.js';
