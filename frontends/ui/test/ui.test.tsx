import { setLanguage } from '@mpa/i18n';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DataTable,
  DateInput,
  dateError,
  EmptyState,
  ErrorState,
  LoadingState,
  Page,
  Pager,
  StatusBadge,
  TextField,
  ToastProvider,
  useCursorPages,
  useToast,
} from '../src/ui.js';

afterEach(() => {
  cleanup();
  act(() => setLanguage('en'));
  localStorage.clear();
});

interface Migrant {
  id: string;
  name: string;
  age: number;
}
const rows: Migrant[] = [
  { id: 'BOS-1', name: 'Amina', age: 24 },
  { id: 'BOS-2', name: 'Hassan', age: 19 },
];

/** A table over pages of two, the way a micro-frontend pages a connection. */
function PagedMigrants({ pages }: { pages: Record<string, { rows: Migrant[]; endCursor: string | null }> }) {
  const paging = useCursorPages();
  const page = pages[paging.after ?? 'first']!;
  return (
    <Page title="Migrants">
      <DataTable
        caption="Migrants registered at Bossaso"
        columns={[
          { header: 'Registration number', cell: (m: Migrant) => m.id, rowHeader: true },
          { header: 'Name', cell: (m: Migrant) => m.name },
          { header: 'Age', cell: (m: Migrant) => m.age, numeric: true },
        ]}
        rows={page.rows}
        rowKey={(m) => m.id}
      />
      <Pager
        label="Pages of migrants"
        summary={`Page ${paging.index + 1}`}
        hasPrevious={paging.hasPrevious}
        hasNext={page.endCursor !== null}
        onPrevious={paging.previous}
        onNext={() => page.endCursor !== null && paging.next(page.endCursor)}
      />
    </Page>
  );
}

describe('the page and the data table', () => {
  it('names the page with one heading, and the table by its caption, with row and column headers', () => {
    render(<PagedMigrants pages={{ first: { rows, endCursor: null } }} />);
    expect(screen.getByRole('region', { name: 'Migrants' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Migrants registered at Bossaso' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Registration number', 'Name', 'Age']);
    expect(within(table).getByRole('rowheader', { name: 'BOS-2' })).toBeTruthy();
    expect(within(table).getByRole('cell', { name: '24' }).className).toBe('number');
  });

  it('pages forward with the cursor and back again, the buttons keeping focus at either end', async () => {
    const user = userEvent.setup();
    render(
      <PagedMigrants
        pages={{
          first: { rows, endCursor: 'c2' },
          c2: { rows: [{ id: 'BOS-3', name: 'Ayaan', age: 31 }], endCursor: null },
        }}
      />,
    );
    const pager = screen.getByRole('navigation', { name: 'Pages of migrants' });
    const previous = within(pager).getByRole('button', { name: 'Previous page' });
    const next = within(pager).getByRole('button', { name: 'Next page' });
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    await user.click(previous);
    expect(within(pager).getByRole('status').textContent).toBe('Page 1');

    await user.click(next);
    expect(screen.getByRole('rowheader', { name: 'BOS-3' })).toBeTruthy();
    expect(within(pager).getByRole('status').textContent).toBe('Page 2');
    expect(next.getAttribute('aria-disabled')).toBe('true');
    await user.keyboard('{Shift>}{Tab}{/Shift}{Enter}');
    expect(screen.getByRole('rowheader', { name: 'BOS-1' })).toBeTruthy();
  });
});

describe('form fields', () => {
  it('labels a field, marks it required, and ties its validation message to it', () => {
    render(<TextField label="Full name" required error="Enter full name." hint="As the migrant says it" />);
    const input = screen.getByRole('textbox', { name: /Full name/ });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.hasAttribute('required')).toBe(true);
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['As the migrant says it', 'Enter full name.']);
  });

  it('is not marked invalid without a message', () => {
    render(<TextField label="Nickname" />);
    expect(screen.getByRole('textbox', { name: 'Nickname' }).hasAttribute('aria-invalid')).toBe(false);
  });
});

