import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordConsent } from '../src/consent/consent-form.component.js';
import { ConsentList } from '../src/consent/consent-list.component.js';
import { migrantCaseQuery, recordConsentMutation, withdrawConsentMutation } from '../src/registration.documents.js';
import { caseOf, renderWith } from './helpers.js';

afterEach(cleanup);

const today = new Date('2026-03-15T12:00:00Z');
const refetch = () => ({ request: { query: migrantCaseQuery, variables: { id: 'bossaso:7' } }, result: { data: { migrant: caseOf() } } });
const recorded = {
  data: { site: { __typename: 'SiteMutations', recordConsent: { __typename: 'ConsentPayload', created: true, consent: { __typename: 'Consent', id: 'bossaso:c9', purpose: 'AVR', active: true } } } },
};
const avrByAunt = {
  migrantId: 'bossaso:7', purpose: 'AVR', givenBy: 'GUARDIAN', guardianName: 'Fatuma Ali', guardianRelationship: 'aunt', givenOn: '2026-03-15', idempotencyKey: 'key-1',
};

function renderForm(mocks: Parameters<typeof renderWith>[0], onDone = vi.fn()) {
  renderWith(mocks, <RecordConsent migrantId="bossaso:7" child inForce={['REGISTRATION']} onDone={onDone} today={today} newKey={() => 'key-1'} />);
  return { user: userEvent.setup(), onDone };
}

describe('recording a consent', () => {
  it('offers only the purposes without a consent in force, and starts from a guardian for a child', () => {
    renderForm([]);
    const purposes = [...(screen.getByRole('combobox', { name: /Purpose/ }) as HTMLSelectElement).options].map((o) => o.textContent);
    expect(purposes).toEqual(['Choose…', 'Sharing data with partners', 'Assisted voluntary return', 'Medical assistance']);
    expect((screen.getByRole('radio', { name: 'A guardian' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('This migrant is a child: a guardian gives the consent.')).toBeTruthy();
  });

  it('checks the purpose, the guardian and the child’s own consent before sending', async () => {
    const { user } = renderForm([]);
    await user.click(screen.getByRole('button', { name: 'Record the consent' }));
    expect(screen.getByRole('alert').textContent).toBe('There are 3 problems with the form.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert')));
    expect(screen.getByText('Choose what the consent is for.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Guardian’s name/ }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter the relationship to the child.')).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'The migrant' }));
    expect(screen.queryByRole('textbox', { name: /Guardian’s name/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Record the consent' }));
    expect(screen.getByText('A child’s consent is given by a guardian.')).toBeTruthy();
  });

  it('records the guardian’s consent at the migrant’s site and closes the form', async () => {
    const { user, onDone } = renderForm([{ request: { query: recordConsentMutation, variables: { input: avrByAunt } }, result: recorded }, refetch()]);
    await user.selectOptions(screen.getByRole('combobox', { name: /Purpose/ }), 'AVR');
    await user.type(screen.getByRole('textbox', { name: /Guardian’s name/ }), ' Fatuma Ali ');
    await user.type(screen.getByRole('textbox', { name: /Relationship to the child/ }), 'aunt');
    await user.click(screen.getByRole('button', { name: 'Record the consent' }));
    expect(await screen.findByText('Consent recorded: Assisted voluntary return.')).toBeTruthy();
    expect(onDone).toHaveBeenCalled();
  });

  it('shows the centre’s refusal of a field next to it, and a conflict above the form', async () => {
    const { user, onDone } = renderForm([
      {
        request: { query: recordConsentMutation, variables: { input: avrByAunt } },
        result: { errors: [{ message: 'Invalid input.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.guardianName', message: 'must be at most 100 characters' }] } }] },
      },
      {
        request: { query: recordConsentMutation, variables: { input: avrByAunt } },
        result: { errors: [{ message: 'A consent for AVR is already in force (given 2026-03-10).', extensions: { code: 'CONFLICT' } }] },
      },
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: /Purpose/ }), 'AVR');
    await user.type(screen.getByRole('textbox', { name: /Guardian’s name/ }), 'Fatuma Ali');
    await user.type(screen.getByRole('textbox', { name: /Relationship to the child/ }), 'aunt');
    await user.click(screen.getByRole('button', { name: 'Record the consent' }));
    expect(await screen.findByText('must be at most 100 characters')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Guardian’s name/ }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('There is 1 problem with the form.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert')));

    await user.click(screen.getByRole('button', { name: 'Record the consent' }));
    expect(await screen.findByText('The centre refused this: A consent for AVR is already in force (given 2026-03-10).')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Guardian’s name/ }).getAttribute('aria-invalid')).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe('withdrawing a consent', () => {
  const consents = caseOf().consents.edges.map((edge) => edge.node);

  it('asks why, then withdraws the version the user saw', async () => {
    const withdrawn = { ...consents[0]!, active: false, withdrawnOn: '2026-03-15', withdrawalReason: 'Changed her mind', version: 2 };
    renderWith(
      [
        {
          request: { query: withdrawConsentMutation, variables: { input: { id: 'bossaso:c1', expectedVersion: 1, reason: 'Changed her mind', withdrawnOn: '2026-03-15' } } },
          result: { data: { site: { __typename: 'SiteMutations', withdrawConsent: { __typename: 'ConsentPayload', consent: withdrawn } } } },
        },
        refetch(),
      ],
      <ConsentList migrantId="bossaso:7" consents={consents} today={today} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Withdraw: Registration at the centre' }));
    const form = screen.getByRole('form', { name: 'Withdraw the consent for registration at the centre' });
    await user.click(within(form).getByRole('button', { name: 'Withdraw the consent' }));
    expect(within(form).getByText('Enter the reason for the withdrawal.')).toBeTruthy();
    // The summary takes the focus, so a screen reader says what is wrong.
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByRole('alert')));

    await user.type(within(form).getByRole('textbox', { name: /Reason for the withdrawal/ }), 'Changed her mind');
    await user.click(within(form).getByRole('button', { name: 'Withdraw the consent' }));
    expect(await screen.findByText('Consent withdrawn: Registration at the centre.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: /Withdraw the consent/ })).toBeNull();
  });

  it('refuses a withdrawal dated before the consent was given', async () => {
    renderWith([], <ConsentList migrantId="bossaso:7" consents={consents} today={today} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Withdraw: Registration at the centre' }));
    const date = screen.getByLabelText(/Withdrawn on/);
    await user.clear(date);
    await user.type(date, '2026-02-01');
    await user.type(screen.getByRole('textbox', { name: /Reason/ }), 'x');
    await user.click(screen.getByRole('button', { name: 'Withdraw the consent' }));
    expect(screen.getByText('Enter a date on or after 2026-03-01.')).toBeTruthy();
  });
});
