import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128000000_migrants } from './Migration20261128000000_migrants.js';
import { Migration20261128010000_audit } from './Migration20261128010000_audit.js';

/** Every committed migration of a site database, in order. The only way its schema changes. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128000000_migrants', class: Migration20261128000000_migrants },
  { name: 'Migration20261128010000_audit', class: Migration20261128010000_audit },
];
