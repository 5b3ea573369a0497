import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addReintegrationActivityMutation, createReintegrationPlanMutation, reintegrationPlanQuery, updateActivityStatusMutation } from '../src/reintegration/reintegration.documents.js';
import { ReintegrationPlanPart } from '../src/reintegration/reintegration-plan.component.js';
import { noPlan, today } from './fixtures.js';
import { refusal, renderWith } from './helpers.js';

// The forms make one idempotency key each when they open: a retry never adds twice.
beforeEach(() => vi.spyOn(crypto, 'randomUUID').mockReturnValue('key-1' as ReturnType<typeof crypto.randomUUID>));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const activity = (id: string, extra: Record<string, unknown>) => ({
  __typename: 'ReintegrationActivity',
  id,
  dimension: 'ECONOMIC',
  type: 'BUSINESS_START_UP',
  modality: 'CASH',
  description: null,
  money: { __typename: 'Money', amount: '450.00', currency: 'USD' },
  partner: 'Bari Business Centre',
  status: 'PLANNED',
  deliveredOn: null,
  version: 1,
  ...extra,
});
const planAnswer = (activities: ReturnType<typeof activity>[], completion: number | null) => ({
  __typename: 'Query',
  avrCase: {
    __typename: 'AvrCase',
    id: 'avrr:case-1',
    status: 'ARRIVED',
    reintegrationPlan: { __typename: 'ReintegrationPlan', id: 'avrr:plan-1', scope: 'HOUSEHOLD', summary: 'Shop in Qardho', beneficiaries: 4, completion, createdAt: '2026-03-10T09:00:00.000Z', version: 1, activities },
  },
});
const planQuery = { query: reintegrationPlanQuery, variables: { caseId: 'avrr:case-1', withNames: true } };

