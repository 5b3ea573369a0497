// Editing a child's UAM case: best interests, guardian and tracing, with the version the officer saw.
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UamCasePanel } from '../src/cases/uam-case-panel.component.js';
import type { UamCaseFieldsFragment } from '../src/__generated__/graphql.js';
import { fakeCentre, renderWith, signInAs, signOut, uamCase } from './helpers.js';

beforeEach(async () => {
  await signInAs('protection');
});
afterEach(() => {
  cleanup();
  signOut();
});

const theCase = uamCase(1, { version: 4, bestInterestsAssessment: { __typename: 'BestInterestsAssessment', assessedOn: '2026-03-03', findings: 'Aunt in Hargeisa', assessedBy: 'Social worker' } }) as unknown as UamCaseFieldsFragment;

describe('a UAM case', () => {
  it('shows the best-interests assessment, and refuses a determination without its panel before sending', async () => {
    const centre = fakeCentre({});
    renderWith(centre.client, <UamCasePanel uamCase={theCase} site="bossaso" canWrite today={new Date('2026-03-15T12:00:00Z')} />);
    expect(screen.getByText(/by Social worker: Aunt in Hargeisa/)).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit the UAM case' }));
    await user.type(screen.getByRole('textbox', { name: 'Decision' }), 'Reunification with the aunt');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Enter the panel.')).toBeTruthy();
    expect(centre.operations).toEqual([]);
  });

  it('saves the family tracing and the guardian against the version the officer saw', async () => {
    const centre = fakeCentre({
      UpdateUamCase: () => ({ data: { site: { __typename: 'SiteMutations', updateUamCase: { __typename: 'UamCasePayload', uamCase: { ...theCase, version: 5, familyTracingStatus: 'FAMILY_LOCATED' } } } } }),
    });
    renderWith(centre.client, <UamCasePanel uamCase={theCase} site="bossaso" canWrite today={new Date('2026-03-15T12:00:00Z')} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit the UAM case' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Family tracing/ }), 'FAMILY_LOCATED');
    await user.type(screen.getByRole('textbox', { name: 'Guardian’s name' }), 'Faadumo Warsame');
    await user.type(screen.getByRole('textbox', { name: /Relationship to the child/ }), 'aunt');
    await user.type(screen.getByLabelText('Appointed on'), '2026-03-14');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(centre.operations[0]?.variables).toEqual({
      id: 'bossaso:u1',
      expectedVersion: 4,
      input: {
        separation: 'UNACCOMPANIED',
        familyTracingStatus: 'FAMILY_LOCATED',
        escortNeeds: null,
        bestInterestsAssessment: { assessedOn: '2026-03-03', findings: 'Aunt in Hargeisa', assessedBy: 'Social worker' },
        bestInterestsDetermination: null,
        guardian: { name: 'Faadumo Warsame', relationship: 'aunt', contact: null, appointedOn: '2026-03-14' },
      },
    });
  });

  it('offers no edit to someone who may only read', () => {
    renderWith(fakeCentre({}).client, <UamCasePanel uamCase={theCase} site="bossaso" canWrite={false} />);
    expect(screen.queryByRole('button', { name: 'Edit the UAM case' })).toBeNull();
  });
});