describe('date input', () => {
  it('takes a calendar date through its label and validates it', async () => {
    function Arrival() {
      const [value, setValue] = useState('');
      return <DateInput label="Arrival date" value={value} onChange={setValue} max="2026-03-15" error={dateError(value, { max: '2026-03-15' })} />;
    }
    render(<Arrival />);
    const input = screen.getByLabelText('Arrival date') as HTMLInputElement;
    expect(input.type).toBe('date');
    await userEvent.type(input, '2026-04-01');
    expect(screen.getByText('Enter a date on or before 2026-03-15.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses dates that do not exist, and asks for a required one', () => {
    expect(dateError('2026-02-30')).toBe('Enter a real date.');
    expect(dateError('', { required: true, label: 'Arrival date' })).toBe('Enter arrival date.');
    expect(dateError('2026-02-28', { min: '2026-01-01', max: '2026-12-31' })).toBeNull();
    expect(dateError('2025-12-31', { min: '2026-01-01' })).toBe('Enter a date on or after 2026-01-01.');
  });
});

describe('status badges and states', () => {
  it('shows a status as a word, not a colour alone', () => {
    render(<StatusBadge tone="success">Open</StatusBadge>);
    expect(screen.getByText('Open').className).toBe('badge success');
  });

  it('announces loading, and says plainly when there is nothing', () => {
    render(
      <>
        <LoadingState />
        <EmptyState>No migrants registered yet.</EmptyState>
      </>,
    );
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(screen.getByText('No migrants registered yet.')).toBeTruthy();
  });

  it('names the centre the gateway could not reach, and offers to try again', async () => {
    const retry = vi.fn();
    const error = {
      errors: [
        { message: 'The bossaso subgraph could not be reached.', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'bossaso' } },
        { message: 'The hargeisa subgraph could not be reached.', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'hargeisa' } },
      ],
    };
    render(<ErrorState error={error} onRetry={retry}>The migrants could not be loaded.</ErrorState>);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The migrants could not be loaded.');
    expect(alert.textContent).toContain('Bossaso and Hargeisa cannot be reached at the moment.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('says nothing about centres when the failure is not a centre’s', () => {
    render(<ErrorState error={new Error('Failed to fetch')} />);
    expect(screen.getByRole('alert').textContent).toBe('This could not be loaded.');
  });
});

describe('toasts', () => {
  function Save() {
    const toast = useToast();
    return <button type="button" onClick={() => toast.show('Migrant registered.')}>Save</button>;
  }

  it('announces a toast in a live region, and lets the user dismiss it', async () => {
    render(<ToastProvider><Save /></ToastProvider>);
    const region = screen.getByRole('list', { name: 'Notifications' });
    expect(region.getAttribute('aria-live')).toBe('polite');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(within(region).getByText('Migrant registered.')).toBeTruthy();
    await userEvent.click(within(region).getByRole('button', { name: 'Dismiss' }));
    expect(within(region).queryByText('Migrant registered.')).toBeNull();
  });

  it('lets a toast go by itself', async () => {
    vi.useFakeTimers();
    try {
      render(<ToastProvider durationMs={1000}><Save /></ToastProvider>);
      act(() => screen.getByRole('button', { name: 'Save' }).click());
      expect(screen.getByText('Migrant registered.')).toBeTruthy();
      act(() => vi.advanceTimersByTime(1000));
      expect(screen.queryByText('Migrant registered.')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('in Somali', () => {
  it('switches the shared components’ words when the user switches language', () => {
    render(<Pager label="Bogag" summary="1" hasPrevious={false} hasNext onPrevious={() => {}} onNext={() => {}} />);
    expect(screen.getByRole('button', { name: 'Next page' })).toBeTruthy();
    act(() => setLanguage('so'));
    expect(screen.getByRole('button', { name: 'Bogga xiga' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bogga hore' })).toBeTruthy();
  });
});
