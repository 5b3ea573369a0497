import { AvrCase, AVRR_DATABASE, avrrMigrations } from '@mpa/avrr';
import { siteEntities, siteMigrations } from '@mpa/mrc';
import { databaseUrl, ensureDatabase, initORM, type SiteConfig } from '@mpa/platform';
import pg from 'pg';
import { generateAvrCases, generateMigrants, type DemoAvrCase, type DemoMigrant, type GenerateOptions } from './generate.js';

export interface SeedOptions extends GenerateOptions {
  /** A PostgreSQL server URL; each subgraph's database on it is created and migrated if needed. */
  serverUrl: string;
  sites: readonly SiteConfig[];
  /** Name of the AVRR database (defaults to mpa_avrr). */
  avrrDatabase?: string;
  /** Seed only when every database is still empty (first run). */
  onlyIfEmpty?: boolean;
  log?: (line: string) => void;
}

export interface SeedResult {
  seeded: boolean;
  migrants: Record<string, number>;
  avrCases: number;
}

const BATCH = 5000;

/** Writes deterministic demo data into every site's database and the AVRR database. */
export async function seedHub(options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  const urls: Record<string, string> = {
    avrr: databaseUrl(options.serverUrl, options.avrrDatabase ?? AVRR_DATABASE),
    ...Object.fromEntries(options.sites.map((s) => [s.code, databaseUrl(options.serverUrl, s.database)])),
  };
  await migrateAll(options.serverUrl, urls);

  if (options.onlyIfEmpty && !(await allEmpty(options.sites, urls))) {
    return { seeded: false, migrants: {}, avrCases: 0 };
  }
  const result: SeedResult = { seeded: true, migrants: {}, avrCases: 0 };
  const cases: DemoAvrCase[] = [];
  for (const site of options.sites) {
    const migrants = generateMigrants(site, options);
    await withClient(urls[site.code]!, (client) => insertMigrants(client, migrants));
    result.migrants[site.code] = migrants.length;
    cases.push(...generateAvrCases(site, migrants, options, cases.length + 1));
    log(`${site.name}: ${migrants.length} migrants`);
  }
  await withClient(urls.avrr!, (client) => insertAvrCases(client, cases));
  result.avrCases = cases.length;
  log(`AVRR: ${cases.length} cases`);
  return result;
}

/** The same committed migrations the subgraphs apply at start-up. */
async function migrateAll(serverUrl: string, urls: Record<string, string>): Promise<void> {
  for (const [name, url] of Object.entries(urls)) {
    await ensureDatabase(serverUrl, new URL(url).pathname.slice(1));
    const db =
      name === 'avrr'
        ? await initORM({ clientUrl: url, entities: [AvrCase], migrations: avrrMigrations })
        : await initORM({ clientUrl: url, entities: siteEntities, migrations: siteMigrations });
    await db.close();
  }
}

async function allEmpty(sites: readonly SiteConfig[], urls: Record<string, string>): Promise<boolean> {
  const results = await Promise.all([
    ...sites.map((s) => withClient(urls[s.code]!, (c) => c.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM migrant) AS any'))),
    withClient(urls.avrr!, (c) => c.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM avr_case) AS any')),
  ]);
  return results.every((r) => !r.rows[0]?.any);
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Inserts in batches of column arrays (`unnest`), one transaction per database. */
async function insertMigrants(client: pg.Client, migrants: readonly DemoMigrant[]): Promise<void> {
  await client.query('BEGIN');
  for (let i = 0; i < migrants.length; i += BATCH) {
    const b = migrants.slice(i, i + BATCH);
    await client.query(
      `INSERT INTO migrant (id, registration_number, given_name, family_name, sex, date_of_birth, date_of_birth_estimated,
                            nationality, region_of_origin, has_documents, intended_destination, arrival_date, registered_at, case_status)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::bool[],
                            $8::text[], $9::text[], $10::bool[], $11::text[], $12::date[], $13::timestamptz[], $14::text[])`,
      [
        b.map((m) => m.id), b.map((m) => m.registrationNumber), b.map((m) => m.givenName), b.map((m) => m.familyName),
        b.map((m) => m.sex), b.map((m) => m.dateOfBirth), b.map((m) => m.dateOfBirthEstimated), b.map((m) => m.nationality),
        b.map((m) => m.regionOfOrigin), b.map((m) => m.hasDocuments), b.map((m) => m.intendedDestination),
        b.map((m) => m.arrivalDate), b.map((m) => m.registeredAt), b.map((m) => m.caseStatus),
      ],
    );
  }
  // New registrations continue the numbering after the demo data.
  await client.query(`SELECT setval('migrant_registration_seq', $1)`, [migrants.length + 1]);
  await client.query('COMMIT');
}

async function insertAvrCases(client: pg.Client, cases: readonly DemoAvrCase[]): Promise<void> {
  await client.query('BEGIN');
  for (let i = 0; i < cases.length; i += BATCH) {
    const b = cases.slice(i, i + BATCH);
    await client.query(
      `INSERT INTO avr_case (id, case_number, direction, status, migrant_id, centre_code, destination_country, destination_region, opened_at)
       SELECT id, case_number, 'TO_COUNTRY_OF_ORIGIN', status, migrant_id, centre_code, destination_country, destination_region, opened_at
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
           AS t(id, case_number, status, migrant_id, centre_code, destination_country, destination_region, opened_at)`,
      [
        b.map((c) => c.id), b.map((c) => c.caseNumber), b.map((c) => c.status), b.map((c) => c.migrantId),
        b.map((c) => c.centreCode), b.map((c) => c.destinationCountry), b.map((c) => c.destinationRegion), b.map((c) => c.openedAt),
      ],
    );
  }
  await client.query(`SELECT setval('avr_case_number_seq', $1)`, [cases.length + 1]);
  await client.query('COMMIT');
}
