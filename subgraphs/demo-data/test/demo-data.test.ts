import { defineSite } from '@mpa/platform';
import pg from 'pg';
import '@mpa/platform/testing';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateAvrCases, generateMigrants } from '../src/generate.js';
import { generateSiteOperations } from '../src/site-operations.js';
import { seedHub } from '../src/seed.js';

const anchor = new Date('2026-06-30T12:00:00Z');
const bossaso = defineSite({ code: 'bossaso', name: 'Bossaso', openedOn: '2009-05-01', port: 0, database: 'x' });
const mogadishu = defineSite({ code: 'mogadishu', name: 'Mogadishu', openedOn: '2021-03-01', port: 0, database: 'x' });

function share<T>(items: readonly T[], pred: (t: T) => boolean): number {
  return items.filter(pred).length / items.length;
}

describe('demo data', () => {
  const year = generateMigrants(bossaso, { years: 1, anchor });

  it('is the same on every run for the same seed and anchor', () => {
    expect(generateMigrants(bossaso, { years: 1, anchor })).toEqual(year);
    expect(generateMigrants(bossaso, { years: 1, anchor, seed: 7 })).not.toEqual(year);
  });

  it('looks like the Eastern Route: mostly Ethiopian men aged 18–29, mostly undocumented, heading for the Gulf', () => {
    const age = (m: (typeof year)[number]) => (Date.parse(m.arrivalDate) - Date.parse(m.dateOfBirth)) / (365.25 * 86_400_000);
    expect(share(year, (m) => m.nationality === 'ETH')).toBeGreaterThan(0.8);
    expect(share(year, (m) => m.sex === 'MALE')).toBeGreaterThan(0.75);
    expect(share(year, (m) => age(m) >= 18 && age(m) < 30)).toBeGreaterThan(0.6);
    expect(share(year, (m) => !m.hasDocuments)).toBeGreaterThan(0.85);
    expect(share(year, (m) => m.intendedDestination === 'SAU')).toBeGreaterThan(0.6);
    const regions = new Set(year.filter((m) => m.nationality === 'ETH').map((m) => m.regionOfOrigin));
    for (const r of ['Oromia', 'Amhara', 'Tigray', 'SNNPR']) expect(regions).toContain(r);
  });

  it('registers a few hundred a month at Bossaso and fewer at Mogadishu, never before a centre opened', () => {
    expect(year.length / 12).toBeGreaterThan(200);
    expect(year.length / 12).toBeLessThan(500);
    const mog = generateMigrants(mogadishu, { years: 10, anchor });
    expect(mog.every((m) => m.registeredAt.getTime() >= Date.parse('2021-03-01'))).toBe(true);
    expect(generateMigrants(mogadishu, { years: 1, anchor }).length).toBeLessThan(year.length / 2);
  });

  it('scales with years of operation, and opens AVR cases for a share of migrants', () => {
    expect(generateMigrants(bossaso, { years: 3, anchor }).length).toBeCloseTo(year.length * 3, -2);
    const cases = generateAvrCases(bossaso, year, { years: 1, anchor });
    expect(cases.length / year.length).toBeGreaterThan(0.05);
    expect(cases.length / year.length).toBeLessThan(0.2);
    expect(cases.every((c) => c.migrantId.startsWith('bossaso:') && c.openedAt <= anchor)).toBe(true);
  });

  it("writes into each subgraph's own database once, and not again when asked only if empty", async () => {
    const server = inject('pgServerUrl');
    const suffix = randomBytes(4).toString('hex');
    const sites = [bossaso, mogadishu].map((s) => ({ ...s, database: `mpa_${s.code}_s${suffix}` }));
    const first = await seedHub({ serverUrl: server, sites, years: 0.1, anchor, avrrDatabase: `mpa_avrr_s${suffix}`, onlyIfEmpty: true });
    expect(first.seeded).toBe(true);
    const again = await seedHub({ serverUrl: server, sites, years: 0.1, anchor, avrrDatabase: `mpa_avrr_s${suffix}`, onlyIfEmpty: true });
    expect(again.seeded).toBe(false);
    const client = new pg.Client({ connectionString: server.replace(/\/postgres$/, `/${sites[0]!.database}`) });
    await client.connect();
    const { rows } = await client.query('SELECT count(*)::int AS n FROM migrant');
    await client.end();
    expect(rows[0].n).toBe(first.migrants.bossaso);
  });

  it('generates the same services on every run, on their own random stream', () => {
    const cases = generateAvrCases(bossaso, year, { years: 1, anchor });
    const once = generateSiteOperations(bossaso, year, cases, { years: 1, anchor });
    expect(generateSiteOperations(bossaso, year, cases, { years: 1, anchor })).toEqual(once);
    expect(generateMigrants(bossaso, { years: 1, anchor })).toEqual(year);
    const rows = Object.fromEntries(once.tables.map((t) => [t.table, t.length]));
    // About ten service records per migrant: screening, consents, counselling, distributions and their stock lines, and the rest.
    const services = Object.entries(rows).filter(([t]) => t !== 'migrant').reduce((sum, [, n]) => sum + n, 0);
    expect(services / year.length).toBeGreaterThan(7);
    expect(services / year.length).toBeLessThan(15);
  });
});

