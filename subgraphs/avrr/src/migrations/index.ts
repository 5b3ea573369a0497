import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128000000_avr_cases } from './Migration20261128000000_avr_cases.js';
import { Migration20261128010000_audit } from './Migration20261128010000_audit.js';

/** Every committed migration of the AVRR database, in order. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128000000_avr_cases', class: Migration20261128000000_avr_cases },
  { name: 'Migration20261128010000_audit', class: Migration20261128010000_audit },
];
