import { databaseUrl } from '@mpa/platform';
import { sites as registry } from '@mpa/registry';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runHubRetention, type SubgraphRetention } from '../src/launcher/retention-job.js';
import { startTestHub, type TestHub } from '../src/testing/hub.js';
import { queryDatabase, tableChecksums } from './database-checksums.js';
import { post } from './graphql-client.js';
import { everyLeafByField } from './schema-selection.js';

let hub: TestHub;
const serverUrl = () => inject('pgServerUrl');
const urlOf = (subgraph: string) => databaseUrl(serverUrl(), hub.databases[subgraph]!);
const subgraphs = ['avrr', ...registry.map((s) => s.code)];
// Every case closed up to now is past retention: the test's data is weeks old, not years.
const closedBefore = new Date(Date.now() + 60_000);
const retention = (dryRun: boolean) => runHubRetention({
  serverUrl: serverUrl(),
  sites: registry.map((s) => ({ ...s, database: hub.databases[s.code]! })),
  avrrDatabase: hub.databases.avrr,
  closedBefore,
  dryRun,
});

/** Every indicator the API has, for every centre (over all data and one period) and for AVRR, one request each (the cost limit). */
const STATS = [
  ...registry.flatMap((s) => everyLeafByField('CentreStats').flatMap((fields) => [
    `{ centre(code: "${s.code}") { stats ${fields} } }`,
    `{ centre(code: "${s.code}") { stats(from: "2026-10-01", to: "2026-11-30") ${fields} } }`,
  ])),
  ...everyLeafByField('AvrStats').map((fields) => `{ avrStats(from: "2020-01-01", to: "2029-12-31") ${fields} }`),
];
const indicators = async () => {
  const token = await hub.tokenFor('admin');
  return Promise.all(STATS.map(async (query) => {
    const res = await post(hub.gatewayUrl, query, {}, token);
    expect(res.errors, query).toBeUndefined();
    return res.data;
  }));
};
const checksums = async () => Object.fromEntries(await Promise.all(subgraphs.map(async (s) => [s, await tableChecksums(urlOf(s))] as const)));
const byName = (reports: SubgraphRetention[]) => Object.fromEntries(reports.map((r) => [r.subgraph, r]));

let before: unknown;
let dryRun: Record<string, SubgraphRetention>;
/** A case a caseworker edits, flags and closes through the API: its history holds old and new values. */
let closedThroughApi: string;

const asCaseworker = async (query: string, variables: Record<string, unknown>) => {
  const res = await post(hub.gatewayUrl, query, variables, await hub.tokenFor('caseworker@bossaso'));
  expect(res.errors, query).toBeUndefined();
  return res.data;
};

beforeAll(async () => {
  hub = await startTestHub({ serverUrl: serverUrl(), years: 0.1 });
  const [{ id } = { id: '' }] = await queryDatabase<{ id: string }>(urlOf('bossaso'), `SELECT 'bossaso:' || id AS id FROM migrant WHERE case_status = 'OPEN' ORDER BY registration_number LIMIT 1`);
  closedThroughApi = id;
  const edited = await asCaseworker(`mutation ($input: UpdateMigrantInput!) { site: bossaso { updateMigrant(input: $input) { migrant { version } } } }`,
    { input: { id, expectedVersion: (await versionOf(id)), phone: '+252 90 123 4567', alias: 'Abdi the tailor' } });
  await asCaseworker(`mutation ($input: RaiseFlagInput!) { site: bossaso { raiseFlag(input: $input) { flag { id } } } }`,
    { input: { migrantId: id, message: 'Brother Yusuf waits in Bossaso port' } });
  await asCaseworker(`mutation ($id: ID!, $v: Int!) { site: bossaso { closeCase(id: $id, expectedVersion: $v, reason: "Moved on to Yusuf's house") { migrant { caseStatus } } } }`,
    { id, v: edited.site.updateMigrant.migrant.version });
  before = await indicators();
});

async function versionOf(id: string): Promise<number> {
  const res = await post(hub.gatewayUrl, `query ($id: ID!) { migrant(id: $id) { version } }`, { id }, await hub.tokenFor('caseworker@bossaso'));
  return res.data.migrant.version;
}
afterAll(() => hub?.stop());

