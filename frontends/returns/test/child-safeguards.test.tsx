import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordChildSafeguardsMutation } from '../src/case/case.documents.js';
import { CaseView } from '../src/case/case-view.component.js';
import { caseFile, fileMocks, today } from './fixtures.js';
import { coordinator, officer, renderWith } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const now = new Date('2026-03-15T10:30:00.000Z');

describe('an unaccompanied child’s safeguards', () => {
  it('records the determination, the assessment and both consents as of now', async () => {
    const file = caseFile(1, 'COUNSELLED', { child: true });
    const input = { bestInterestsDeterminationRef: 'BID-BOS-2026-014', familyAssessment: 'Mother traced', childConsentAt: now.toISOString(), guardianConsentAt: now.toISOString() };
    const mocks = [
      ...fileMocks(file),
      { request: { query: recordChildSafeguardsMutation, variables: { id: 'avrr:case-1', expectedVersion: 3, input } }, result: { data: { __typename: 'Mutation', recordChildSafeguards: { __typename: 'AvrCase', id: 'avrr:case-1', version: 4 } } } },
    ];
    // The consents are recorded as of the moment the form is saved.
    vi.useFakeTimers({ now, toFake: ['Date'] });
    renderWith(mocks, <CaseView id="avrr:case-1" viewer={officer} today={today} />);
    const form = await screen.findByRole('form', { name: 'Record safeguards' });
    const user = userEvent.setup();
    await user.type(within(form).getByRole('textbox', { name: /Best-interests determination/ }), 'BID-BOS-2026-014');
    await user.type(within(form).getByRole('textbox', { name: /Family assessment/ }), 'Mother traced');
    await user.click(within(form).getByRole('checkbox', { name: 'Child’s consent recorded: Recorded now' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Guardian’s consent recorded: Recorded now' }));
    await user.click(within(form).getByRole('button', { name: 'Save the safeguards' }));
    expect(await screen.findByText('Safeguards saved.')).toBeTruthy();
  }, 15_000);

  it('says the part is protection data, and shows it only to those who may read it', async () => {
    renderWith(fileMocks(caseFile(1, 'COUNSELLED', { child: true, withNames: false }), false), <CaseView id="avrr:case-1" viewer={coordinator} today={today} />);
    expect(await screen.findByText('Protection data: every reading of this part is logged.')).toBeTruthy();
    expect(screen.getByText('The child’s safeguards are shown to AVR officers and protection staff only.')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });
});
