export { avrrTypeDefs } from './schema.js';
export { AVRR_DATABASE, avrrContext, avrrSchema, runAvrrSubgraph, startAvrrSubgraph, type AvrrOptions, type RunningAvrr } from './run.js';
export { AvrCase, type AvrCaseRecord } from './avr-cases/avr-case.entity.js';
export { migrations as avrrMigrations } from './migrations/index.js';
