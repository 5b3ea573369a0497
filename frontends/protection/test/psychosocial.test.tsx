// Psychosocial support: a migrant's sessions (paged, recorded with checks) and the centre's group activities.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroupActivities } from '../src/psychosocial/group-activities.component.js';
import { MhpssSessionsPanel, sessionsPageSize } from '../src/psychosocial/mhpss-sessions-panel.component.js';
import { RecordGroupActivity } from '../src/psychosocial/record-group-activity.component.js';
import { fakeCentre, migrant, pageInfo, refusedFields, renderWith, signInAs, signOut } from './helpers.js';

const today = new Date('2026-03-15T12:00:00Z');

beforeEach(async () => {
  await signInAs('mhpss');
});
afterEach(() => {
  cleanup();
  signOut();
});

const session = (n: number) => ({
  __typename: 'MhpssSession', id: `bossaso:s${n}`, type: 'COUNSELLING', heldOn: `2026-03-${String(n).padStart(2, '0')}`, notes: `Notes ${n}`, followUpOn: null,
  deliveredBy: { __typename: 'ServiceProvider', name: 'Counsellor' },
});
const sessionsAnswer = (nodes: unknown[], endCursor: string | null = null) => ({
  data: { migrant: { __typename: 'BossasoMigrant', id: 'bossaso:m7', mhpssSessions: { __typename: 'MhpssSessionConnection', pageInfo: pageInfo(endCursor), edges: nodes.map((node) => ({ __typename: 'MhpssSessionEdge', node })) } } },
});

