import { setLanguage } from '@mpa/i18n';
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordCounselling } from '../src/counselling/counselling-form.component.js';
import { migrantCaseQuery, recordCounsellingMutation } from '../src/registration.documents.js';
import { caseOf, renderWith } from './helpers.js';

afterEach(() => {
  cleanup();
  act(() => setLanguage('en'));
  localStorage.clear();
});

const today = new Date('2026-03-15T12:00:00Z');
const refetch = () => ({ request: { query: migrantCaseQuery, variables: { id: 'bossaso:7' } }, result: { data: { migrant: caseOf() } } });
const input = { migrantId: 'bossaso:7', heldOn: '2026-03-15', topics: ['RISKS_OF_IRREGULAR_MIGRATION', 'AVR'], outcome: 'Thinking about returning', followUpOn: '2026-03-22', idempotencyKey: 'key-1' };

function renderForm(mocks: Parameters<typeof renderWith>[0]) {
  const onDone = vi.fn();
  renderWith(mocks, <RecordCounselling migrantId="bossaso:7" onDone={onDone} today={today} newKey={() => 'key-1'} />);
  return { user: userEvent.setup(), onDone };
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, followUp = '2026-03-22') {
  await user.click(screen.getByLabelText('Assisted voluntary return'));
  await user.click(screen.getByLabelText('Risks of irregular migration'));
  await user.type(screen.getByRole('textbox', { name: 'Outcome' }), 'Thinking about returning');
  await user.type(screen.getByLabelText(/Follow-up on/), followUp);
}

describe('recording a counselling session', () => {
  it('asks for a topic, and refuses a follow-up before the session', async () => {
    const { user } = renderForm([]);
    await user.type(screen.getByLabelText(/Follow-up on/), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Record the session' }));
    expect(screen.getByRole('alert').textContent).toBe('There are 2 problems with the form.');
    expect(screen.getByText('Choose at least one topic.')).toBeTruthy();
    expect(screen.getByText('The follow-up cannot be before the session.')).toBeTruthy();
  });

  it('records the session with its topics in the list’s order and a follow-up to come', async () => {
    const { user, onDone } = renderForm([
      {
        request: { query: recordCounsellingMutation, variables: { input } },
        result: { data: { site: { __typename: 'SiteMutations', recordCounselling: { __typename: 'CounsellingPayload', created: true, session: { __typename: 'CounsellingSession', id: 'bossaso:k2', heldOn: '2026-03-15' } } } } },
      },
      refetch(),
    ]);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Record the session' }));
    expect(await screen.findByText('Counselling session recorded.')).toBeTruthy();
    expect(onDone).toHaveBeenCalled();
  });

  it('says nothing was saved when the centre cannot be reached', async () => {
    const { user, onDone } = renderForm([
      {
        request: { query: recordCounsellingMutation, variables: { input } },
        result: { errors: [{ message: 'The bossaso subgraph could not be reached.', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'bossaso' } }] },
      },
    ]);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Record the session' }));
    expect(await screen.findByText('This could not be sent. Nothing was saved; try again.')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('speaks Somali', () => {
    act(() => setLanguage('so'));
    renderForm([]);
    expect(screen.getByRole('group', { name: /Mawduucyada/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Diiwaangeli kulanka' })).toBeTruthy();
  });
});