describe('the reintegration plan', () => {
  it('shows the activities by dimension, in kind or cash, and moves their delivery on', async () => {
    const shelter = activity('avrr:a2', { dimension: 'SOCIAL', type: 'HOUSING', modality: 'IN_KIND', money: null, partner: null, status: 'DELIVERED', deliveredOn: '2026-03-12' });
    const mocks = [
      { request: planQuery, result: { data: planAnswer([activity('avrr:a1', {}), shelter], 0.5) } },
      {
        request: { query: updateActivityStatusMutation, variables: { id: 'avrr:a1', expectedVersion: 1, status: 'IN_PROGRESS' } },
        result: { data: { __typename: 'Mutation', updateReintegrationActivityStatus: { __typename: 'ReintegrationActivity', id: 'avrr:a1', status: 'IN_PROGRESS', deliveredOn: null, version: 2 } } },
      },
      { request: planQuery, result: { data: planAnswer([activity('avrr:a1', { status: 'IN_PROGRESS', version: 2 }), shelter], 0.5) } },
      {
        request: { query: updateActivityStatusMutation, variables: { id: 'avrr:a1', expectedVersion: 2, status: 'DELIVERED', deliveredOn: today } },
        result: refusal('Activity avrr:a1 was changed meanwhile.', { code: 'CONFLICT' }),
      },
      { request: planQuery, result: { data: planAnswer([activity('avrr:a1', { status: 'IN_PROGRESS', version: 3 }), shelter], 0.5) } },
    ];
    renderWith(mocks, <ReintegrationPlanPart caseId="avrr:case-1" status="ARRIVED" canWrite withNames today={today} />);
    const economic = await screen.findByRole('table', { name: 'Economic activities' });
    expect(screen.getByText('The household · People served: 4 ·', { exact: false })).toBeTruthy();
    expect(screen.getByText('50% delivered')).toBeTruthy();
    const cash = within(economic).getAllByRole('row')[1] as HTMLElement;
    expect(within(cash).getByText('450.00 USD')).toBeTruthy();
    expect(within(cash).getByText('Cash')).toBeTruthy();
    const social = screen.getByRole('table', { name: 'Social activities' });
    expect(within(social).getByText('In kind')).toBeTruthy();
    expect(within(social).getByText(/Delivered 12 Mar 2026/)).toBeTruthy();
    expect(within(social).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('table', { name: 'Psychosocial activities' })).toBeNull();

    await userEvent.click(within(cash).getByRole('button', { name: 'Start' }));
    expect(await screen.findByText('Activity now “In progress”.')).toBeTruthy();
    await userEvent.click(await within(economic).findByRole('button', { name: 'Mark delivered' }));
    expect(await screen.findByText('Someone else changed this record meanwhile. It has been reloaded: check it and try again.')).toBeTruthy();
  });

  it('adds an activity only of the chosen dimension, asking an amount for cash, and shows a refused field next to it', async () => {
    const input = { dimension: 'PSYCHOSOCIAL', type: 'MHPSS', modality: 'BOTH', idempotencyKey: 'key-1', amount: 80.5, currency: 'USD' };
    const mocks = [
      { request: planQuery, result: { data: planAnswer([], null) } },
      {
        request: { query: addReintegrationActivityMutation, variables: { planId: 'avrr:plan-1', input } },
        result: refusal('Invalid input. input.currency: must be an ISO 4217 code', { code: 'BAD_USER_INPUT', fields: [{ field: 'input.currency', message: 'is not a currency we pay in' }] }),
      },
    ];
    renderWith(mocks, <ReintegrationPlanPart caseId="avrr:case-1" status="REINTEGRATION" canWrite withNames today={today} />);
    const form = await screen.findByRole('form', { name: 'Add an activity' });
    expect(screen.getByText('No activities yet.')).toBeTruthy();
    const user = userEvent.setup();
    await user.selectOptions(within(form).getByRole('combobox', { name: /Dimension/ }), 'PSYCHOSOCIAL');
    const types = within(within(form).getByRole('combobox', { name: /^Activity/ })).getAllByRole('option').map((o) => o.textContent);
    expect(types).toEqual(['Choose…', 'Counselling', 'Mental health and psychosocial support']);
    await user.selectOptions(within(form).getByRole('combobox', { name: /Delivered as/ }), 'BOTH');
    await user.click(within(form).getByRole('button', { name: 'Add the activity' }));
    expect(within(form).getByText('Cash needs an amount.')).toBeTruthy();
    expect(within(form).getByText('Enter the activity.')).toBeTruthy();

    await user.selectOptions(within(form).getByRole('combobox', { name: /^Activity/ }), 'MHPSS');
    await user.type(within(form).getByRole('textbox', { name: /Value/ }), '80.50');
    await user.click(within(form).getByRole('button', { name: 'Add the activity' }));
    expect(await within(form).findByText('is not a currency we pay in')).toBeTruthy();
  });

  it('opens a plan, checking that an individual plan serves one person', async () => {
    const mocks = [
      { request: planQuery, result: { data: noPlan(1, 'ARRIVED') } },
      {
        request: { query: createReintegrationPlanMutation, variables: { caseId: 'avrr:case-1', input: { scope: 'INDIVIDUAL', beneficiaries: 1, idempotencyKey: 'key-1' } } },
        result: { data: { __typename: 'Mutation', createReintegrationPlan: { __typename: 'ReintegrationPlan', id: 'avrr:plan-1' } } },
      },
      { request: planQuery, result: { data: planAnswer([], null) } },
    ];
    renderWith(mocks, <ReintegrationPlanPart caseId="avrr:case-1" status="ARRIVED" canWrite withNames today={today} />);
    const form = await screen.findByRole('form', { name: 'Open the plan' });
    const user = userEvent.setup();
    const people = within(form).getByRole('textbox', { name: /People served/ });
    await user.clear(people);
    await user.type(people, '3');
    await user.click(within(form).getByRole('button', { name: 'Open the plan' }));
    expect(within(form).getByText('Enter a whole number from 1 to 10000; 1 for an individual plan.')).toBeTruthy();
    await user.clear(people);
    await user.type(people, '1');
    await user.click(within(form).getByRole('button', { name: 'Open the plan' }));
    expect(await screen.findByText('Reintegration plan opened.')).toBeTruthy();
    expect(await screen.findByRole('form', { name: 'Add an activity' })).toBeTruthy();
  });

  it('offers no plan for a return that will not happen, and no forms to a coordinator', async () => {
    renderWith([{ request: planQuery, result: { data: noPlan(1, 'WITHDRAWN') } }], <ReintegrationPlanPart caseId="avrr:case-1" status="WITHDRAWN" canWrite withNames />);
    expect(await screen.findByText('A reintegration plan is opened once the return is under way.')).toBeTruthy();
    cleanup();
    // A coordinator (no cases:read) does not ask for the plan's free text: asking would be refused.
    const { summary: _summary, ...planWithoutText } = planAnswer([], 0).avrCase.reintegrationPlan;
    const { description: _description, ...activityWithoutText } = activity('avrr:a1', {});
    const coordinatorAnswer = { __typename: 'Query', avrCase: { ...planAnswer([], 0).avrCase, reintegrationPlan: { ...planWithoutText, activities: [activityWithoutText] } } };
    renderWith([{ request: { ...planQuery, variables: { caseId: 'avrr:case-1', withNames: false } }, result: { data: coordinatorAnswer } }],
      <ReintegrationPlanPart caseId="avrr:case-1" status="ARRIVED" canWrite={false} withNames={false} />);
    expect(await screen.findByRole('table', { name: 'Economic activities' })).toBeTruthy();
    expect(screen.queryByText('Shop in Qardho')).toBeNull();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('form')).toBeNull();
  });
});
