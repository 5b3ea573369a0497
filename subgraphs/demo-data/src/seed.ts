import { ALL_INDICATORS, AVR_MAIN_PATH, AVRR_DATABASE, AVRR_ENTITIES, avrrMigrations, PLACEHOLDER_SCORING, scoreSurvey } from '@mpa/avrr';
import { siteEntities, siteMigrations } from '@mpa/mrc';
import { databaseUrl, ensureDatabase, initORM, type SiteConfig } from '@mpa/platform';
import pg from 'pg';
import { generateAvrCases, generateMigrants, type DemoAvrCase, type GenerateOptions } from './generate.js';
import { ProgressBar } from './progress.js';
import { Random } from './random.js';
import { generateSiteOperations, type AvrHandover } from './site-operations.js';
import { insertRows, TableRows } from './table-rows.js';

export interface SeedOptions extends GenerateOptions {
  /** A PostgreSQL server URL; each subgraph's database on it is created and migrated if needed. */
  serverUrl: string;
  sites: readonly SiteConfig[];
  /** Name of the AVRR database (defaults to mpa_avrr). */
  avrrDatabase?: string;
  /** Seed only when every database is still empty (first run). */
  onlyIfEmpty?: boolean;
  log?: (line: string) => void;
  /** Draw a progress bar on stderr (for long seeds from the command line). */
  progress?: boolean;
}

export interface SeedResult {
  seeded: boolean;
  migrants: Record<string, number>;
  avrCases: number;
  /** Rows written in all databases, and per table (summed over the sites). */
  rows: number;
  rowsByTable: Record<string, number>;
  seconds: number;
}

/**
 * Writes deterministic demo data into every site's database and the AVRR database: years of
 * registrations with the services each centre delivered, and the AVR cases handed over to AVRR.
 * Demo data writes no audit events: they record what a person did through the API, and nobody did
 * this (the history starts empty, as for records migrated from an earlier system).
 */
