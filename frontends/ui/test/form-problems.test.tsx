import { setLanguage } from '@mpa/i18n';
import { act, cleanup, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FormProblems } from '../src/ui.js';

afterEach(() => {
  cleanup();
  act(() => setLanguage('en'));
  localStorage.clear();
});

describe('FormProblems', () => {
  it('is silent while the form has no problem', () => {
    const summary = createRef<HTMLDivElement>();
    render(<FormProblems count={0} failure={null} summary={summary} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(summary.current?.textContent).toBe('');
  });

  it('counts the fields to fix and says the refusal no field owns, as an alert the form can focus', () => {
    const summary = createRef<HTMLDivElement>();
    render(<FormProblems count={2} failure="The centre refused it." summary={summary} />);
    expect(screen.getByRole('alert').textContent).toBe('There are 2 problems with the form.The centre refused it.');
    act(() => summary.current?.focus());
    expect(document.activeElement).toBe(screen.getByRole('alert'));
  });

  it('speaks the language in force', () => {
    act(() => setLanguage('so'));
    render(<FormProblems count={1} failure={null} summary={createRef()} />);
    expect(screen.getByRole('alert').textContent).toBe('Foomka waxaa ku jira 1 dhibaato.');
  });
});
