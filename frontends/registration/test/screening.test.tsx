import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { migrantCaseQuery, recordScreeningMutation } from '../src/registration.documents.js';
import { RecordScreening } from '../src/screening/screening-form.component.js';
import { caseOf, renderWith } from './helpers.js';

afterEach(cleanup);

const today = new Date('2026-03-15T12:00:00Z');
const refetch = () => ({ request: { query: migrantCaseQuery, variables: { id: 'bossaso:7' } }, result: { data: { migrant: caseOf() } } });
const input = {
  migrantId: 'bossaso:7',
  screenedOn: '2026-03-15',
  factors: [
    { level: 'INDIVIDUAL', factor: 'UNACCOMPANIED_CHILD', kind: 'RISK' },
    { level: 'HOUSEHOLD_FAMILY', factor: 'DEBT', kind: 'RISK' },
    { level: 'COMMUNITY', factor: 'COMMUNITY_SUPPORT', kind: 'PROTECTIVE' },
  ],
  assessment: 'HIGH',
  needs: ['SHELTER', 'PROTECTION'],
  note: 'Owes the smugglers',
  idempotencyKey: 'key-1',
};
const recorded = {
  data: {
    site: {
      __typename: 'SiteMutations',
      recordScreening: {
        __typename: 'ScreeningPayload',
        created: true,
        screening: { __typename: 'VulnerabilityScreening', id: 'bossaso:s2', assessment: 'HIGH' },
        migrant: { __typename: 'BossasoMigrant', id: 'bossaso:7', riskLevel: 'HIGH', isUnaccompaniedChild: true, hasTraffickingIndicators: false },
      },
    },
  },
};

function renderForm(mocks: Parameters<typeof renderWith>[0]) {
  const onDone = vi.fn();
  renderWith(mocks, <RecordScreening migrantId="bossaso:7" onDone={onDone} today={today} newKey={() => 'key-1'} />);
  return { user: userEvent.setup(), onDone };
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  const person = screen.getByRole('group', { name: 'The person' });
  await user.click(within(person).getByLabelText('Unaccompanied child'));
  await user.click(within(screen.getByRole('group', { name: 'Household and family' })).getByLabelText('Debt (own or the family’s)'));
  await user.click(within(screen.getByRole('group', { name: 'Community' })).getByLabelText('A community or diaspora network that helps (protective)'));
  await user.click(screen.getByRole('radio', { name: 'High' }));
  const needs = screen.getByRole('group', { name: 'Needs' });
  await user.click(within(needs).getByLabelText('Protection'));
  await user.click(within(needs).getByLabelText('Shelter'));
  await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Owes the smugglers');
}

describe('the vulnerability screening', () => {
  it('groups the determinants by level, and asks for the overall vulnerability before sending', async () => {
    const { user } = renderForm([]);
    expect(screen.getAllByRole('group').map((group) => group.querySelector('legend')!.textContent)).toEqual([
      'The person', 'Household and family', 'Community', 'Structural conditions', 'Overall vulnerability (required)', 'Needs',
    ]);
    await user.click(screen.getByRole('button', { name: 'Record the screening' }));
    expect(screen.getByRole('alert').textContent).toBe('There is 1 problem with the form.');
    expect(screen.getByText('Choose the overall vulnerability.')).toBeTruthy();
  });

  it('warns that an unaccompanied child marks the case for the protection team', async () => {
    const { user } = renderForm([]);
    expect(screen.queryByText(/mark the case for the protection team/)).toBeNull();
    await user.click(screen.getByLabelText('Unaccompanied child'));
    expect(screen.getByRole('status').textContent).toMatch(/mark the case for the protection team and set its risk level to high/);
  });

  it('records each determinant at its level, as a risk or a protective factor, with the needs', async () => {
    const { user, onDone } = renderForm([{ request: { query: recordScreeningMutation, variables: { input } }, result: recorded }, refetch()]);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Record the screening' }));
    expect(await screen.findByText('Screening recorded.')).toBeTruthy();
    expect(onDone).toHaveBeenCalled();
  });

  it('shows the centre’s refusal next to the determinants and the date', async () => {
    const { user, onDone } = renderForm([
      {
        request: { query: recordScreeningMutation, variables: { input } },
        result: {
          errors: [{
            message: 'Invalid input.',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.factors.1.factor', message: 'DEBT is listed twice' }, { field: 'input.screenedOn', message: 'cannot be before 2020-01-01' }] },
          }],
        },
      },
    ]);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Record the screening' }));
    expect(await screen.findByText('DEBT is listed twice')).toBeTruthy();
    expect(screen.getByLabelText(/Screened on/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('cannot be before 2020-01-01')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('There are 2 problems with the form.'));
    expect(onDone).not.toHaveBeenCalled();
  });
});
