import { setLanguage } from '@mpa/i18n';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchForm } from '../src/ui.js';

afterEach(() => {
  cleanup();
  act(() => setLanguage('en'));
  localStorage.clear();
});

const words = { label: 'Name, registration number or ID', submitLabel: 'Search', requiredMessage: 'Enter a name, registration number or ID.' };

describe('SearchForm', () => {
  it('searches for the trimmed text, in a search landmark', async () => {
    const user = userEvent.setup();
    const onSearch = vi.fn();
    render(<SearchForm {...words} query="" onSearch={onSearch} />);
    expect(screen.getByRole('search')).toBeDefined();
    await user.type(screen.getByRole('textbox', { name: words.label }), '  Amina ');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(onSearch).toHaveBeenCalledWith('Amina');
  });

  it('says what is missing instead of searching for nothing', async () => {
    const user = userEvent.setup();
    const onSearch = vi.fn();
    render(<SearchForm {...words} query="" onSearch={onSearch} />);
    await user.type(screen.getByRole('textbox', { name: words.label }), '   {Enter}');
    expect(onSearch).not.toHaveBeenCalled();
    const field = screen.getByRole('textbox', { name: words.label });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toBe(words.requiredMessage);
  });

  it('shows the search the address holds, again when it changes (back)', () => {
    const { rerender } = render(<SearchForm {...words} query="Amina" onSearch={() => undefined} />);
    expect(screen.getByRole('textbox', { name: words.label })).toHaveProperty('value', 'Amina');
    rerender(<SearchForm {...words} query="BOS-2026-000007" onSearch={() => undefined} />);
    expect(screen.getByRole('textbox', { name: words.label })).toHaveProperty('value', 'BOS-2026-000007');
  });
});
