import { setLanguage } from '@mpa/i18n';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { choicesOf, SelectField } from '../src/ui.js';

afterEach(() => {
  cleanup();
  act(() => setLanguage('en'));
  localStorage.clear();
});

type Mode = 'ROAD' | 'AIR';
const modes = choicesOf<Mode>({ ROAD: 'By road', AIR: 'By air' });

function ModeField({ placeholder, error }: { placeholder?: string; error?: string }) {
  const [mode, setMode] = useState<Mode | ''>('');
  return (
    <>
      <SelectField label="Mode" required hint="How they travel" options={modes} value={mode} onChange={setMode} error={error ?? null} {...(placeholder === undefined ? {} : { placeholder })} />
      <output>{mode === '' ? 'nothing' : mode}</output>
    </>
  );
}

describe('SelectField', () => {
  it('is a combobox named by its label, its options in the list’s order after the placeholder', async () => {
    const user = userEvent.setup();
    render(<ModeField placeholder="Choose…" />);
    const select = screen.getByRole('combobox', { name: /^Mode/ });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose…', 'By road', 'By air']);
    expect(select).toHaveProperty('value', '');
    await user.selectOptions(select, 'By air');
    expect(screen.getByRole('status').textContent).toBe('AIR');
    await user.selectOptions(select, 'Choose…');
    expect(screen.getByRole('status').textContent).toBe('nothing');
  });

  it('has no empty entry without a placeholder', () => {
    render(<ModeField />);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['By road', 'By air']);
  });

  it('ties its hint and message to the control and marks it invalid', () => {
    render(<ModeField placeholder="Choose…" error="Choose how they travel." />);
    const select = screen.getByRole('combobox', { name: /^Mode/ });
    expect(select.getAttribute('aria-invalid')).toBe('true');
    const described = (select.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['How they travel', 'Choose how they travel.']);
  });
});