describe('a seeded year', () => {
  const server = inject('pgServerUrl');
  const suffix = randomBytes(4).toString('hex');
  const sites = [bossaso].map((s) => ({ ...s, database: `mpa_${s.code}_l${suffix}` }));
  const avrrDatabase = `mpa_avrr_l${suffix}`;
  let avrr: pg.Client;
  let site: pg.Client;
  const rows = async (client: pg.Client, sql: string) => (await client.query(sql)).rows;
  const q = (sql: string) => rows(avrr, sql);
  const s = (sql: string) => rows(site, sql);
  const day = anchor.toISOString().slice(0, 10);

  beforeAll(async () => {
    await seedHub({ serverUrl: server, sites, years: 1, anchor, avrrDatabase });
    avrr = new pg.Client({ connectionString: server.replace(/\/postgres$/, `/${avrrDatabase}`) });
    site = new pg.Client({ connectionString: server.replace(/\/postgres$/, `/${sites[0]!.database}`) });
    await avrr.connect();
    await site.connect();
  });
  afterAll(async () => {
    await avrr?.end();
    await site?.end();
  });

  it("seeds each AVR case's lifecycle history, travel documents, movements, reintegration plans and surveys consistently", async () => {
    // The last step of every case's history is its status; no step after the anchor; steps in order.
    expect(await q(`SELECT c.case_number FROM avr_case c WHERE c.status <> (
      SELECT t.to_status FROM avr_case_transition t WHERE t.case_id = c.id ORDER BY t.at DESC, (t.from_status IS NULL) LIMIT 1)`)).toEqual([]);
    expect(await q(`SELECT id FROM avr_case_transition WHERE at > '${anchor.toISOString()}'`)).toEqual([]);
    // Whoever travelled holds a travel document, was on a movement and got transport and pocket money; whoever is booked, on a planned one.
    expect(await q(`SELECT id FROM avr_case WHERE status IN ('DEPARTED', 'ARRIVED', 'REINTEGRATION', 'CLOSED')
      AND (travel_document_number IS NULL OR movement_id IS NULL OR (SELECT count(*) FROM avr_support s WHERE s.case_id = avr_case.id) <> 3)`)).toEqual([]);
    expect(await q(`SELECT c.id FROM avr_case c JOIN avr_movement m ON m.id = c.movement_id WHERE c.status = 'TRAVEL_BOOKED' AND m.status <> 'PLANNED'`)).toEqual([]);
    // An unaccompanied child's case has what the state machine's guards ask for.
    expect(await q(`SELECT id FROM avr_case WHERE is_unaccompanied_child AND status NOT IN ('REQUESTED', 'COUNSELLED', 'WITHDRAWN', 'REJECTED', 'CANCELLED')
      AND (best_interests_determination_ref IS NULL OR child_consent_at IS NULL OR guardian_consent_at IS NULL)`)).toEqual([]);
    const [counts] = await q(`SELECT (SELECT count(*) FROM avr_movement)::int AS movements, (SELECT count(*) FROM reintegration_plan)::int AS plans,
      (SELECT count(*) FROM sustainability_survey)::int AS surveys,
      (SELECT count(*) FROM avr_case WHERE status IN ('REINTEGRATION', 'CLOSED'))::int AS reintegrating`);
    expect(counts.movements).toBeGreaterThan(0);
    expect(counts.plans).toBe(counts.reintegrating);
    expect(counts.surveys).toBeGreaterThan(0);
    expect(await q(`SELECT id FROM sustainability_survey WHERE composite_score NOT BETWEEN 0 AND 1 OR conducted_on > '${day}'`)).toEqual([]);
  });

  it('hands every AVR case over from its centre: AVR consent, then a delivered request whose referral the case records', async () => {
    const cases = await q(`SELECT id, referral_id, migrant_id FROM avr_case ORDER BY id`);
    const requests = await s(`SELECT o.id, o.avr_case_id, o.migrant_id FROM avr_outbox o WHERE o.status = 'DELIVERED'
      AND EXISTS (SELECT 1 FROM consent c WHERE c.migrant_id = o.migrant_id AND c.purpose = 'AVR' AND c.recorded_at <= o.requested_at) ORDER BY o.avr_case_id`);
    expect(requests.map((r) => [r.avr_case_id, `bossaso:${r.id}`, `bossaso:${r.migrant_id}`])).toEqual(cases.map((c) => [c.id, c.referral_id, c.migrant_id]));
  });

  it('keeps a stock ledger that never goes below zero and ends at each item\'s balance', async () => {
    // Replaying the ledger in order gives each movement's balance_after, and the last one is the item's balance.
    expect(await s(`SELECT m.id FROM (
        SELECT id, item_id, balance_after, sum(CASE kind WHEN 'RECEIPT' THEN quantity ELSE -quantity END) OVER (PARTITION BY item_id ORDER BY seq) AS replayed
        FROM stock_movement) m WHERE m.replayed <> m.balance_after OR m.balance_after < 0`)).toEqual([]);
    expect(await s(`SELECT i.name FROM stock_item i WHERE i.balance <> coalesce((SELECT balance_after FROM stock_movement m WHERE m.item_id = i.id ORDER BY seq DESC LIMIT 1), 0)`)).toEqual([]);
    expect(await s(`SELECT d.id FROM distribution d WHERE NOT EXISTS (SELECT 1 FROM stock_movement m WHERE m.distribution_id = d.id)`)).toEqual([]);
    const [n] = await s(`SELECT count(*) FILTER (WHERE kind = 'RECEIPT')::int AS receipts, count(*) FILTER (WHERE kind = 'DISTRIBUTION')::int AS lines FROM stock_movement`);
    expect(n.receipts).toBeGreaterThan(0);
    expect(n.lines).toBeGreaterThan(n.receipts * 10);
  });

  it('records services only with the consent they need, during the stay, never after the anchor', async () => {
    expect(await s(`SELECT r.id FROM referral r WHERE NOT EXISTS (SELECT 1 FROM consent c WHERE c.migrant_id = r.migrant_id
      AND c.purpose = 'DATA_SHARING_WITH_PARTNERS' AND c.recorded_at <= r.requested_at)`)).toEqual([]);
    expect(await s(`SELECT r.id FROM referral r JOIN partner_organisation p ON p.id = r.partner_id WHERE NOT r.service = ANY (p.services)`)).toEqual([]);
    expect(await s(`SELECT m.id FROM migrant m WHERE (m.case_status = 'OPEN') <> (m.closed_at IS NULL) OR (m.case_status = 'TRANSFERRED'
      AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.migrant_id = m.id AND c.purpose = 'DATA_SHARING_WITH_PARTNERS'))`)).toEqual([]);
    expect(await s(`SELECT m.id FROM medical_consultation m WHERE NOT EXISTS (SELECT 1 FROM consent c WHERE c.migrant_id = m.migrant_id AND c.purpose = 'MEDICAL')`)).toEqual([]);
    for (const [table, column] of [['medical_consultation', 'consulted_on'], ['distribution', 'distributed_on'], ['mhpss_session', 'held_on'], ['counselling_session', 'held_on'], ['vulnerability_screening', 'screened_on']]) {
      expect(await s(`SELECT x.id FROM ${table} x JOIN migrant m ON m.id = x.migrant_id WHERE x.${column} < m.registered_at::date OR x.${column} > '${day}'`), table).toEqual([]);
    }
    // Every referral's version counts its moves through the lifecycle.
    const statuses = await s(`SELECT status, min(version)::int AS v FROM referral GROUP BY status ORDER BY status`);
    expect(Object.fromEntries(statuses.map((r) => [r.status, r.v]))).toMatchObject({ COMPLETED: 3, REJECTED: 2 });
  });

  it('opens protection cases as the screening marks them: most children at Bossaso unaccompanied, a few trafficking cases', async () => {
    // The screening's UAM marker, the case flag and the UAM case agree.
    expect(await s(`SELECT m.id FROM migrant m WHERE m.is_unaccompanied_child <> EXISTS (SELECT 1 FROM vulnerability_screening v
      WHERE v.migrant_id = m.id AND v.factors @> '[{"factor": "UNACCOMPANIED_CHILD", "kind": "RISK"}]')`)).toEqual([]);
    expect(await s(`SELECT m.id FROM migrant m WHERE m.is_unaccompanied_child AND (m.risk_level <> 'HIGH'
      OR NOT EXISTS (SELECT 1 FROM uam_case u WHERE u.migrant_id = m.id AND u.separation = 'UNACCOMPANIED'))`)).toEqual([]);
    expect(await s(`SELECT u.id FROM uam_case u JOIN migrant m ON m.id = u.migrant_id WHERE m.date_of_birth <= m.registered_at::date - interval '18 years'`)).toEqual([]);
    const [k] = await s(`SELECT count(*) FILTER (WHERE date_of_birth > registered_at::date - interval '18 years')::int AS children,
      count(*) FILTER (WHERE is_unaccompanied_child)::int AS uam, count(*) FILTER (WHERE has_trafficking_indicators)::int AS vot, count(*)::int AS all FROM migrant`);
    expect(k.uam / k.children).toBeGreaterThan(0.6);
    expect(k.vot / k.all).toBeGreaterThan(0.01);
    expect(k.vot / k.all).toBeLessThan(0.1);
    expect((await s(`SELECT count(*)::int AS n FROM trafficking_case`))[0].n).toBe(k.vot);
  });
});
