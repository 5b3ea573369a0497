import { ALL_INDICATORS, AVR_MAIN_PATH, AVRR_DATABASE, AVRR_ENTITIES, avrrMigrations, PLACEHOLDER_SCORING, scoreSurvey } from '@mpa/avrr';
import { siteEntities, siteMigrations } from '@mpa/mrc';
import { databaseUrl, ensureDatabase, initORM, type SiteConfig } from '@mpa/platform';
import pg from 'pg';
import { generateAvrCases, generateMigrants, type DemoAvrCase, type DemoMigrant, type GenerateOptions } from './generate.js';
import { Random } from './random.js';

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
  await withClient(urls.avrr!, async (client) => {
    await insertAvrCases(client, cases);
    await insertAvrLifecycle(client, options.anchor ?? new Date(), options.seed ?? 2009);
  });
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
        ? await initORM({ clientUrl: url, entities: AVRR_ENTITIES, migrations: avrrMigrations })
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

/** The placeholder scoring version the AVRR migrations install (surveys are scored with it). */
const PLACEHOLDER_SCORING_ID = '00000000-0000-4000-8000-000000000001';

/**
 * What the seeded statuses imply, written as the API would have: each case's lifecycle history
 * (steps spread between opening and the anchor), travel documents from FIT_TO_TRAVEL on, movements
 * grouping departed returnees by destination and month (and a planned one for booked cases),
 * reintegration plans and sustainability surveys for returnees in reintegration or closed.
 */
