import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SectionShell, useToast } from '../src/ui.js';

function Save() {
  const toast = useToast();
  return <button type="button" onClick={() => toast.show('Saved.')}>Save</button>;
}

describe('the shell every section stands in', () => {
  it('puts the style guide in the page, scopes the section in it, and gives it toasts', async () => {
    render(<SectionShell><Save /></SectionShell>);
    expect(document.getElementById('mpa-ui-styles')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Save' }).closest('.mpa-ui')).not.toBeNull();
    screen.getByRole('button', { name: 'Save' }).click();
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });
});
