import { forSite } from '@mpa/graphql';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RegisterMigrant } from '../src/register/register-migrant.component.js';
import { registerMigrantMutation } from '../src/registration.documents.js';
import { renderWith, signInAt, signOut } from './helpers.js';

const today = new Date('2026-03-15T12:00:00Z');
const input = {
  givenName: 'Amina',
  familyName: 'Hasan',
  sex: 'FEMALE',
  estimatedAge: 24,
  nationality: 'ETH',
  hasDocuments: false,
  arrivalDate: '2026-03-15',
  idempotencyKey: 'key-1',
};
const registered = {
  data: {
    site: {
      __typename: 'SiteMutations',
      registerMigrant: { __typename: 'RegisterMigrantPayload', created: true, migrant: { __typename: 'HargeisaMigrant', id: 'hargeisa:42', registrationNumber: 'HAR-2026-000042', fullName: 'Amina Hasan' } },
    },
  },
};

beforeEach(async () => {
  history.pushState(null, '', '/registration/new');
  await signInAt('hargeisa');
});
afterEach(() => {
  cleanup();
  signOut();
});

async function fillIn() {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /Given name/ }), 'Amina');
  await user.type(screen.getByRole('textbox', { name: /Family name/ }), 'Hasan');
  await user.selectOptions(screen.getByRole('combobox', { name: /Sex/ }), 'FEMALE');
  await user.type(screen.getByRole('textbox', { name: 'Estimated age (years)' }), '24');
  await user.type(screen.getByRole('textbox', { name: /Nationality/ }), 'eth');
  return user;
}

describe('registering a migrant', () => {
  it('says what is missing, field by field, before sending anything', async () => {
    renderWith([], <RegisterMigrant today={today} newKey={() => 'key-1'} />);
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(screen.getByRole('alert').textContent).toBe('There are 5 problems with the form.');
    const given = screen.getByRole('textbox', { name: /Given name/ });
    expect(given.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter the given name.')).toBeTruthy();
    expect(screen.getByText('Give a date of birth or an estimated age.')).toBeTruthy();
    expect(screen.getByText('Enter a three-letter country code, e.g. ETH.')).toBeTruthy();
    expect(screen.getByText('Choose the sex.')).toBeTruthy();
  });

  it('shows the likely duplicates the centre found, and registers anyway once the user has checked them', async () => {
    // Written for Bossaso, sent to the signed-in caseworker's own site: Hargeisa.
    const mutation = forSite(registerMigrantMutation, 'hargeisa');
    renderWith(
      [
        {
          request: { query: mutation, variables: { input } },
          result: {
            errors: [
              {
                message: 'This person may already be registered (1 similar record).',
                extensions: { code: 'POSSIBLE_DUPLICATE', duplicates: [{ id: 'hargeisa:7', registrationNumber: 'HAR-2026-000007', fullName: 'Amina Hassan', score: 0.82 }] },
              },
            ],
          },
        },
        { request: { query: mutation, variables: { input: { ...input, confirmNotDuplicate: true } } }, result: registered },
      ],
      <RegisterMigrant today={today} newKey={() => 'key-1'} />,
    );
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Register' }));

    const warning = await screen.findByRole('alert', { name: 'This person may already be registered' });
    const existing = within(warning).getByRole('link', { name: 'HAR-2026-000007 — Amina Hassan' });
    expect(existing.getAttribute('href')).toBe('/registration/migrants/hargeisa%3A7');
    expect(within(warning).getByText('82% similar name')).toBeTruthy();

    await user.click(within(warning).getByRole('button', { name: 'Register anyway: it is someone else' }));
    expect(await screen.findByText('Registered as HAR-2026-000042.')).toBeTruthy();
    expect(location.pathname).toBe('/registration/migrants/hargeisa%3A42');
  });

  it('says why the centre refused the registration, and that nothing was saved when it could not be sent', async () => {
    const mutation = forSite(registerMigrantMutation, 'hargeisa');
    renderWith(
      [
        { request: { query: mutation, variables: { input } }, result: { errors: [{ message: 'nationality must be an ISO 3166-1 alpha-3 code', extensions: { code: 'BAD_USER_INPUT' } }] } },
        { request: { query: mutation, variables: { input } }, error: new Error('Failed to fetch') },
      ],
      <RegisterMigrant today={today} newKey={() => 'key-1'} />,
    );
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect((await screen.findByText(/The registration was refused: nationality must be/)).closest('[role=alert]')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('The registration could not be sent. Nothing was saved; try again.')).toBeTruthy();
  });

  it('shows the centre’s check of a field next to that field', async () => {
    const mutation = forSite(registerMigrantMutation, 'hargeisa');
    renderWith(
      [{
        request: { query: mutation, variables: { input } },
        result: { errors: [{ message: 'Invalid input.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.arrivalDate', message: 'cannot be before 2019-06-01' }] } }] },
      }],
      <RegisterMigrant today={today} newKey={() => 'key-1'} />,
    );
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('cannot be before 2019-06-01')).toBeTruthy();
    expect(screen.getByLabelText(/Arrival date/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('There is 1 problem with the form.');
  });
});
