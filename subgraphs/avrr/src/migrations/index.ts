import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128000000_avr_cases } from './Migration20261128000000_avr_cases.js';
import { Migration20261128010000_audit } from './Migration20261128010000_audit.js';
import { Migration20261128020000_avr_lifecycle } from './Migration20261128020000_avr_lifecycle.js';
import { Migration20261128030000_movements } from './Migration20261128030000_movements.js';
import { Migration20261128040000_support_reintegration } from './Migration20261128040000_support_reintegration.js';
import { Migration20261128050000_sustainability } from './Migration20261128050000_sustainability.js';
import { Migration20261201100000_retention } from './Migration20261201100000_retention.js';
import { Migration20261202000000_data_version } from './Migration20261202000000_data_version.js';

/** Every committed migration of the AVRR database, in order. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128000000_avr_cases', class: Migration20261128000000_avr_cases },
  { name: 'Migration20261128010000_audit', class: Migration20261128010000_audit },
  { name: 'Migration20261128020000_avr_lifecycle', class: Migration20261128020000_avr_lifecycle },
  { name: 'Migration20261128030000_movements', class: Migration20261128030000_movements },
  { name: 'Migration20261128040000_support_reintegration', class: Migration20261128040000_support_reintegration },
  { name: 'Migration20261128050000_sustainability', class: Migration20261128050000_sustainability },
  { name: 'Migration20261201100000_retention', class: Migration20261201100000_retention },
  { name: 'Migration20261202000000_data_version', class: Migration20261202000000_data_version },
];
