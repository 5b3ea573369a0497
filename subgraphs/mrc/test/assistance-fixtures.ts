import { randomUUID } from 'node:crypto';
import type { SiteHarness } from './harness.js';

let serial = 0;

/**
 * A migrant of the centre, written straight into the site database: the service-area tests need case
 * files to work on, not the registration flow (tested on its own in registration.test.ts).
 */
export async function addMigrant(
  site: SiteHarness,
  fields: { givenName?: string; sex?: 'FEMALE' | 'MALE'; dateOfBirth?: string; medicalConsent?: boolean } = {},
): Promise<string> {
  const id = randomUUID();
  serial += 1;
  await site.sql(
    `INSERT INTO migrant (id, registration_number, given_name, family_name, sex, date_of_birth, nationality, has_documents, arrival_date)
     VALUES (?, ?, ?, 'Fixture', ?, ?, 'ETH', false, current_date)`,
    [id, `FIX-${process.pid}-${serial}-${id.slice(0, 8)}`, fields.givenName ?? 'Abdi', fields.sex ?? 'MALE', fields.dateOfBirth ?? '2000-01-01'],
  );
  if (fields.medicalConsent ?? true) {
    await site.sql(
      `INSERT INTO consent (id, migrant_id, purpose, given_by, given_on, recorded_by) VALUES (?, ?, 'MEDICAL', 'MIGRANT', current_date, 'fixture')`,
      [randomUUID(), id],
    );
  }
  return `bossaso:${id}`;
}

export async function rowCount(site: SiteHarness, table: string): Promise<number> {
  const [row] = await site.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(row!.n);
}