async function insertAvrLifecycle(client: pg.Client, anchor: Date, seed: number): Promise<void> {
  await client.query('BEGIN');
  await client.query(
    `WITH paths AS (
       SELECT id, opened_at, CASE
         WHEN status = ANY($1::text[]) THEN ($1::text[])[1:array_position($1::text[], status)]
         ELSE ARRAY['REQUESTED', 'COUNSELLED', status] END AS path
       FROM avr_case),
     steps AS (
       SELECT p.id, p.opened_at, s.k, s.to_status, p.path[s.k - 1] AS from_status, cardinality(p.path) AS n
       FROM paths p, unnest(p.path) WITH ORDINALITY AS s(to_status, k))
     INSERT INTO avr_case_transition (id, case_id, from_status, to_status, note, actor, actor_name, at)
     SELECT gen_random_uuid(), id, from_status, to_status, NULL, 'demo-data', 'Demo data',
            opened_at + (k - 1) * least(interval '6 days', greatest($2::timestamptz - opened_at, interval '0') / n)
     FROM steps`,
    [[...AVR_MAIN_PATH], anchor],
  );
  await client.query(
    `UPDATE avr_case c SET nationality_verified_on = t.at::date, travel_document_type = 'EMERGENCY_TRAVEL_DOCUMENT',
            travel_document_number = 'ETD-' || substr(c.case_number, 5), travel_document_issued_on = t.at::date
     FROM avr_case_transition t WHERE t.case_id = c.id AND t.to_status = 'FIT_TO_TRAVEL'`,
  );
  // Departed returnees travel together by destination and month; booked ones wait for a planned movement.
  await client.query(
    `WITH departed AS (
       SELECT c.id, c.destination_country, d.at AS departed_at, a.at AS arrived_at
       FROM avr_case c JOIN avr_case_transition d ON d.case_id = c.id AND d.to_status = 'DEPARTED'
       LEFT JOIN avr_case_transition a ON a.case_id = c.id AND a.to_status = 'ARRIVED'),
     groups AS (
       SELECT destination_country, date_trunc('month', departed_at) AS month, min(departed_at) AS departed_at,
              max(arrived_at) AS arrived_at, bool_and(arrived_at IS NOT NULL) AS all_arrived
       FROM departed GROUP BY 1, 2),
     movements AS (
       INSERT INTO avr_movement (id, reference, mode, status, departure_date, route, destination_country, escorts, departed_at, arrived_at, created_at)
       SELECT md5(destination_country || month::text)::uuid,
              'MOV-' || to_char(month, 'YYYY') || '-' || lpad((row_number() OVER (ORDER BY month, destination_country))::text, 4, '0'),
              CASE WHEN destination_country = 'ETH' THEN 'AIR' ELSE 'CHARTER' END,
              CASE WHEN all_arrived THEN 'ARRIVED' ELSE 'DEPARTED' END, departed_at::date,
              'Somalia – ' || destination_country, destination_country, '["IOM operations escort"]',
              departed_at, CASE WHEN all_arrived THEN arrived_at END, departed_at - interval '7 days'
       FROM groups RETURNING id)
     UPDATE avr_case c SET movement_id = md5(d.destination_country || date_trunc('month', d.departed_at)::text)::uuid
     FROM departed d WHERE d.id = c.id`,
  );
  await client.query(
    `WITH planned AS (
       INSERT INTO avr_movement (id, reference, mode, status, departure_date, route, destination_country, escorts, created_at)
       SELECT md5('planned' || destination_country)::uuid,
              'MOV-' || to_char($1::date, 'YYYY') || '-P' || lpad((row_number() OVER (ORDER BY destination_country))::text, 3, '0'),
              'AIR', 'PLANNED', $1::date + 7, 'Somalia – ' || destination_country, destination_country, '[]', $1::timestamptz
       FROM avr_case WHERE status = 'TRAVEL_BOOKED' GROUP BY destination_country RETURNING id, destination_country)
     UPDATE avr_case c SET movement_id = p.id FROM planned p WHERE c.status = 'TRAVEL_BOOKED' AND c.destination_country = p.destination_country`,
    [anchor.toISOString().slice(0, 10)],
  );
  await client.query(`SELECT setval('avr_movement_number_seq', (SELECT count(*) + 1 FROM avr_movement))`);

  // Plans and surveys for returnees in reintegration or closed.
  const { rows } = await client.query<{ id: string; status: string; arrived_at: Date }>(
    `SELECT c.id, c.status, t.at AS arrived_at FROM avr_case c JOIN avr_case_transition t ON t.case_id = c.id AND t.to_status = 'ARRIVED'
     WHERE c.status IN ('REINTEGRATION', 'CLOSED') ORDER BY c.case_number`,
  );
  const random = new Random(seed ^ 0x5eed);
  const plans: unknown[][] = [[], [], []];
  const activities: unknown[][] = [[], [], [], [], [], [], [], [], [], []];
  const surveys: unknown[][] = [[], [], [], [], [], [], [], [], [], [], []];
  const day = 86_400_000;
  for (const row of rows) {
    const planId = random.uuid();
    plans[0]!.push(planId); plans[1]!.push(row.id); plans[2]!.push(new Date(row.arrived_at.getTime() + day));
    const closed = row.status === 'CLOSED';
    const status = () => (closed ? 'DELIVERED' : random.weighted([['PLANNED', 3], ['IN_PROGRESS', 3], ['DELIVERED', 4]] as const));
    for (const [dimension, type, modality, amount] of [
      ['ECONOMIC', random.chance(0.6) ? 'BUSINESS_START_UP' : 'VOCATIONAL_TRAINING', 'BOTH', 600], ['SOCIAL', 'HOUSING', 'IN_KIND', null], ['PSYCHOSOCIAL', 'COUNSELLING', 'IN_KIND', null],
    ] as const) {
      const s = status();
      const values = [random.uuid(), planId, dimension, type, modality, amount, amount ? 'USD' : null, 'Implementing partner', s,
        s === 'DELIVERED' ? new Date(Math.min(row.arrived_at.getTime() + 60 * day, anchor.getTime())).toISOString().slice(0, 10) : null];
      values.forEach((v, i) => activities[i]!.push(v));
    }
    // Baseline a month after return, a follow-up six months after return for closed cases; later returnees do better.
    for (const [round, after] of closed ? [[0, 30], [1, 180]] : [[0, 30]]) {
      const on = new Date(row.arrived_at.getTime() + after! * day);
      if (on.getTime() > anchor.getTime()) continue;
      const answers = Object.fromEntries(ALL_INDICATORS.map((i) => [i, Math.min(5, random.int(1, 4) + round!)]));
      const scores = scoreSurvey(answers, PLACEHOLDER_SCORING);
      const values = [random.uuid(), row.id, round, on.toISOString().slice(0, 10), JSON.stringify(answers),
        scores.economic, scores.social, scores.psychosocial, scores.composite, scores.level, on];
      values.forEach((v, i) => surveys[i]!.push(v));
    }
  }
  await client.query(
    `INSERT INTO reintegration_plan (id, case_id, scope, created_at) SELECT id, case_id, 'INDIVIDUAL', created_at
     FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) AS t(id, case_id, created_at)`, plans,
  );
  await client.query(
    `INSERT INTO reintegration_activity (id, plan_id, dimension, type, modality, amount, currency, partner, status, delivered_on)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::numeric[], $7::text[], $8::text[], $9::text[], $10::date[])`, activities,
  );
  await client.query(
    `INSERT INTO sustainability_survey (id, case_id, round, conducted_on, answers, economic_score, social_score, psychosocial_score,
                                        composite_score, level, recorded_at, scoring_version_id, recorded_by)
     SELECT *, '${PLACEHOLDER_SCORING_ID}'::uuid, 'demo-data'
     FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::date[], $5::jsonb[], $6::numeric[], $7::numeric[], $8::numeric[], $9::numeric[], $10::text[], $11::timestamptz[])`,
    surveys,
  );
  await client.query('COMMIT');
}

