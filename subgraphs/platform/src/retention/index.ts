export * from './anonymisation.js';
export * from './audit-redaction.js';
