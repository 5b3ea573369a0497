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

/** Group activities: one with only that case on its list (notes and attendance edited), one also with an open case. */
let groupOfClosed: string;
let groupWithOpen: string;

const as = (user: string) => async (query: string, variables: Record<string, unknown>) => {
  const res = await post(hub.gatewayUrl, query, variables, await hub.tokenFor(user));
  expect(res.errors, query).toBeUndefined();
  return res.data;
};
const asCaseworker = as('caseworker@bossaso');
const asCounsellor = as('mhpss@bossaso');
const RECORD_GROUP = `mutation ($input: RecordMhpssGroupActivityInput!) { site: bossaso { recordMhpssGroupActivity(input: $input) { activity { id version } } } }`;
const localId = (id: string) => id.slice(id.indexOf(':') + 1);

beforeAll(async () => {
  hub = await startTestHub({ serverUrl: serverUrl(), years: 0.1 });
  const [{ id } = { id: '' }] = await queryDatabase<{ id: string }>(urlOf('bossaso'), `SELECT 'bossaso:' || id AS id FROM migrant WHERE case_status = 'OPEN' ORDER BY registration_number LIMIT 1`);
  closedThroughApi = id;
  const [{ open } = { open: '' }] = await queryDatabase<{ open: string }>(urlOf('bossaso'), `SELECT 'bossaso:' || id AS open FROM migrant WHERE case_status = 'OPEN' ORDER BY registration_number DESC LIMIT 1`);
  const alone = (await asCounsellor(RECORD_GROUP, { input: { type: 'SUPPORT_GROUP', facilitator: 'Counsellor', notes: 'Abdi spoke of his brother', attendees: [{ migrantId: open }], idempotencyKey: 'group-of-abdi' } }))
    .site.recordMhpssGroupActivity.activity;
  groupOfClosed = alone.id;
  // The edit's audit entry holds the attendance lists and the notes, before and after.
  await asCounsellor(`mutation ($id: ID!, $v: Int!, $input: UpdateMhpssGroupActivityInput!) { site: bossaso { updateMhpssGroupActivity(id: $id, expectedVersion: $v, input: $input) { activity { version } } } }`,
    { id: alone.id, v: alone.version, input: { notes: 'Abdi and Yusuf spoke of the crossing', attendees: [{ migrantId: id }] } });
  groupWithOpen = (await asCounsellor(RECORD_GROUP, { input: { type: 'SUPPORT_GROUP', facilitator: 'Counsellor', notes: 'Still with us', attendees: [{ migrantId: id }, { migrantId: open }] } }))
    .site.recordMhpssGroupActivity.activity.id;
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
      // Nothing left to find the case by: the registration number on the migrant's papers, the clients' keys.
      const [keys] = await queryDatabase<Record<string, number>>(url, `SELECT
          (SELECT count(*) FROM migrant WHERE anonymised_at IS NOT NULL AND (registration_number <> 'ANON-' || id OR idempotency_key IS NOT NULL))::int AS migrant,
          ${['case_flag', 'consent', 'vulnerability_screening', 'counselling_session', 'referral', 'avr_outbox', 'medical_consultation', 'distribution', 'stock_movement', 'uam_case', 'trafficking_case', 'mhpss_session']
            .map((t) => `(SELECT count(*) FROM ${t} r JOIN migrant m ON m.id = r.migrant_id WHERE m.anonymised_at IS NOT NULL AND r.idempotency_key IS NOT NULL)::int AS ${t}`).join(',\n')}`);
      expect(Object.values(keys!).every((n) => n === 0), JSON.stringify(keys)).toBe(true);
      // Open cases are untouched.
      const [open] = await queryDatabase<{ n: number }>(url, `SELECT count(*)::int AS n FROM migrant WHERE case_status = 'OPEN' AND (given_name = 'Anonymised' OR anonymised_at IS NOT NULL)`);
      expect(open!.n).toBe(0);
    }
    const [avr] = await queryDatabase<Record<string, number>>(urlOf('avrr'), `SELECT
        count(*) FILTER (WHERE anonymised_at IS NULL OR travel_document_number IS NOT NULL OR escort_name IS NOT NULL OR case_number <> 'ANON-' || id
                         OR (returnee_full_name IS NOT NULL AND returnee_full_name <> '[anonymised]'))::int AS identifiable
      FROM avr_case WHERE status IN ('CLOSED', 'WITHDRAWN', 'REJECTED', 'CANCELLED')`);
    expect(avr!.identifiable).toBe(0);
    const [avrKeys] = await queryDatabase<{ n: number }>(urlOf('avrr'), `SELECT
        (SELECT count(*) FROM avr_case WHERE anonymised_at IS NOT NULL AND idempotency_key IS NOT NULL)
        + (SELECT count(*) FROM avr_support s JOIN avr_case c ON c.id = s.case_id WHERE c.anonymised_at IS NOT NULL AND s.idempotency_key IS NOT NULL)
        + (SELECT count(*) FROM reintegration_plan p JOIN avr_case c ON c.id = p.case_id WHERE c.anonymised_at IS NOT NULL AND p.idempotency_key IS NOT NULL)
        + (SELECT count(*) FROM reintegration_activity a JOIN reintegration_plan p ON p.id = a.plan_id JOIN avr_case c ON c.id = p.case_id WHERE c.anonymised_at IS NOT NULL AND a.idempotency_key IS NOT NULL)
        + (SELECT count(*) FROM sustainability_survey s JOIN avr_case c ON c.id = s.case_id WHERE c.anonymised_at IS NOT NULL AND s.idempotency_key IS NOT NULL) AS n`);
    expect(Number(avrKeys!.n)).toBe(0);

    // A group's notes go with its last attendee's case; a group with an open case keeps them.
    const groups = await queryDatabase<{ id: string; notes: string | null; idempotency_key: string | null }>(urlOf('bossaso'),
      `SELECT id::text, notes, idempotency_key FROM mhpss_group_activity WHERE id IN ('${localId(groupOfClosed)}', '${localId(groupWithOpen)}')`);
    expect(groups.find((g) => g.id === localId(groupOfClosed))).toMatchObject({ notes: null, idempotency_key: null });
    expect(groups.find((g) => g.id === localId(groupWithOpen))).toMatchObject({ notes: 'Still with us' });
    const [groupAudit] = await queryDatabase<{ values: number; entries: number }>(urlOf('bossaso'), `SELECT
        count(*) FILTER (WHERE jsonb_path_exists(coalesce(changes, '[]'), '$[*] ? (@.from != null || @.to != null)'))::int AS values, count(*)::int AS entries
      FROM audit_event WHERE entity_id = '${groupOfClosed}'`);
    expect(groupAudit).toEqual({ values: 0, entries: 2 });

    const res = await post(hub.gatewayUrl, `query ($id: ID!) { migrant(id: $id) { fullName caseStatus closedReason ... on BossasoMigrant { alias phone flags { message } history { edges { node { action changes { field from to } reason } } } } } }`,
      { id: closedThroughApi }, await hub.tokenFor('admin'));
    const migrant = res.data.migrant;
    expect(migrant).toMatchObject({ caseStatus: 'CLOSED', closedReason: null, alias: null, phone: null, flags: [{ message: '[anonymised]' }] });
    expect(JSON.stringify(migrant)).not.toMatch(/Yusuf|Abdi|\+252/);
    expect(migrant.history.edges.map((e: { node: { action: string } }) => e.node.action)).toContain('anonymise');
  });

  it('refuses every write to an anonymised case (CASE_ANONYMISED), writing nothing', async () => {
    const url = urlOf('bossaso');
    const expectedVersion = await versionOf(closedThroughApi);
    const one = async (sql: string) => {
      const [row] = await queryDatabase<{ id: string; version: number }>(url, sql);
      expect(row, sql).toBeDefined();
      return row!;
    };
    const ofAnonymised = (table: string) => one(`SELECT 'bossaso:' || r.id AS id, r.version FROM ${table} r JOIN migrant m ON m.id = r.migrant_id WHERE m.anonymised_at IS NOT NULL ORDER BY r.id LIMIT 1`);
    const consultation = await ofAnonymised('medical_consultation');
    const referral = await ofAnonymised('referral');
    const item = await one(`SELECT 'bossaso:' || id AS id FROM stock_item ORDER BY id LIMIT 1`);
    const partner = await one(`SELECT 'bossaso:' || id AS id FROM partner_organisation ORDER BY id LIMIT 1`);
    const untouched = await tableChecksums(url);
    const refused = async (user: string, query: string, variables: Record<string, unknown>) => {
      const res = await post(hub.gatewayUrl, query, variables, await hub.tokenFor(user));
      expect(res.errors?.map((e: { extensions?: { code?: string } }) => e.extensions?.code), query).toEqual(['CASE_ANONYMISED']);
    };
    const migrantId = closedThroughApi;
    await refused('caseworker@bossaso', `mutation ($input: UpdateMigrantInput!) { site: bossaso { updateMigrant(input: $input) { migrant { version } } } }`,
      { input: { id: closedThroughApi, expectedVersion, givenName: 'Abdi' } });
    await refused('medical@bossaso', `mutation ($input: RecordMedicalConsultationInput!) { site: bossaso { recordMedicalConsultation(input: $input) { consultation { id } } } }`,
      { input: { migrantId, presentingComplaint: 'Abdi has a fever' } });
    await refused('medical@bossaso', `mutation ($id: ID!, $v: Int!, $input: UpdateMedicalConsultationInput!) { site: bossaso { updateMedicalConsultation(id: $id, expectedVersion: $v, input: $input) { consultation { id } } } }`,
      { id: consultation.id, v: consultation.version, input: { observations: 'Abdi, the tailor' } });
    await refused('caseworker@bossaso', `mutation ($input: DistributeItemsInput!) { site: bossaso { distributeItems(input: $input) { distribution { id } } } }`,
      { input: { migrantId, items: [{ itemId: item.id, quantity: 1 }], notes: 'For Abdi' } });
    await refused('caseworker@bossaso', `mutation ($input: RecordConsentInput!) { site: bossaso { recordConsent(input: $input) { consent { id } } } }`,
      { input: { migrantId, purpose: 'REGISTRATION', givenBy: 'MIGRANT' } });
    await refused('caseworker@bossaso', `mutation ($input: RecordScreeningInput!) { site: bossaso { recordScreening(input: $input) { screening { id } } } }`,
      { input: { migrantId, factors: [], assessment: 'LOW', needs: [] } });
    await refused('caseworker@bossaso', `mutation ($input: RecordCounsellingInput!) { site: bossaso { recordCounselling(input: $input) { session { id } } } }`,
      { input: { migrantId, topics: ['SAFE_MIGRATION'], outcome: 'Abdi will stay' } });
    await refused('caseworker@bossaso', `mutation ($input: RequestReferralInput!) { site: bossaso { requestReferral(input: $input) { referral { id } } } }`,
      { input: { migrantId, partnerId: partner.id, service: 'MEDICAL', note: 'Abdi' } });
    await refused('caseworker@bossaso', `mutation ($input: SetReferralStatusInput!) { site: bossaso { setReferralStatus(input: $input) { referral { id } } } }`,
      { input: { id: referral.id, expectedVersion: referral.version, status: 'REVOKED', reason: 'Abdi left' } });
    await refused('caseworker@bossaso', `mutation ($input: RequestAvrInput!) { site: bossaso { requestAvr(input: $input) { avrRequest { id } } } }`,
      { input: { migrantId, destinationCountry: 'ETH' } });
    await refused('protection@bossaso', `mutation ($input: OpenTraffickingCaseInput!) { site: bossaso { openTraffickingCase(input: $input) { traffickingCase { id } } } }`,
      { input: { migrantId, actIndicators: ['RECRUITMENT'], meansIndicators: ['THREAT'], purposeIndicators: ['FORCED_LABOUR'] } });
    await refused('caseworker@bossaso', `mutation ($input: RaiseFlagInput!) { site: bossaso { raiseFlag(input: $input) { flag { id } } } }`,
      { input: { migrantId: closedThroughApi, message: 'Abdi is back' } });
    await refused('mhpss@bossaso', `mutation ($input: RecordMhpssSessionInput!) { site: bossaso { recordMhpssSession(input: $input) { session { id } } } }`,
      { input: { migrantId: closedThroughApi, type: 'COUNSELLING', notes: 'Abdi came back' } });
    await refused('mhpss@bossaso', RECORD_GROUP, { input: { type: 'SUPPORT_GROUP', facilitator: 'Counsellor', attendees: [{ migrantId: closedThroughApi }] } });
    expect(await tableChecksums(urlOf('bossaso'))).toEqual(untouched);
  });

  it('refuses edits of and additions to an anonymised AVR case (CASE_ANONYMISED), writing nothing', async () => {
    const [avrCase] = await queryDatabase<{ id: string; version: number }>(urlOf('avrr'),
      `SELECT 'avrr:' || id AS id, version FROM avr_case WHERE anonymised_at IS NOT NULL AND status = 'CLOSED' ORDER BY id LIMIT 1`);
    expect(avrCase).toBeDefined();
    const untouched = await tableChecksums(urlOf('avrr'));
    const token = await hub.tokenFor('avrr-officer');
    const codes = async (query: string, variables: Record<string, unknown>) =>
      (await post(hub.gatewayUrl, query, variables, token)).errors?.map((e: { extensions?: { code?: string } }) => e.extensions?.code);
    expect(await codes(`mutation ($id: ID!, $v: Int!, $input: TravelDocumentInput!) { recordTravelDocument(id: $id, expectedVersion: $v, input: $input) { id } }`,
      { id: avrCase!.id, v: avrCase!.version, input: { nationalityVerifiedOn: '2026-11-01', type: 'PASSPORT', number: 'P1234567', issuedOn: '2026-11-01' } })).toEqual(['CASE_ANONYMISED']);
    expect(await codes(`mutation ($caseId: ID!, $input: RecordAvrSupportInput!) { recordAvrSupport(caseId: $caseId, input: $input) { id } }`,
      { caseId: avrCase!.id, input: { kind: 'TRANSPORT', transportMode: 'Bus', description: 'Bus for Abdi', providedOn: '2026-11-01' } })).toEqual(['CASE_ANONYMISED']);
    expect(await tableChecksums(urlOf('avrr'))).toEqual(untouched);
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