describe('retention of closed cases', () => {
  it('reports in a dry run what it would change, per subgraph and table, and writes nothing', async () => {
    const untouched = await checksums();
    dryRun = byName(await retention(true));
    for (const site of registry) {
      const report = dryRun[site.code]!;
      const [{ closed } = { closed: 0 }] = await queryDatabase<{ closed: number }>(urlOf(site.code), `SELECT count(*)::int AS closed FROM migrant WHERE case_status IN ('CLOSED', 'TRANSFERRED')`);
      expect(closed).toBeGreaterThan(0);
      expect(report.cases).toBe(closed);
      expect(report.rows.migrant).toBe(closed);
    }
    // The history of the case closed through the API: the edit, the flag, the closure.
    expect(dryRun.bossaso!.rows.audit_event).toBeGreaterThanOrEqual(3);
    expect(dryRun.avrr!.cases).toBeGreaterThan(0);
    expect(dryRun.avrr!.rows.avr_case).toBe(dryRun.avrr!.cases);
    expect(await checksums()).toEqual(untouched);
  });

  it('anonymises them: names, contacts, documents and notes are gone, every indicator answers the same', async () => {
    const done = byName(await retention(false));
    for (const name of subgraphs) expect(done[name]).toEqual(dryRun[name]);
    expect(await indicators()).toEqual(before);

    for (const site of registry) {
      const url = urlOf(site.code);
      const [left] = await queryDatabase<Record<string, number>>(url, `SELECT
          count(*) FILTER (WHERE given_name <> 'Anonymised' OR family_name <> '' OR alias IS NOT NULL OR phone IS NOT NULL
                           OR document_number IS NOT NULL OR accompanied_by IS NOT NULL OR closed_reason IS NOT NULL OR anonymised_at IS NULL)::int AS identifiable
        FROM migrant WHERE case_status IN ('CLOSED', 'TRANSFERRED')`);
      expect(left!.identifiable).toBe(0);
      const [notes] = await queryDatabase<Record<string, number>>(url, `SELECT
          (SELECT count(*) FROM medical_consultation c JOIN migrant m ON m.id = c.migrant_id
            WHERE m.anonymised_at IS NOT NULL AND (c.presenting_complaint <> '[anonymised]' OR c.observations IS NOT NULL OR c.medication IS NOT NULL))::int AS medical,
          (SELECT count(*) FROM vulnerability_screening s JOIN migrant m ON m.id = s.migrant_id
            WHERE m.anonymised_at IS NOT NULL AND (s.note IS NOT NULL OR jsonb_path_exists(s.factors, '$[*] ? (@.note != null)')))::int AS screening`);
      expect(notes).toEqual({ medical: 0, screening: 0 });
      // Open cases are untouched.
      const [open] = await queryDatabase<{ n: number }>(url, `SELECT count(*)::int AS n FROM migrant WHERE case_status = 'OPEN' AND (given_name = 'Anonymised' OR anonymised_at IS NOT NULL)`);
      expect(open!.n).toBe(0);
    }
    const [avr] = await queryDatabase<Record<string, number>>(urlOf('avrr'), `SELECT
        count(*) FILTER (WHERE anonymised_at IS NULL OR travel_document_number IS NOT NULL OR escort_name IS NOT NULL
                         OR (returnee_full_name IS NOT NULL AND returnee_full_name <> '[anonymised]'))::int AS identifiable
      FROM avr_case WHERE status IN ('CLOSED', 'WITHDRAWN', 'REJECTED', 'CANCELLED')`);
    expect(avr!.identifiable).toBe(0);

    const res = await post(hub.gatewayUrl, `query ($id: ID!) { migrant(id: $id) { fullName caseStatus closedReason ... on BossasoMigrant { alias phone flags { message } history { edges { node { action changes { field from to } reason } } } } } }`,
      { id: closedThroughApi }, await hub.tokenFor('admin'));
    const migrant = res.data.migrant;
    expect(migrant).toMatchObject({ caseStatus: 'CLOSED', closedReason: null, alias: null, phone: null, flags: [{ message: '[anonymised]' }] });
    expect(JSON.stringify(migrant)).not.toMatch(/Yusuf|Abdi|\+252/);
    expect(migrant.history.edges.map((e: { node: { action: string } }) => e.node.action)).toContain('anonymise');
  });

  it('logs each anonymisation, and redacts the values (not the facts) of the cases\' earlier audit entries', async () => {
    for (const name of subgraphs) {
      const url = urlOf(name);
      const [logged] = await queryDatabase<{ n: number }>(url, `SELECT count(*)::int AS n FROM audit_event WHERE action = 'anonymise' AND actor = 'system:retention'`);
      expect(logged!.n, name).toBe(dryRun[name]!.cases);
      const [values] = await queryDatabase<{ n: number }>(url, `SELECT count(*)::int AS n FROM audit_event a
         WHERE a.entity_id IN (SELECT entity_id FROM audit_event WHERE action = 'anonymise')
           AND jsonb_path_exists(coalesce(a.changes, '[]'), '$[*] ? (@.from != null || @.to != null)')`);
      expect(values!.n, name).toBe(0);
    }
    // Who did what, when, to which record stays: only the values are gone.
    for (const name of subgraphs) {
      const [kept] = await queryDatabase<{ n: number }>(urlOf(name), `SELECT count(*)::int AS n FROM audit_event WHERE action <> 'anonymise'
          AND (reason = '[anonymised]' OR jsonb_path_exists(coalesce(changes, '[]'), '$[*] ? (@.from == null && @.to == null)'))`);
      expect(kept!.n, name).toBe(dryRun[name]!.rows.audit_event);
    }
  });

  it('keeps the audit log append-only outside the job, and does nothing twice', async () => {
    await expect(queryDatabase(urlOf('bossaso'), `UPDATE audit_event SET changes = NULL WHERE id = (SELECT min(id) FROM audit_event)`)).rejects.toThrow(/append-only/);
    // Even the job's setting allows only the redaction itself, nothing else.
    await expect(queryDatabase(urlOf('bossaso'), `BEGIN; SELECT set_config('mpa.retention', 'anonymise', true);
      UPDATE audit_event SET actor = 'someone-else' WHERE id = (SELECT min(id) FROM audit_event); COMMIT`)).rejects.toThrow(/append-only/);
    await expect(queryDatabase(urlOf('bossaso'), `DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    const again = await retention(false);
    expect(again.map((r) => r.cases)).toEqual(subgraphs.map(() => 0).slice(0, again.length));
    expect(await indicators()).toEqual(before);
  });
});
