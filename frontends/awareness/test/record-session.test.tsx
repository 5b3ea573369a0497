import { forSite } from '@mpa/graphql';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordSession } from '../src/sessions/record-session.component.js';
import { planAwarenessSessionMutation, recordAwarenessSessionMutation } from '../src/sessions/sessions.documents.js';
import { renderWith, signInAt, signOut } from './helpers.js';

const today = new Date('2026-03-15T12:00:00Z');
const record = forSite(recordAwarenessSessionMutation, 'hargeisa');
const input = {
  topic: 'OTHER', topicOther: 'Mine risks', place: 'Hargeisa bus station', heldOn: '2026-03-15', facilitator: 'Fadumo Ali',
  attendance: { female: { age0To17: 0, age18To29: 12, age30To59: 0, age60Plus: 0 }, male: { age0To17: 3, age18To29: 20, age30To59: 0, age60Plus: 0 } },
  idempotencyKey: 'key-1',
};
const recorded = { data: { site: { __typename: 'SiteMutations', recordAwarenessSession: { __typename: 'AwarenessSessionPayload', created: true, session: { __typename: 'AwarenessSession', id: 'hargeisa:s1', heldOn: '2026-03-15', attendance: { __typename: 'AttendanceBySexAndAge', total: 35 } } } } } };

beforeEach(async () => {
  history.pushState(null, '', '/awareness/new');
  await signInAt('hargeisa');
});
afterEach(() => {
  cleanup();
  signOut();
});

async function fillIn() {
  const user = userEvent.setup();
  await user.selectOptions(screen.getByRole('combobox', { name: /Topic/ }), 'OTHER');
  await user.type(screen.getByRole('textbox', { name: /What the topic was/ }), 'Mine risks');
  await user.type(screen.getByRole('textbox', { name: /Place/ }), 'Hargeisa bus station');
  await user.type(screen.getByRole('textbox', { name: /Facilitator/ }), 'Fadumo Ali');
  await user.type(screen.getByRole('textbox', { name: 'Women and girls, 18–29' }), '12');
  await user.type(screen.getByRole('textbox', { name: 'Men and boys, 0–17' }), '3');
  await user.type(screen.getByRole('textbox', { name: 'Men and boys, 18–29' }), '20');
  return user;
}

describe('recording an awareness session', () => {
  it('says what is missing before sending anything, and that somebody must have come', async () => {
    renderWith([], <RecordSession today={today} newKey={() => 'key-1'} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Men and boys, 60 and over' }), 'a few');
    await user.click(screen.getByRole('button', { name: 'Record the session' }));
    expect(screen.getByRole('alert').textContent).toBe('There are 4 problems with the form.');
    expect(screen.getByText('Choose the topic.')).toBeTruthy();
    expect(screen.getByText('Enter where the session was held.')).toBeTruthy();
    expect(screen.getByText('Enter a whole number of people (0 or more).')).toBeTruthy();
    await user.clear(screen.getByRole('textbox', { name: 'Men and boys, 60 and over' }));
    await user.click(screen.getByRole('button', { name: 'Record the session' }));
    expect(screen.getByText('Count at least one person who attended.')).toBeTruthy();
  });

  it('adds up the attendance as it is typed, records the session at the user’s own centre and goes back to the history', async () => {
    renderWith([{ request: { query: record, variables: { input } }, result: recorded }], <RecordSession today={today} newKey={() => 'key-1'} />);
    const user = await fillIn();
    expect(screen.getByText('35 people in all')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Record the session' }));
    expect(await screen.findByText('Session recorded: 35 people reached.')).toBeTruthy();
    expect(location.pathname).toBe('/awareness');
  });

  it('shows the centre’s field messages in place, and says when nothing could be sent', async () => {
    const invalid = {
      errors: [{ message: 'Invalid input.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.attendance.male.age18To29', message: 'must be a whole number from 0 to 100000' }, { field: 'input.heldOn', message: 'cannot be before 2011-01-01' }] } }],
    };
    renderWith(
      [
        { request: { query: record, variables: { input } }, result: invalid },
        { request: { query: record, variables: { input } }, error: new Error('Failed to fetch') },
      ],
      <RecordSession today={today} newKey={() => 'key-1'} />,
    );
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Record the session' }));
    expect(await screen.findByText('The centre says: must be a whole number from 0 to 100000.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Men and boys, 18–29' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('The centre says: cannot be before 2011-01-01.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('There are 2 problems with the form.');
    await user.click(screen.getByRole('button', { name: 'Record the session' }));
    expect(await screen.findByText('The session could not be sent. Nothing was saved; try again.')).toBeTruthy();
  });

  it('says plainly when the user’s role may not record sessions', async () => {
    renderWith([{ request: { query: record, variables: { input } }, result: { errors: [{ message: 'This needs the cases:write scope.', extensions: { code: 'FORBIDDEN' } }] } }], <RecordSession today={today} newKey={() => 'key-1'} />);
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Record the session' }));
    expect(await screen.findByText('Recording sessions needs the caseworker role. Nothing was saved.')).toBeTruthy();
  });

  it('plans a session for a coming day, without attendance, refusing a day already gone', async () => {
    const plan = forSite(planAwarenessSessionMutation, 'hargeisa');
    const planned = { data: { site: { __typename: 'SiteMutations', planAwarenessSession: { __typename: 'AwarenessSessionPayload', created: true, session: { __typename: 'AwarenessSession', id: 'hargeisa:s2', status: 'PLANNED', heldOn: '2026-03-20' } } } } };
    renderWith(
      [{ request: { query: plan, variables: { input: { topic: 'HEALTH', place: 'Village of Qaw', facilitator: 'Fadumo Ali', plannedOn: '2026-03-20', idempotencyKey: 'key-1' } } }, result: planned }],
      <RecordSession mode="plan" today={today} newKey={() => 'key-1'} />,
    );
    expect(screen.getByRole('heading', { name: 'Plan an awareness session' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Women and girls' })).toBeNull();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: /Topic/ }), 'HEALTH');
    await user.type(screen.getByRole('textbox', { name: /Place/ }), 'Village of Qaw');
    await user.type(screen.getByRole('textbox', { name: /Facilitator/ }), 'Fadumo Ali');
    const day = screen.getByLabelText(/Planned for/);
    await user.clear(day);
    await user.type(day, '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Plan the session' }));
    expect(screen.getByText('A session cannot be planned for a day already gone: record it as held instead.')).toBeTruthy();
    await user.clear(day);
    await user.type(day, '2026-03-20');
    await user.click(screen.getByRole('button', { name: 'Plan the session' }));
    expect(await screen.findByText('Session planned at Village of Qaw.')).toBeTruthy();
    expect(location.pathname).toBe('/awareness');
  });
});
