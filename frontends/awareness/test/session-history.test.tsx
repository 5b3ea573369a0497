import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AwarenessSection } from '../src/root.component.js';
import { sessionsPageSize } from '../src/sessions/session-pages.component.js';
import { awarenessSessionsQuery, holdAwarenessSessionMutation } from '../src/sessions/sessions.documents.js';
import { forSite } from '@mpa/graphql';
import { renderWith, session, sessions, signInAt, signOut } from './helpers.js';

const history_ = ({ filter = {}, ...extra }: { filter?: object; after?: string } = {}) => ({
  query: awarenessSessionsQuery,
  variables: { site: 'bossaso', first: sessionsPageSize, filter: { status: 'HELD', ...filter }, ...extra },
});
const planned_ = { query: awarenessSessionsQuery, variables: { site: 'bossaso', first: sessionsPageSize, filter: { status: 'PLANNED' } } };
const nonePlanned = { request: planned_, result: sessions([]) };

beforeEach(async () => {
  history.pushState(null, '', '/awareness');
  await signInAt('bossaso');
});
afterEach(() => {
  cleanup();
  signOut();
});

describe('a centre’s awareness session history', () => {
  it('lists the sessions with attendance by sex and age group, and pages', async () => {
    renderWith(
      [
        nonePlanned,
        { request: history_(), result: sessions([session(1), session(2, { topic: 'OTHER', topicOther: 'Mine risks' })], true, 'c1') },
        { request: history_({ after: 'c1' }), result: sessions([session(3, { topic: 'TRAFFICKING' })]) },
      ],
      <AwarenessSection site="bossaso" />,
    );
    const table = await screen.findByRole('table', { name: 'Sessions at Bossaso, most recent first' });
    const first = within(table).getByRole('row', { name: /Village 1/ });
    expect(within(first).getByText('Safe migration')).toBeTruthy();
    expect(within(first).getByText('0–17: 0 · 18–29: 12 · 30–59: 3 · 60+: 0')).toBeTruthy();
    expect(within(first).getByText('43')).toBeTruthy();
    expect(within(table).getByText('Other: Mine risks')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    const third = await screen.findByRole('row', { name: /Village 3/ });
    expect(within(third).getByText('Human trafficking')).toBeTruthy();
    expect(screen.getByText('Page 2')).toBeTruthy();
  });

  it('starts empty, pointing to the form', async () => {
    renderWith([nonePlanned, { request: history_(), result: sessions([]) }], <AwarenessSection site="bossaso" />);
    expect(await screen.findByText('No session recorded yet.')).toBeTruthy();
    expect(await screen.findByText('No session planned.')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Record a session held' }).at(-1)?.getAttribute('href')).toBe('/awareness/new');
    expect(screen.getAllByRole('link', { name: 'Plan a session' }).at(-1)?.getAttribute('href')).toBe('/awareness/plan');
  });

  it('filters by topic and period through the address, refusing a period that ends before it starts', async () => {
    renderWith(
      [
        nonePlanned,
        { request: history_(), result: sessions([session(1)]) },
        { request: history_({ filter: { topic: 'HEALTH', from: '2026-01-01' } }), result: sessions([]) },
      ],
      <AwarenessSection site="bossaso" />,
    );
    await screen.findByRole('table', { name: /^Sessions at Bossaso/ });
    const user = userEvent.setup();
    const filters = screen.getByRole('form', { name: 'Show sessions' });
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Topic' }), 'HEALTH');
    await user.type(within(filters).getByLabelText('Held on or after'), '2026-01-01');
    await user.type(within(filters).getByLabelText('Held on or before'), '2025-12-01');
    await user.click(within(filters).getByRole('button', { name: 'Show' }));
    expect(screen.getByText('The end of the period cannot be before its start.')).toBeTruthy();
    expect(location.search).toBe('');
    await user.clear(within(filters).getByLabelText('Held on or before'));
    await user.click(within(filters).getByRole('button', { name: 'Show' }));
    expect(location.search).toBe('?topic=HEALTH&from=2026-01-01');
    expect(await screen.findByText('No session matches these filters.')).toBeTruthy();
  });

  it('says when the history cannot be loaded, naming an unreachable centre, and tries again', async () => {
    renderWith(
      [
        nonePlanned,
        { request: history_(), result: { data: { centre: null }, errors: [{ message: 'bossaso is not reachable', path: ['centre'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'bossaso' } }] } },
        { request: history_(), result: sessions([session(1)]) },
      ],
      <AwarenessSection site="bossaso" />,
    );
    const alert = (await screen.findByText('The sessions could not be loaded.')).closest('[role=alert]') as HTMLElement;
    expect(within(alert).getByText('The sessions could not be loaded.')).toBeTruthy();
    expect(alert.textContent).toMatch(/Bossaso/);
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: /^Sessions at Bossaso/ })).toBeTruthy();
  });

  it('records the attendance of a planned session once held: it moves to the sessions held', async () => {
    const planned = { ...session(5, { female: [0, 0, 0, 0], male: [0, 0, 0, 0], heldOn: '2026-03-10' }), status: 'PLANNED', version: 1 };
    const held = { ...session(5, { female: [0, 9, 0, 0], male: [4, 0, 0, 0], heldOn: '2026-03-10' }), version: 2 };
    const hold = forSite(holdAwarenessSessionMutation, 'bossaso');
    const answer = { data: { site: { __typename: 'SiteMutations', holdAwarenessSession: { __typename: 'AwarenessSessionPayload', session: { __typename: 'AwarenessSession', id: 'bossaso:s5', status: 'HELD', version: 2, heldOn: '2026-03-10', attendance: { __typename: 'AttendanceBySexAndAge', total: 13 } } } } } };
    renderWith(
      [
        { request: planned_, result: sessions([planned]) },
        { request: history_(), result: sessions([]) },
        { request: { query: hold, variables: { id: 'bossaso:s5', expectedVersion: 1, input: { heldOn: '2026-03-10', attendance: { female: { age0To17: 0, age18To29: 9, age30To59: 0, age60Plus: 0 }, male: { age0To17: 4, age18To29: 0, age30To59: 0, age60Plus: 0 } } } } }, result: answer },
        { request: planned_, result: sessions([]) },
        { request: history_(), result: sessions([held]) },
      ],
      <AwarenessSection site="bossaso" />,
    );
    const plannedTable = await screen.findByRole('table', { name: 'Sessions planned at Bossaso, latest date first' });
    const user = userEvent.setup();
    await user.click(within(plannedTable).getByRole('button', { name: /Record the attendance/ }));
    const form = screen.getByRole('form', { name: 'Attendance of the session at Village 5' });
    await user.click(within(form).getByRole('button', { name: 'Record the attendance' }));
    expect(within(form).getByText('Count at least one person who attended.')).toBeTruthy();
    await user.type(within(form).getByRole('textbox', { name: 'Women and girls, 18–29' }), '9');
    await user.type(within(form).getByRole('textbox', { name: 'Men and boys, 0–17' }), '4');
    await user.click(within(form).getByRole('button', { name: 'Record the attendance' }));
    expect(await screen.findByText('Session recorded: 13 people reached.')).toBeTruthy();
    expect(await screen.findByText('No session planned.')).toBeTruthy();
    const heldTable = await screen.findByRole('table', { name: /^Sessions at Bossaso/ });
    expect(within(heldTable).getByText('0–17: 0 · 18–29: 9 · 30–59: 0 · 60+: 0')).toBeTruthy();
  });

  it('asks a cross-site user to work from a centre', () => {
    renderWith([], <AwarenessSection site={null} />);
    expect(screen.getByText(/Awareness sessions are held by a centre/)).toBeTruthy();
  });
});
