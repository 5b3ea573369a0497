import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128000000_migrants } from './Migration20261128000000_migrants.js';
import { Migration20261128010000_audit } from './Migration20261128010000_audit.js';
import { Migration20261128020000_case_management } from './Migration20261128020000_case_management.js';
import { Migration20261128040000_medical } from './Migration20261128040000_medical.js';
import { Migration20261128050000_stock } from './Migration20261128050000_stock.js';
import { Migration20261128060000_protection } from './Migration20261128060000_protection.js';
import { Migration20261128070000_mhpss } from './Migration20261128070000_mhpss.js';
import { Migration20261128080000_awareness } from './Migration20261128080000_awareness.js';
import { Migration20261201100000_retention } from './Migration20261201100000_retention.js';
import { Migration20261201200000_avr_handover_failed } from './Migration20261201200000_avr_handover_failed.js';
import { Migration20261201210000_awareness_planning } from './Migration20261201210000_awareness_planning.js';
import { Migration20261201220000_indicator_indexes } from './Migration20261201220000_indicator_indexes.js';
import { Migration20261202000000_data_version } from './Migration20261202000000_data_version.js';
import { Migration20261202010000_search_indexes } from './Migration20261202010000_search_indexes.js';

/** Every committed migration of a site database, in order. The only way its schema changes. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128000000_migrants', class: Migration20261128000000_migrants },
  { name: 'Migration20261128010000_audit', class: Migration20261128010000_audit },
  { name: 'Migration20261128020000_case_management', class: Migration20261128020000_case_management },
  { name: 'Migration20261128040000_medical', class: Migration20261128040000_medical },
  { name: 'Migration20261128050000_stock', class: Migration20261128050000_stock },
  { name: 'Migration20261128060000_protection', class: Migration20261128060000_protection },
  { name: 'Migration20261128070000_mhpss', class: Migration20261128070000_mhpss },
  { name: 'Migration20261128080000_awareness', class: Migration20261128080000_awareness },
  { name: 'Migration20261201100000_retention', class: Migration20261201100000_retention },
  { name: 'Migration20261201200000_avr_handover_failed', class: Migration20261201200000_avr_handover_failed },
  { name: 'Migration20261201210000_awareness_planning', class: Migration20261201210000_awareness_planning },
  { name: 'Migration20261201220000_indicator_indexes', class: Migration20261201220000_indicator_indexes },
  { name: 'Migration20261202000000_data_version', class: Migration20261202000000_data_version },
  { name: 'Migration20261202010000_search_indexes', class: Migration20261202010000_search_indexes },
];