describe('a migrant’s psychosocial support sessions', () => {
  it('pages through the sessions, most recent first', async () => {
    const centre = fakeCentre({ MhpssSessions: (v) => (v['after'] === 's2' ? sessionsAnswer([session(1)]) : sessionsAnswer([session(3), session(2)], 's2')) });
    renderWith(centre.client, <MhpssSessionsPanel migrantId="bossaso:m7" site="bossaso" canWrite />);
    const table = await screen.findByRole('table', { name: 'Individual sessions, most recent first' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(centre.operations[0]?.variables).toEqual({ id: 'bossaso:m7', first: sessionsPageSize });
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Notes 1')).toBeTruthy();
  });

  it('checks a session before sending it, shows the centre’s refusal in place, then records it', async () => {
    let attempts = 0;
    const centre = fakeCentre({
      MhpssSessions: () => sessionsAnswer([]),
      RecordMhpssSession: () =>
        ++attempts === 1
          ? refusedFields([{ field: 'input.heldOn', message: 'cannot be before 2026-01-01' }])
          : { data: { site: { __typename: 'SiteMutations', recordMhpssSession: { __typename: 'MhpssSessionPayload', created: true, session: { __typename: 'MhpssSession', id: 'bossaso:s9', type: 'PSYCHOLOGICAL_FIRST_AID', heldOn: '2026-03-14' } } } } },
    });
    renderWith(centre.client, <MhpssSessionsPanel migrantId="bossaso:m7" site="bossaso" canWrite today={today} newKey={() => 'key-s'} />);
    expect(await screen.findByText('No sessions recorded.')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Record a session' }));
    const heldOn = screen.getByLabelText(/Held on/);
    await user.clear(heldOn);
    await user.type(heldOn, '2026-03-14');
    await user.type(screen.getByLabelText('Follow-up on'), '2026-03-10');
    await user.click(screen.getByRole('button', { name: 'Record the session' }));
    expect(screen.getByText('Choose the kind of session.')).toBeTruthy();
    expect(screen.getByText('The follow-up cannot be before the session.')).toBeTruthy();
    expect(centre.names()).not.toContain('RecordMhpssSession');

    await user.selectOptions(screen.getByRole('combobox', { name: /Kind of session/ }), 'PSYCHOLOGICAL_FIRST_AID');
    await user.clear(screen.getByLabelText('Follow-up on'));
    await user.click(screen.getByRole('button', { name: 'Record the session' }));
    expect(await screen.findByText('The centre refused it: cannot be before 2026-01-01.')).toBeTruthy();
    expect(screen.getByLabelText(/Held on/).getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Record the session' }));
    expect(await screen.findByText('Session recorded.')).toBeTruthy();
    expect(centre.operations.filter((o) => o.operationName === 'RecordMhpssSession').at(-1)?.variables).toEqual({
      input: { migrantId: 'bossaso:m7', type: 'PSYCHOLOGICAL_FIRST_AID', heldOn: '2026-03-14', idempotencyKey: 'key-s' },
    });
    expect(centre.names().filter((name) => name === 'MhpssSessions').length).toBeGreaterThan(1);
  });

  it('offers no recording to someone who may only read', async () => {
    renderWith(fakeCentre({ MhpssSessions: () => sessionsAnswer([session(1)]) }).client, <MhpssSessionsPanel migrantId="bossaso:m7" site="bossaso" canWrite={false} />);
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Record a session' })).toBeNull();
  });
});

const activitiesAnswer = (nodes: unknown[]) => ({
  data: { centre: { __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso', mhpssGroupActivities: { __typename: 'MhpssGroupActivityConnection', pageInfo: pageInfo(), edges: nodes.map((node) => ({ __typename: 'MhpssGroupActivityEdge', node })) } } },
});

describe('group activities', () => {
  it('lists them with their attendance, narrowed by kind, and says when there are none', async () => {
    const centre = fakeCentre({
      MhpssGroupActivities: (v) =>
        v['filter'] === undefined
          ? activitiesAnswer([{ __typename: 'MhpssGroupActivity', id: 'bossaso:g1', type: 'SUPPORT_GROUP', heldOn: '2026-03-10', facilitator: 'Hodan', attendance: 2, attendees: [{ __typename: 'MhpssAttendance', attended: true }, { __typename: 'MhpssAttendance', attended: true }, { __typename: 'MhpssAttendance', attended: false }] }])
          : activitiesAnswer([]),
    });
    renderWith(centre.client, <GroupActivities site="bossaso" canWrite />);
    const table = await screen.findByRole('table', { name: 'Group activities at Bossaso' });
    expect(within(table).getByText('2 of 3')).toBeTruthy();
    expect(screen.getByText('Confidential.')).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kind of activity' }), 'SPORTS');
    expect(await screen.findByText('No group activities recorded.')).toBeTruthy();
    expect(centre.operations.at(-1)?.variables['filter']).toEqual({ type: 'SPORTS' });
  });

  it('records an activity with the participants found by search, and who came', async () => {
    const centre = fakeCentre({
      FindMigrantForProtection: () => ({
        data: { centre: { __typename: 'BossasoCentre', code: 'bossaso', searchMigrants: { __typename: 'MigrantSearchConnection', pageInfo: pageInfo(), edges: [migrant(4, 'Sahra Ali'), migrant(5, 'Sahra Ahmed')].map((node) => ({ __typename: 'MigrantSearchEdge', node })) } } },
      }),
      RecordMhpssGroupActivity: () => ({ data: { site: { __typename: 'SiteMutations', recordMhpssGroupActivity: { __typename: 'MhpssGroupActivityPayload', created: true, activity: { __typename: 'MhpssGroupActivity', id: 'bossaso:g2', type: 'SPORTS', heldOn: '2026-03-15', attendance: 1 } } } } }),
    });
    history.pushState(null, '', '/protection/psychosocial/new');
    renderWith(centre.client, <RecordGroupActivity site="bossaso" today={today} newKey={() => 'key-g'} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Record the activity' }));
    expect(screen.getByRole('alert').textContent).toBe('There are 2 problems with the form.');
    await user.selectOptions(screen.getByRole('combobox', { name: /Kind of activity/ }), 'SPORTS');
    await user.type(screen.getByRole('textbox', { name: /Facilitator/ }), 'Hodan');
    await user.type(screen.getByRole('searchbox'), 'Sahra{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Choose Sahra Ali (BOS-2026-000004)' }));
    await user.type(screen.getByRole('searchbox'), 'Sahra{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Choose Sahra Ahmed (BOS-2026-000005)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Sahra Ahmed came' }));
    await user.click(screen.getByRole('button', { name: 'Record the activity' }));
    expect(await screen.findByText('Group activity recorded (1 attended).')).toBeTruthy();
    expect(location.pathname).toBe('/protection/psychosocial');
    expect(centre.operations.find((o) => o.operationName === 'RecordMhpssGroupActivity')?.variables).toEqual({
      input: {
        type: 'SPORTS', heldOn: '2026-03-15', facilitator: 'Hodan', idempotencyKey: 'key-g',
        attendees: [{ migrantId: 'bossaso:m4', attended: true }, { migrantId: 'bossaso:m5', attended: false }],
      },
    });
  });
});
