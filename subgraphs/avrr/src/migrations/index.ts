import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128000000_avr_cases } from './Migration20261128000000_avr_cases.js';

/** Every committed migration of the AVRR database, in order. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128000000_avr_cases', class: Migration20261128000000_avr_cases },
];
