import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AwarenessSection } from '../src/root.component.js';
import { sessionsPageSize } from '../src/sessions/session-history.component.js';
import { awarenessSessionsQuery } from '../src/sessions/sessions.documents.js';
import { renderWith, session, sessions, signInAt, signOut } from './helpers.js';

const history_ = (extra: object = {}) => ({ query: awarenessSessionsQuery, variables: { site: 'bossaso', first: sessionsPageSize, ...extra } });

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
    renderWith([{ request: history_(), result: sessions([]) }], <AwarenessSection site="bossaso" />);
    expect(await screen.findByText('No session recorded yet.')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Record a session' }).at(-1)?.getAttribute('href')).toBe('/awareness/new');
  });

  it('filters by topic and period through the address, refusing a period that ends before it starts', async () => {
    renderWith(
      [
        { request: history_(), result: sessions([session(1)]) },
        { request: history_({ filter: { topic: 'HEALTH', from: '2026-01-01' } }), result: sessions([]) },
      ],
      <AwarenessSection site="bossaso" />,
    );
    await screen.findByRole('table');
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
        { request: history_(), result: { data: { centre: null }, errors: [{ message: 'bossaso is not reachable', path: ['centre'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'bossaso' } }] } },
        { request: history_(), result: sessions([session(1)]) },
      ],
      <AwarenessSection site="bossaso" />,
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The sessions could not be loaded.')).toBeTruthy();
    expect(alert.textContent).toMatch(/Bossaso/);
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table')).toBeTruthy();
  });

  it('asks a cross-site user to work from a centre', () => {
    renderWith([], <AwarenessSection site={null} />);
    expect(screen.getByText(/Awareness sessions are held by a centre/)).toBeTruthy();
  });
});
