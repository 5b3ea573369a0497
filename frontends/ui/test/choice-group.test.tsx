import { setLanguage } from '@mpa/i18n';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckboxGroup, RadioGroup, TextAreaField } from '../src/ui.js';

afterEach(() => {
  cleanup();
  act(() => setLanguage('en'));
  localStorage.clear();
});

type Topic = 'SAFE_MIGRATION' | 'RIGHTS' | 'AVR';
const topics = [
  { value: 'SAFE_MIGRATION', label: 'Safe migration' },
  { value: 'RIGHTS', label: 'Rights' },
  { value: 'AVR', label: 'Assisted voluntary return', hint: 'Needed before an AVR request' },
] as const;

function Topics({ error }: { error?: string }) {
  const [value, setValue] = useState<Topic[]>([]);
  return (
    <>
      <CheckboxGroup legend="Topics" required options={topics} value={value} onChange={setValue} error={error ?? null} />
      <output>{value.join(',')}</output>
    </>
  );
}

describe('groups of choices', () => {
  it('ticks checkboxes by their labels, keeping the options’ order', async () => {
    const user = userEvent.setup();
    render(<Topics />);
    const group = screen.getByRole('group', { name: /^Topics/ });
    await user.click(screen.getByLabelText('Assisted voluntary return'));
    await user.click(screen.getByLabelText('Safe migration'));
    expect(screen.getByRole('status').textContent).toBe('SAFE_MIGRATION,AVR');
    await user.click(screen.getByLabelText('Assisted voluntary return'));
    expect(screen.getByRole('status').textContent).toBe('SAFE_MIGRATION');
    expect(screen.getByLabelText('Assisted voluntary return').getAttribute('aria-describedby')).toBeTruthy();
    expect(group.className).toBe('field choices');
  });

  it('ties the message to the group, for screen readers', () => {
    render(<Topics error="Choose at least one topic." />);
    const group = screen.getByRole('group', { name: /^Topics/ });
    expect(group.className).toContain('invalid');
    const describedBy = group.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)!.textContent).toBe('Choose at least one topic.');
  });

  it('chooses one radio button at a time', async () => {
    const user = userEvent.setup();
    function Risk() {
      const [value, setValue] = useState<'LOW' | 'HIGH' | ''>('');
      return (
        <>
          <RadioGroup legend="Assessment" options={[{ value: 'LOW', label: 'Low' }, { value: 'HIGH', label: 'High' }]} value={value} onChange={setValue} />
          <output>{value}</output>
        </>
      );
    }
    render(<Risk />);
    await user.click(screen.getByLabelText('Low'));
    expect(screen.getByRole('status').textContent).toBe('LOW');
    await user.click(screen.getByLabelText('High'));
    expect(screen.getByRole('status').textContent).toBe('HIGH');
    expect((screen.getByLabelText('Low') as HTMLInputElement).checked).toBe(false);
  });

  it('labels a text area like every other field', () => {
    render(<TextAreaField label="Outcome" error="Too long." value="" onChange={() => {}} />);
    const area = screen.getByRole('textbox', { name: 'Outcome' });
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.getAttribute('aria-invalid')).toBe('true');
  });
});