export async function seedHub(options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const urls: Record<string, string> = {
    avrr: databaseUrl(options.serverUrl, options.avrrDatabase ?? AVRR_DATABASE),
    ...Object.fromEntries(options.sites.map((s) => [s.code, databaseUrl(options.serverUrl, s.database)])),
  };
  await migrateAll(options.serverUrl, urls);

  if (options.onlyIfEmpty && !(await allEmpty(options.sites, urls))) {
    return { seeded: false, migrants: {}, avrCases: 0, rows: 0, rowsByTable: {}, seconds: 0 };
  }
  const result: SeedResult = { seeded: true, migrants: {}, avrCases: 0, rows: 0, rowsByTable: {}, seconds: 0 };
  const cases: DemoAvrCase[] = [];
  const handovers = new Map<string, AvrHandover>();
  for (const site of options.sites) {
    const migrants = generateMigrants(site, options);
    const siteCases = generateAvrCases(site, migrants, options, cases.length + 1);
    const operations = generateSiteOperations(site, migrants, siteCases, options);
    const rows = operations.tables.reduce((sum, t) => sum + t.length, 0);
    const bar = options.progress ? new ProgressBar(site.code, rows) : null;
    await withClient(urls[site.code]!, async (client) => {
      await client.query('BEGIN');
      // One transaction per database: a crash leaves it empty, and onlyIfEmpty seeds it again.
      await client.query('SET LOCAL synchronous_commit = off');
      for (const table of operations.tables) await insertRows(client, table, (n) => bar?.add(n));
      // New registrations continue the numbering after the demo data.
      await client.query(`SELECT setval('migrant_registration_seq', $1)`, [migrants.length + 1]);
      await client.query('COMMIT');
      await client.query('ANALYZE');
    });
    result.migrants[site.code] = migrants.length;
    result.rows += rows;
    for (const table of operations.tables) result.rowsByTable[table.table] = (result.rowsByTable[table.table] ?? 0) + table.length;
    cases.push(...siteCases);
    for (const [id, h] of operations.handovers) handovers.set(id, h);
    log(`${site.name}: ${migrants.length} migrants, ${rows} rows`);
  }
  await withClient(urls.avrr!, async (client) => {
    await client.query('BEGIN');
    await client.query('SET LOCAL synchronous_commit = off');
    const bar = options.progress ? new ProgressBar('avrr', cases.length) : null;
    await insertAvrCases(client, cases, handovers, (n) => bar?.add(n));
    const lifecycle = await insertAvrLifecycle(client, options.anchor ?? new Date(), options.seed ?? 2009);
    result.rowsByTable.avr_case = cases.length;
    Object.assign(result.rowsByTable, lifecycle);
    result.rows += cases.length + Object.values(lifecycle).reduce((a, b) => a + b, 0);
    await client.query('COMMIT');
    await client.query('ANALYZE');
  });
  result.avrCases = cases.length;
  result.seconds = (performance.now() - started) / 1000;
  log(`AVRR: ${cases.length} cases; ${result.rows} rows in ${result.seconds.toFixed(1)} s (${Math.round(result.rows / result.seconds)} rows/s)`);
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

/** The cases as AVRR's intake wrote them from each centre's hand-over. */
async function insertAvrCases(client: pg.Client, cases: readonly DemoAvrCase[], handovers: ReadonlyMap<string, AvrHandover>, onRows: (n: number) => void): Promise<void> {
  const rows = new TableRows('avr_case', [
    ['id', 'uuid'], ['case_number', 'text'], ['direction', 'text'], ['status', 'text'], ['migrant_id', 'text'], ['centre_code', 'text'],
    ['destination_country', 'text'], ['destination_region', 'text'], ['opened_at', 'timestamptz'], ['is_unaccompanied_child', 'bool'],
    ['referral_id', 'text'], ['referral_requested_at', 'timestamptz'], ['consent_recorded_at', 'timestamptz'],
  ] as const);
  for (const c of cases) {
    const h = handovers.get(c.id);
    rows.add({
      id: c.id, case_number: c.caseNumber, direction: 'TO_COUNTRY_OF_ORIGIN', status: c.status, migrant_id: c.migrantId, centre_code: c.centreCode,
      destination_country: c.destinationCountry, destination_region: c.destinationRegion, opened_at: c.openedAt, is_unaccompanied_child: h?.isUnaccompaniedChild ?? false,
      referral_id: h?.referralId ?? null, referral_requested_at: h?.requestedAt ?? null, consent_recorded_at: h?.consentRecordedAt ?? null,
    });
  }
  await insertRows(client, rows, onRows);
  await client.query(`SELECT setval('avr_case_number_seq', $1)`, [cases.length + 1]);
}

/** The placeholder scoring version the AVRR migrations install (surveys are scored with it). */
const PLACEHOLDER_SCORING_ID = '00000000-0000-4000-8000-000000000001';

/**
 * What the seeded statuses imply, written as the API would have: each case's lifecycle history
 * (steps spread between opening and the anchor), travel documents from FIT_TO_TRAVEL on, movements
 * grouping departed returnees by destination and month (and a planned one for booked cases),
 * reintegration plans and sustainability surveys for returnees in reintegration or closed.
 */
async function insertAvrLifecycle(client: pg.Client, anchor: Date, seed: number): Promise<Record<string, number>> {
  const transitions = await client.query(
    `WITH paths AS (
       SELECT id, opened_at, CASE
         WHEN status = ANY($1::text[]) THEN ($1::text[])[1:array_position($1::text[], status)]
         ELSE ARRAY['REQUESTED', 'COUNSELLED', status] END AS path
       FROM avr_case),
     steps AS (
       SELECT p.id, p.opened_at, s.k, s.to_status, p.path[s.k - 1] AS from_status, cardinality(p.path) AS n
       FROM paths p, unnest(p.path) WITH ORDINALITY AS s(to_status, k))
     INSERT INTO avr_case_transition (id, case_id, from_status, to_status, note, actor, actor_name, at)
     SELECT md5(id::text || ':' || k)::uuid, id, from_status, to_status, NULL, 'demo-data', 'Demo data',
            opened_at + (k - 1) * least(interval '6 days', greatest($2::timestamptz - opened_at, interval '0') / n)
     FROM steps`,
    [[...AVR_MAIN_PATH], anchor],
  );
  // Each step was one edit of the case: its version and last update follow the history.
  await client.query(
    `UPDATE avr_case c SET version = h.steps, updated_at = h.last
     FROM (SELECT case_id, count(*)::int AS steps, max(at) AS last FROM avr_case_transition GROUP BY case_id) h WHERE h.case_id = c.id`,
  );
  // An unaccompanied child's case carries what its guards ask for at each step it passed.
  await client.query(
    `UPDATE avr_case c SET best_interests_determination_ref = 'BID-' || substr(c.case_number, 5),
            family_assessment = 'Family traced and willing to receive the child', child_consent_at = t.at - interval '1 day', guardian_consent_at = t.at - interval '1 day'
     FROM avr_case_transition t WHERE c.is_unaccompanied_child AND t.case_id = c.id AND t.to_status = 'ELIGIBILITY_CONFIRMED'`,
  );
  await client.query(
    `UPDATE avr_case c SET escort_name = 'IOM operations escort'
     WHERE c.is_unaccompanied_child AND EXISTS (SELECT 1 FROM avr_case_transition t WHERE t.case_id = c.id AND t.to_status IN ('TRAVEL_BOOKED', 'DEPARTED'))`,
  );
  await client.query(
    `UPDATE avr_case c SET hand_over_signed_by = 'Child protection officer at arrival', hand_over_signed_at = t.at
     FROM avr_case_transition t WHERE c.is_unaccompanied_child AND t.case_id = c.id AND t.to_status = 'ARRIVED'`,
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
  // Return support for whoever travelled: the travel document, transport and pocket money on departure.
  const support = await client.query(
    `INSERT INTO avr_support (id, case_id, kind, description, document_type, document_number, issued_on, transport_mode, amount, currency, provided_on, recorded_by, recorded_at)
     SELECT md5(c.id::text || ':' || k.kind)::uuid, c.id, k.kind, k.description,
            CASE WHEN k.kind = 'DOCUMENT' THEN 'EMERGENCY_TRAVEL_DOCUMENT' END, CASE WHEN k.kind = 'DOCUMENT' THEN c.travel_document_number END,
            CASE WHEN k.kind = 'DOCUMENT' THEN c.travel_document_issued_on END, CASE WHEN k.kind = 'TRANSPORT' THEN m.mode END,
            CASE WHEN k.kind = 'POCKET_MONEY' THEN 50 END, CASE WHEN k.kind = 'POCKET_MONEY' THEN 'USD' END,
            CASE WHEN k.kind = 'DOCUMENT' THEN c.travel_document_issued_on ELSE d.at::date END, 'avrr-officer',
            CASE WHEN k.kind = 'DOCUMENT' THEN c.travel_document_issued_on::timestamptz ELSE d.at END
       FROM avr_case c JOIN avr_case_transition d ON d.case_id = c.id AND d.to_status = 'DEPARTED' JOIN avr_movement m ON m.id = c.movement_id,
            (VALUES ('DOCUMENT', 'Emergency travel document'), ('TRANSPORT', 'Flight to the country of origin'), ('POCKET_MONEY', 'Pocket money for the journey home')) AS k(kind, description)`,
  );

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
  return {
    avr_case_transition: transitions.rowCount ?? 0, avr_support: support.rowCount ?? 0, reintegration_plan: plans[0]!.length,
    reintegration_activity: activities[0]!.length, sustainability_survey: surveys[0]!.length,
  };
}

