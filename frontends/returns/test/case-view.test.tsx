import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AvrStatus } from '../src/__generated__/graphql.js';
import { avrCaseFileQuery, recordAvrSupportMutation, recordTravelDocumentMutation, transitionAvrCaseMutation } from '../src/case/case.documents.js';
import { CaseView } from '../src/case/case-view.component.js';
import { caseFile, fileMocks, fileVariables, today } from './fixtures.js';
import { coordinator, officer, refusal, renderWith } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const transition = (to: AvrStatus, version: number) => ({ request: { query: transitionAvrCaseMutation, variables: { id: 'avrr:case-1', expectedVersion: version, to } } });
const stepButtons = () => within(screen.getByRole('list', { name: 'Next steps' })).getAllByRole('button').map((button) => button.textContent);

describe('a return case file', () => {
  it('offers only the allowed next steps, and moves the case on', async () => {
    const requested = caseFile(1, 'REQUESTED', { allowed: ['COUNSELLED', 'WITHDRAWN', 'REJECTED', 'CANCELLED'] });
    const counselled = { ...caseFile(1, 'COUNSELLED', { version: 4, allowed: ['ELIGIBILITY_CONFIRMED', 'WITHDRAWN', 'REJECTED', 'CANCELLED'] }) };
    counselled.transitions = [...requested.transitions, { __typename: 'AvrTransition', from: 'REQUESTED', to: 'COUNSELLED', note: 'Explained the return package', actorName: 'AVRR officer', at: '2026-03-02T09:00:00.000Z' }];
    const mocks = [
      ...fileMocks(requested),
      {
        request: { query: transitionAvrCaseMutation, variables: { id: 'avrr:case-1', expectedVersion: 3, to: 'COUNSELLED', note: 'Explained the return package' } },
        result: { data: { __typename: 'Mutation', transitionAvrCase: { __typename: 'AvrCase', id: 'avrr:case-1', status: 'COUNSELLED', version: 4, allowedTransitions: counselled.allowedTransitions } } },
      },
      { request: { query: avrCaseFileQuery, variables: fileVariables(1) }, result: { data: { __typename: 'Query', avrCase: counselled } } },
    ];
    renderWith(mocks, <CaseView id="avrr:case-1" viewer={officer} today={today} />);
    expect(await screen.findByRole('heading', { name: 'Return case AVR-2026-000001' })).toBeTruthy();
    expect(screen.getByText('Migrant 1')).toBeTruthy();
    expect(screen.getByText('Jimma, Oromia, ETH')).toBeTruthy();
    expect(stepButtons()).toEqual(['Move to “Counselled”', 'Move to “Withdrawn”', 'Move to “Rejected”', 'Move to “Cancelled”']);

    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Note for the history (optional)' }), 'Explained the return package');
    await user.click(screen.getByRole('button', { name: 'Move to “Counselled”' }));
    expect(await screen.findByText('The case is now “Counselled”.')).toBeTruthy();
    // The toast comes with the mutation's answer; the file shows the new state once re-rendered (steps)
    // and re-read (history), which the change does not wait for.
    await waitFor(() => expect(stepButtons()).toEqual(['Move to “Eligibility confirmed”', 'Move to “Withdrawn”', 'Move to “Rejected”', 'Move to “Cancelled”']));
    await waitFor(() => {
      const history = within(screen.getByRole('region', { name: 'History' })).getAllByRole('listitem').map((item) => item.textContent);
      expect(history[1]).toContain('AVRR officer: Requested → Counselled — Explained the return package');
    });
  });

  it('names the child’s missing safeguards in place when eligibility cannot be confirmed yet', async () => {
    const file = caseFile(1, 'COUNSELLED', { child: true, allowed: ['ELIGIBILITY_CONFIRMED', 'WITHDRAWN', 'REJECTED', 'CANCELLED'] });
    const mocks = [
      ...fileMocks(file),
      {
        ...transition('ELIGIBILITY_CONFIRMED', 3),
        result: refusal('AVR case AVR-2026-000001 cannot move to ELIGIBILITY_CONFIRMED yet. Missing: …', {
          code: 'PRECONDITION_FAILED',
          missing: ['bestInterestsDeterminationRef', 'familyAssessment', 'childConsentAt', 'guardianConsentAt'],
        }),
      },
    ];
    renderWith(mocks, <CaseView id="avrr:case-1" viewer={officer} today={today} />);
    const safeguards = await screen.findByRole('region', { name: 'Child safeguards' });
    expect(within(safeguards).getByText('Protection data: every reading of this part is logged.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Move to “Eligibility confirmed”' }));
    const alert = await within(screen.getByRole('region', { name: 'Next steps' })).findByRole('alert');
    expect(alert.textContent).toBe('Not yet: missing the best-interests determination, the family assessment, the child’s consent and the guardian’s consent.');
  });

  it('says which steps are possible when a step is no longer allowed', async () => {
    const file = caseFile(1, 'REQUESTED', { allowed: ['COUNSELLED', 'WITHDRAWN', 'REJECTED', 'CANCELLED'] });
    const mocks = [
      ...fileMocks(file),
      { ...transition('WITHDRAWN', 3), result: refusal('An AVR case cannot move from CLOSED to WITHDRAWN.', { code: 'INVALID_TRANSITION', from: 'CLOSED', to: 'WITHDRAWN', allowed: [] }) },
      { ...transition('REJECTED', 3), result: refusal('An AVR case cannot move from COUNSELLED to REJECTED.', { code: 'INVALID_TRANSITION', from: 'TRAVEL_BOOKED', to: 'REJECTED', allowed: ['DEPARTED', 'FIT_TO_TRAVEL'] }) },
    ];
    renderWith(mocks, <CaseView id="avrr:case-1" viewer={officer} today={today} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Move to “Withdrawn”' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A case cannot move from “Closed” to “Withdrawn”. It is finished.');
    await userEvent.click(screen.getByRole('button', { name: 'Move to “Rejected”' }));
    expect(await screen.findByText('A case cannot move from “Travel booked” to “Rejected”. From “Travel booked” it can move to “Departed” and “Fit to travel”.')).toBeTruthy();
  });

  it('checks the travel document form before sending, and shows a field the server refused next to it', async () => {
    const file = caseFile(1, 'TRAVEL_DOCUMENTS', { allowed: ['FIT_TO_TRAVEL', 'WITHDRAWN', 'CANCELLED'] });
    const input = { type: 'PASSPORT', number: 'EP1234567', issuedOn: '2026-03-10', nationalityVerifiedOn: today };
    const mocks = [
      ...fileMocks(file),
      {
        request: { query: recordTravelDocumentMutation, variables: { id: 'avrr:case-1', expectedVersion: 3, input } },
        result: refusal('Invalid input. input.number: must be at most 30 characters', { code: 'BAD_USER_INPUT', fields: [{ field: 'input.number', message: 'must be at most 30 characters' }] }),
      },
    ];
    renderWith(mocks, <CaseView id="avrr:case-1" viewer={officer} today={today} />);
    const form = await screen.findByRole('form', { name: 'Record the travel document' });
    const user = userEvent.setup();
    await user.click(within(form).getByRole('button', { name: 'Save the travel document' }));
    expect(within(form).getByRole('alert').textContent).toBe('There are 3 problems with the form.');
    expect(within(form).getByText('Enter the document type.')).toBeTruthy();
    expect(within(form).getByText('Enter the document number.')).toBeTruthy();

    await user.selectOptions(within(form).getByRole('combobox', { name: /Document type/ }), 'PASSPORT');
    await user.type(within(form).getByRole('textbox', { name: /Document number/ }), 'EP1234567');
    await user.type(within(form).getByLabelText(/Issued on/), '2026-03-10');
    await user.click(within(form).getByRole('button', { name: 'Save the travel document' }));
    expect(await within(form).findByText('must be at most 30 characters')).toBeTruthy();
    expect(within(form).getByRole('textbox', { name: /Document number/ }).getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByRole('alert').textContent).toBe('Some fields were refused: see the messages next to them.');
  });

  it('records a document given for the return, asking for what a document needs', async () => {
    const file = caseFile(1, 'ELIGIBILITY_CONFIRMED', { allowed: ['TRAVEL_DOCUMENTS', 'WITHDRAWN', 'CANCELLED'] });
    const input = { kind: 'DOCUMENT', providedOn: today, idempotencyKey: 'key-1', documentType: 'exit permit', documentNumber: 'XP-77', issuedOn: '2026-03-14' };
    const recorded = { ...file, support: [{ __typename: 'AvrSupport', id: 'avrr:s1', kind: 'DOCUMENT', description: null, documentType: 'exit permit', documentNumber: 'XP-77', issuedOn: '2026-03-14', transportMode: null, money: null, providedOn: today }] };
    const mocks = [
      ...fileMocks(file),
      { request: { query: recordAvrSupportMutation, variables: { caseId: 'avrr:case-1', input } }, result: { data: { __typename: 'Mutation', recordAvrSupport: { __typename: 'AvrSupport', id: 'avrr:s1', kind: 'DOCUMENT' } } } },
      { request: { query: avrCaseFileQuery, variables: fileVariables(1) }, result: { data: { __typename: 'Query', avrCase: recorded } } },
    ];
    vi.spyOn(crypto, 'randomUUID').mockReturnValue('key-1' as ReturnType<typeof crypto.randomUUID>);
    renderWith(mocks, <CaseView id="avrr:case-1" viewer={officer} today={today} />);
    expect(await screen.findByText('No documents or support recorded yet.')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Record a document or support' });
    const user = userEvent.setup();
    await user.selectOptions(within(form).getByRole('combobox', { name: /Kind/ }), 'DOCUMENT');
    await user.click(within(form).getByRole('button', { name: 'Record' }));
    expect(within(form).getByText('Enter the document.')).toBeTruthy();
    expect(within(form).getByText('Enter issued on.')).toBeTruthy();
    await user.type(within(form).getByRole('textbox', { name: /^Document\s*\(/ }), 'exit permit');
    await user.type(within(form).getByRole('textbox', { name: /Document number/ }), 'XP-77');
    await user.type(within(form).getByLabelText(/Issued on/), '2026-03-14');
    await user.click(within(form).getByRole('button', { name: 'Record' }));
    const table = await screen.findByRole('table', { name: 'Documents and support given for this return' });
    expect(within(table).getByText(/exit permit · XP-77/)).toBeTruthy();
  }, 15_000);

  it('shows a coordinator the file without names, document numbers, free text, steps they could take, or forms', async () => {
    // What the file's query answers without cases:read: no note, document number or support text asked for.
    const file = {
      ...caseFile(1, 'REQUESTED', { withNames: false, child: true, allowed: ['COUNSELLED', 'WITHDRAWN', 'REJECTED', 'CANCELLED'] }),
      nationalityVerifiedOn: '2026-03-09',
      travelDocument: { __typename: 'TravelDocument', type: 'PASSPORT', issuedOn: '2026-03-10' },
      support: [{ __typename: 'AvrSupport', id: 'avrr:s1', kind: 'DOCUMENT', documentType: 'exit permit', issuedOn: '2026-03-14', money: null, providedOn: today }],
    };
    renderWith(fileMocks(file, false), <CaseView id="avrr:case-1" viewer={coordinator} today={today} />);
    expect(await screen.findByText('Possible next steps: Counselled, Withdrawn, Rejected, Cancelled.')).toBeTruthy();
    expect(screen.getByText('Passport')).toBeTruthy();
    const support = screen.getByRole('table', { name: 'Documents and support given for this return' });
    expect(within(support).getByText(/^exit permit · /)).toBeTruthy();
    expect(screen.getByText('Name not shown to your role')).toBeTruthy();
    expect(screen.getByText('The child’s safeguards are shown to AVR officers and protection staff only.')).toBeTruthy();
    expect(await screen.findByText('No reintegration plan yet.')).toBeTruthy();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryAllByRole('form')).toEqual([]);
  });

  it('says there is no such case, and when it cannot be loaded', async () => {
    renderWith([{ request: { query: avrCaseFileQuery, variables: fileVariables(2) }, result: { data: { __typename: 'Query', avrCase: null } } }], <CaseView id="avrr:case-2" viewer={officer} />);
    expect(await screen.findByText('There is no return case with this ID.')).toBeTruthy();
    cleanup();
    renderWith(
      [{ request: { query: avrCaseFileQuery, variables: fileVariables(2) }, result: { data: { __typename: 'Query', avrCase: null }, errors: [{ message: 'The avrr subgraph could not be reached.', path: ['avrCase'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'avrr' } }] } }],
      <CaseView id="avrr:case-2" viewer={officer} />,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('The case could not be loaded.');
  });
});
