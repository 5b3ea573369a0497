import { defineSite } from '@mpa/platform';
import pg from 'pg';
import '@mpa/platform/testing';
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { generateAvrCases, generateMigrants } from '../src/generate.js';
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

  it("seeds each AVR case's lifecycle history, travel documents, movements, reintegration plans and surveys consistently", async () => {
    const server = inject('pgServerUrl');
    const suffix = randomBytes(4).toString('hex');
    const sites = [bossaso].map((s) => ({ ...s, database: `mpa_${s.code}_l${suffix}` }));
    const avrrDatabase = `mpa_avrr_l${suffix}`;
    await seedHub({ serverUrl: server, sites, years: 1, anchor, avrrDatabase });
    const client = new pg.Client({ connectionString: server.replace(/\/postgres$/, `/${avrrDatabase}`) });
    await client.connect();
    const q = async (sql: string) => (await client.query(sql)).rows;
    try {
      // The last step of every case's history is its status; no step after the anchor; steps in order.
      expect(await q(`SELECT c.case_number FROM avr_case c WHERE c.status <> (
        SELECT t.to_status FROM avr_case_transition t WHERE t.case_id = c.id ORDER BY t.at DESC, (t.from_status IS NULL) LIMIT 1)`)).toEqual([]);
      expect(await q(`SELECT id FROM avr_case_transition WHERE at > '${anchor.toISOString()}'`)).toEqual([]);
      // Whoever travelled holds a travel document and was on a movement; whoever is booked, on a planned one.
      expect(await q(`SELECT id FROM avr_case WHERE status IN ('DEPARTED', 'ARRIVED', 'REINTEGRATION', 'CLOSED')
        AND (travel_document_number IS NULL OR movement_id IS NULL)`)).toEqual([]);
      expect(await q(`SELECT c.id FROM avr_case c JOIN avr_movement m ON m.id = c.movement_id WHERE c.status = 'TRAVEL_BOOKED' AND m.status <> 'PLANNED'`)).toEqual([]);
      const [counts] = await q(`SELECT (SELECT count(*) FROM avr_movement)::int AS movements, (SELECT count(*) FROM reintegration_plan)::int AS plans,
        (SELECT count(*) FROM sustainability_survey)::int AS surveys,
        (SELECT count(*) FROM avr_case WHERE status IN ('REINTEGRATION', 'CLOSED'))::int AS reintegrating`);
      expect(counts.movements).toBeGreaterThan(0);
      expect(counts.plans).toBe(counts.reintegrating);
      expect(counts.surveys).toBeGreaterThan(0);
      expect(await q(`SELECT id FROM sustainability_survey WHERE composite_score NOT BETWEEN 0 AND 1 OR conducted_on > '${anchor.toISOString().slice(0, 10)}'`)).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
