export { avrrTypeDefs } from './schema.js';
export { AVRR_DATABASE, AVRR_ENTITIES, avrrContext, avrrSchema, runAvrrSubgraph, startAvrrSubgraph, type AvrrOptions, type RunningAvrr } from './run.js';
export { AvrCase, type AvrCaseRecord } from './avr-cases/avr-case.entity.js';
export { migrations as avrrMigrations } from './migrations/index.js';
export { PLACEHOLDER_SCORING, scoreSurvey, ALL_INDICATORS } from './sustainability/indicators.js';
export { AVR_MAIN_PATH, AVR_TRANSITIONS } from './lifecycle/avr-lifecycle.js';
export { anonymiseClosedAvrCases, AVR_RETENTION_PLAN } from './retention/avr-retention.js';
