import { forSite } from '@mpa/graphql';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Consultations, consultationsPageSize } from '../src/consultations/consultations.component.js';
import { migrantConsultationsQuery, recordConsultationMutation } from '../src/consultations/consultations.documents.js';
import { RecordConsultation } from '../src/consultations/record-consultation.component.js';
import { connection, provider, refusal, renderWith, signInAs, signOut } from './helpers.js';

const migrantId = 'bossaso:m1';
const listRequest = { query: migrantConsultationsQuery, variables: { id: migrantId, first: consultationsPageSize } };
const consultation = {
  __typename: 'MedicalConsultation',
  id: 'bossaso:c1',
  consultedOn: '2026-03-10',
  presentingComplaint: 'Blistered feet after the walk from Galkayo',
  treatmentGiven: 'Wound dressing',
  medication: 'Paracetamol 500 mg',
  referral: { __typename: 'HealthReferral', facility: 'Bossaso General Hospital', reason: 'Infected wound', urgency: 'URGENT' },
  followUpOn: '2026-03-13',
  deliveredBy: provider('Bossaso medical'),
};
const consultations = (nodes: object[]) => ({ data: { migrant: { __typename: 'BossasoMigrant', id: migrantId, medicalConsultations: connection('MedicalConsultation', nodes) } } });
const today = new Date('2026-03-15T12:00:00Z');
const record = forSite(recordConsultationMutation, 'bossaso');
const input = { migrantId, consultedOn: '2026-03-15', presentingComplaint: 'Fever and cough', medication: 'Amoxicillin 500 mg', idempotencyKey: 'key-1' };
const recorded = { data: { site: { __typename: 'SiteMutations', recordMedicalConsultation: { __typename: 'MedicalConsultationPayload', created: true, consultation: { __typename: 'MedicalConsultation', id: 'bossaso:c2', consultedOn: '2026-03-15' } } } } };

afterEach(() => {
  cleanup();
  signOut();
});

async function fillIn() {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /Presenting complaint/ }), 'Fever and cough');
  await user.type(screen.getByRole('textbox', { name: /Medication/ }), 'Amoxicillin 500 mg');
  return user;
}

describe('medical consultations', () => {
  it('shows medical staff the migrant’s consultations, with referral and follow-up', async () => {
    await signInAs('medical');
    renderWith([{ request: listRequest, result: consultations([consultation]) }], <Consultations migrantId={migrantId} />);
    const table = await screen.findByRole('table', { name: 'Consultations, most recent first' });
    const row = within(table).getByRole('row', { name: /Blistered feet/ });
    expect(within(row).getByText('Wound dressing · Paracetamol 500 mg')).toBeTruthy();
    expect(within(row).getByText('Bossaso General Hospital (Urgent)')).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Record a consultation' })).toBeTruthy();
  });

  it('says so when there is none yet', async () => {
    await signInAs('medical');
    renderWith([{ request: listRequest, result: consultations([]) }], <Consultations migrantId={migrantId} />);
    expect(await screen.findByText('No consultation recorded yet.')).toBeTruthy();
  });

  it('tells a caseworker that consultations need the medical role, and shows them nothing medical', async () => {
    await signInAs('caseworker');
    // No mock: any request for consultations would fail the render into an error state.
    renderWith([], <Consultations migrantId={migrantId} />);
    expect(screen.getByRole('note').textContent).toMatch(/only by the centre’s medical staff \(the medical role\)/);
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('checks the form before sending: the complaint, the referral and the follow-up date', async () => {
    await signInAs('medical');
    renderWith([], <RecordConsultation migrantId={migrantId} today={today} newKey={() => 'key-1'} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Refer to a health facility' }));
    await user.type(screen.getByLabelText('Follow-up date'), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Record the consultation' }));
    expect(screen.getByRole('alert').textContent).toBe('There are 5 problems with the form.');
    expect(screen.getByText('Enter the presenting complaint.')).toBeTruthy();
    expect(screen.getByText('Enter the health facility.')).toBeTruthy();
    expect(screen.getByText('Choose the urgency.')).toBeTruthy();
    expect(screen.getByText('The follow-up cannot be before the consultation.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Presenting complaint/ }).getAttribute('aria-invalid')).toBe('true');
  });

  it('records a consultation and says so', async () => {
    await signInAs('medical');
    renderWith([{ request: { query: record, variables: { input } }, result: recorded }], <RecordConsultation migrantId={migrantId} today={today} newKey={() => 'key-1'} />);
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Record the consultation' }));
    expect(await screen.findByText('Consultation recorded.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Presenting complaint/ }) as HTMLInputElement).value).toBe('');
  });

  it('shows the new consultation in the list once the centre has recorded it', async () => {
    await signInAs('medical');
    const fresh = { ...consultation, id: 'bossaso:c2', presentingComplaint: 'Fever and cough', referral: null, followUpOn: null };
    renderWith(
      [
        { request: listRequest, result: consultations([]) },
        // Today's date and a new key are the form's own: any input with this complaint will do.
        { request: { query: record, variables: (v: { input: { presentingComplaint: string } }) => v.input.presentingComplaint === 'Fever and cough' }, result: recorded },
        { request: listRequest, result: consultations([fresh]) },
      ],
      <Consultations migrantId={migrantId} />,
    );
    await screen.findByText('No consultation recorded yet.');
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Record the consultation' }));
    const table = await screen.findByRole('table', { name: 'Consultations, most recent first' });
    expect(within(table).getByRole('row', { name: /Fever and cough/ })).toBeTruthy();
  });

  it('shows the centre’s field messages next to their fields', async () => {
    await signInAs('medical');
    const invalid = refusal('BAD_USER_INPUT', 'Invalid input. input.medication: must be at most 2000 characters', { fields: [{ field: 'input.medication', message: 'must be at most 2000 characters' }] });
    renderWith([{ request: { query: record, variables: { input } }, result: invalid }], <RecordConsultation migrantId={migrantId} today={today} newKey={() => 'key-1'} />);
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Record the consultation' }));
    const medication = screen.getByRole('textbox', { name: /Medication/ });
    expect(await screen.findByText('The centre says: must be at most 2000 characters.')).toBeTruthy();
    expect(medication.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('There is 1 problem with the form.');
  });

  it('says plainly why the centre refused: not medical staff (FORBIDDEN), no consent to medical assistance', async () => {
    // A user whose token lost the medical scope since the page was opened: the API decides.
    await signInAs('medical');
    renderWith(
      [
        { request: { query: record, variables: { input } }, result: refusal('FORBIDDEN', 'This needs the medical:write scope.') },
        { request: { query: record, variables: { input } }, result: refusal('CONSENT_REQUIRED', 'No MEDICAL consent', { purpose: 'MEDICAL' }) },
      ],
      <RecordConsultation migrantId={migrantId} today={today} newKey={() => 'key-1'} />,
    );
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Record the consultation' }));
    expect(await screen.findByText(/Only the centre’s medical staff may record consultations/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Record the consultation' }));
    expect(await screen.findByText(/has not consented to medical assistance/)).toBeTruthy();
  });
});
