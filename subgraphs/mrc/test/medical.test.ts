import { viewerFor } from '@mpa/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteHarness, type SiteHarness } from './harness.js';
import { addMigrant, rowCount } from './assistance-fixtures.js';

let site: SiteHarness;
const medic = viewerFor('medical', 'bossaso');
let migrantId: string;

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordMedicalConsultationInput!) {
    bossaso {
      recordMedicalConsultation(input: $input) {
        created
        consultation {
          id consultedOn presentingComplaint observations treatmentGiven medication followUpOn followUpNotes version
          referral { facility reason urgency }
          deliveredBy { subject name role }
          migrant { id }
        }
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $v: Int!, $input: UpdateMedicalConsultationInput!) {
    bossaso { updateMedicalConsultation(id: $id, expectedVersion: $v, input: $input) { consultation { id version presentingComplaint referral { facility } history { action actor changes { field from to } } } } }
  }
`;
const CONSULTATIONS = /* GraphQL */ `
  query Consultations($reps: [_Any!]!, $first: Int, $after: String) {
    _entities(representations: $reps) {
      ... on BossasoMigrant { id medicalConsultations(first: $first, after: $after) { edges { cursor node { id presentingComplaint consultedOn } } pageInfo { hasNextPage endCursor } } }
    }
  }
`;

function register(name = 'Patient'): Promise<string> {
  return addMigrant(site, { givenName: name });
}
function count(table: string): Promise<number> {
  return rowCount(site, table);
}
function record(input: Record<string, unknown>, viewer = medic) {
  return site.exec(RECORD, { input: { migrantId, presentingComplaint: 'Fever and headache', ...input } }, viewer);
}

beforeAll(async () => {
  site = await siteHarness();
  migrantId = await register();
});
afterAll(() => site.close());

describe('basic medical assistance', () => {
  it('records a consultation with a referral, naming the clinician who gave it', async () => {
    const res = await record({
      consultedOn: '2026-01-10', observations: 'T 39.2', treatmentGiven: 'Oral rehydration', medication: 'Paracetamol 500 mg x3/day',
      referral: { facility: 'Bossaso General Hospital', reason: 'Suspected malaria', urgency: 'URGENT' }, followUpOn: '2026-01-13', followUpNotes: 'Check fever',
    });
    expect(res.errors).toBeUndefined();
    const { created, consultation } = res.data!.bossaso.recordMedicalConsultation;
    expect(created).toBe(true);
    expect(consultation).toMatchObject({
      consultedOn: '2026-01-10', presentingComplaint: 'Fever and headache', version: 1, migrant: { id: migrantId },
      referral: { facility: 'Bossaso General Hospital', reason: 'Suspected malaria', urgency: 'URGENT' },
      deliveredBy: { subject: 'medical@bossaso', name: 'medical', role: 'medical' },
    });
    expect(consultation.id).toMatch(/^bossaso:/);
  });

  it('is written only by medical staff of the migrant’s own centre', async () => {
    const before = await count('medical_consultation');
    for (const viewer of [viewerFor('caseworker', 'bossaso'), viewerFor('government', 'bossaso'), viewerFor('medical', 'hargeisa'), viewerFor('protection', 'bossaso')]) {
      const res = await record({}, viewer);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await count('medical_consultation')).toBe(before);
  });

  it('refuses bad input naming every field, and writes nothing', async () => {
    const before = await count('medical_consultation');
    const res = await record({
      migrantId: 'hargeisa:00000000-0000-4000-8000-000000000000', presentingComplaint: '  ', consultedOn: '2999-01-01',
      referral: { facility: '', reason: 'x', urgency: 'ROUTINE' },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field)).toEqual([
      'input.migrantId', 'input.consultedOn', 'input.presentingComplaint', 'input.referral.facility',
    ]);
    const unknown = await record({ migrantId: 'bossaso:00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0]?.extensions?.fields).toEqual([{ field: 'input.migrantId', message: 'is not a migrant of this centre' }]);
    const followUp = await record({ consultedOn: '2026-01-10', followUpOn: '2026-01-01' });
    expect(followUp.errors?.[0]?.extensions?.fields).toEqual([{ field: 'input.followUpOn', message: 'must not be before the consultation' }]);
    expect(await count('medical_consultation')).toBe(before);
  });

  it('is refused without the migrant’s consent to medical assistance, writing nothing', async () => {
    const before = await count('medical_consultation');
    const noConsent = await addMigrant(site, { medicalConsent: false });
    const res = await record({ migrantId: noConsent });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('CONSENT_REQUIRED');
    expect(await count('medical_consultation')).toBe(before);
  });

  it('makes one record when a retried request repeats its idempotency key', async () => {
    const before = await count('medical_consultation');
    const results = await Promise.all([1, 2, 3].map(() => record({ idempotencyKey: 'clinic-tablet:c-1' })));
    expect(new Set(results.map((r) => r.data!.bossaso.recordMedicalConsultation.consultation.id)).size).toBe(1);
    expect(results.filter((r) => r.data!.bossaso.recordMedicalConsultation.created)).toHaveLength(1);
    expect(await count('medical_consultation')).toBe(before + 1);
  });

  it('edits at the version the clinician saw, keeps the history, and refuses a stale version with CONFLICT', async () => {
    const created = (await record({ presentingComplaint: 'Cough' })).data!.bossaso.recordMedicalConsultation.consultation;
    const edit = await site.exec(UPDATE, { id: created.id, v: 1, input: { presentingComplaint: 'Cough, 3 weeks', referral: { facility: 'TB clinic', reason: 'Suspected TB', urgency: 'ROUTINE' } } }, medic);
    expect(edit.errors).toBeUndefined();
    const updated = edit.data!.bossaso.updateMedicalConsultation.consultation;
    expect(updated).toMatchObject({ version: 2, presentingComplaint: 'Cough, 3 weeks', referral: { facility: 'TB clinic' } });
    expect(updated.history.map((h: { action: string }) => h.action)).toEqual(['create', 'update']);
    expect(updated.history[1].changes).toContainEqual({ field: 'presentingComplaint', from: '"Cough"', to: '"Cough, 3 weeks"' });
    expect(updated.history[1].changes).toContainEqual({ field: 'referralFacility', from: 'null', to: '"TB clinic"' });

    const stale = await site.exec(UPDATE, { id: created.id, v: 1, input: { medication: 'Amoxicillin' } }, medic);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const cleared = await site.exec(UPDATE, { id: created.id, v: 2, input: { referral: null } }, medic);
    expect(cleared.data!.bossaso.updateMedicalConsultation.consultation).toMatchObject({ version: 3, referral: null });
    const [row] = await site.sql<{ medication: string | null; version: number }>('SELECT medication, version FROM medical_consultation WHERE id = ?', [created.id.split(':')[1]]);
    expect(row).toEqual({ medication: null, version: 3 });
    const caseworker = await site.exec(UPDATE, { id: created.id, v: 3, input: { medication: 'x' } }, viewerFor('caseworker', 'bossaso'));
    expect(caseworker.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = await site.exec(UPDATE, { id: 'bossaso:00000000-0000-4000-8000-000000000000', v: 1, input: { medication: 'x' } }, medic);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists a migrant’s consultations to medical staff, most recent first, page by page', async () => {
    const patient = await register('Paged');
    for (const day of ['2026-02-01', '2026-02-03', '2026-02-02']) await record({ migrantId: patient, consultedOn: day, presentingComplaint: `Visit ${day}` });
    const first = await site.exec(CONSULTATIONS, { reps: [{ __typename: 'BossasoMigrant', id: patient }], first: 2 }, medic);
    const page1 = first.data!._entities[0].medicalConsultations;
    expect(page1.edges.map((e: any) => e.node.consultedOn)).toEqual(['2026-02-03', '2026-02-02']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await site.exec(CONSULTATIONS, { reps: [{ __typename: 'BossasoMigrant', id: patient }], first: 2, after: page1.pageInfo.endCursor }, medic);
    expect(second.data!._entities[0].medicalConsultations.edges.map((e: any) => e.node.consultedOn)).toEqual(['2026-02-01']);
    const tooMany = await site.exec(CONSULTATIONS, { reps: [{ __typename: 'BossasoMigrant', id: patient }], first: 101 }, medic);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await site.exec(CONSULTATIONS, { reps: [{ __typename: 'BossasoMigrant', id: patient }], after: 'not-a-cursor' }, medic);
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is hidden from a caseworker (FORBIDDEN) while the rest of the case file stays readable', async () => {
    const res = await site.exec(CONSULTATIONS, { reps: [{ __typename: 'BossasoMigrant', id: migrantId }] }, viewerFor('caseworker', 'bossaso'));
    expect(res.data!._entities[0]).toEqual({ id: migrantId, medicalConsultations: null });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('logs every read of a consultation in the audit log', async () => {
    const patient = await register('Audited');
    const id = (await record({ migrantId: patient })).data!.bossaso.recordMedicalConsultation.consultation.id;
    await site.exec(CONSULTATIONS, { reps: [{ __typename: 'BossasoMigrant', id: patient }] }, medic);
    const reads = await site.sql<{ actor: string; entity: string }>(`SELECT actor, entity FROM audit_event WHERE entity_id = ? AND action = 'read'`, [id]);
    expect(reads).toEqual([{ actor: 'medical@bossaso', entity: 'MedicalConsultation' }]);
  });

  it('logs the consultations a page shows, not the one read ahead to tell whether there is a next page', async () => {
    const patient = await register('PagedAudit');
    const older = (await record({ migrantId: patient, consultedOn: '2026-01-01' })).data!.bossaso.recordMedicalConsultation.consultation.id;
    const newer = (await record({ migrantId: patient, consultedOn: '2026-01-02' })).data!.bossaso.recordMedicalConsultation.consultation.id;
    const res = await site.exec(CONSULTATIONS, { reps: [{ __typename: 'BossasoMigrant', id: patient }], first: 1 }, medic);
    expect(res.data!._entities[0].medicalConsultations.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([newer]);
    expect(res.data!._entities[0].medicalConsultations.pageInfo.hasNextPage).toBe(true);
    const reads = async (id: string) => (await site.sql(`SELECT 1 FROM audit_event WHERE entity_id = ? AND action = 'read'`, [id])).length;
    expect([await reads(newer), await reads(older)]).toEqual([1, 0]);
  });

  it('reads the consultations of many migrants in a constant number of SQL statements', async () => {
    const patients: string[] = [];
    for (let i = 0; i < 12; i++) {
      const p = await register(`Batch${i}`);
      patients.push(p);
      await record({ migrantId: p });
      await record({ migrantId: p, presentingComplaint: 'Second visit' });
    }
    const measure = async (ids: string[]) => {
      const before = site.database.statements.count;
      const res = await site.exec(CONSULTATIONS, { reps: ids.map((id) => ({ __typename: 'BossasoMigrant', id })) }, medic);
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities.every((m: any) => m.medicalConsultations.edges.length === 2)).toBe(true);
      return site.database.statements.count - before;
    };
    const for3 = await measure(patients.slice(0, 3));
    const for12 = await measure(patients);
    expect(for12).toBe(for3);
    expect(for12).toBeLessThanOrEqual(3);
  });
});
