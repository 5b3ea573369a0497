// The UAM and trafficking caseloads, and opening a case: checked before sending, the centre's
// refusals shown next to their fields.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenProtectionCase } from '../src/cases/open-protection-case.component.js';
import { casesPageSize, ProtectionCaseList } from '../src/cases/protection-case-list.component.js';
import { fakeCentre, migrant, pageInfo, refusedFields, renderWith, signInAs, signOut, uamCase, type Handlers } from './helpers.js';

const today = new Date('2026-03-15T12:00:00Z');

beforeEach(async () => {
  await signInAs('protection');
});
afterEach(() => {
  cleanup();
  signOut();
});

const casesPage = (cases: unknown[], endCursor: string | null = null) => ({
  data: { centre: { __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso', protectionCases: { __typename: 'ProtectionCaseConnection', pageInfo: pageInfo(endCursor), edges: cases.map((node) => ({ __typename: 'ProtectionCaseEdge', node })) } } },
});
const listed = (n: number) => ({ ...uamCase(n), migrant: { ...migrant(n, `Child ${n}`), sex: undefined } });
const listedCase = (n: number) => {
  const { migrant: m, ...rest } = listed(n);
  const { sex: _sex, ...child } = m;
  return { __typename: rest.__typename, id: rest.id, openedOn: rest.openedOn, separation: rest.separation, familyTracingStatus: rest.familyTracingStatus, migrant: child };
};

describe('the UAM caseload', () => {
  it('lists the centre’s UAM cases under a confidentiality notice and pages through them', async () => {
    const centre = fakeCentre({
      ProtectionCases: (v) => (v['after'] === 'c1' ? casesPage([listedCase(3)]) : casesPage([listedCase(1), listedCase(2)], 'c1')),
    });
    renderWith(centre.client, <ProtectionCaseList site="bossaso" kind="UAM" canWrite />);
    const table = await screen.findByRole('table', { name: 'Unaccompanied minors at Bossaso' });
    expect(within(table).getByRole('link', { name: 'Child 1 (BOS-2026-000001)' }).getAttribute('href')).toBe('/protection/migrants/bossaso%3Am1');
    expect(within(table).getAllByText('In progress')).toHaveLength(2);
    expect(screen.getByText('Confidential.')).toBeTruthy();
    expect(centre.operations[0]?.variables).toEqual({ site: 'bossaso', first: casesPageSize, filter: { kind: 'UAM' } });

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'Child 3 (BOS-2026-000003)' })).toBeTruthy();
    expect(centre.operations[1]?.variables).toMatchObject({ after: 'c1' });
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByRole('link', { name: 'Child 1 (BOS-2026-000001)' })).toBeTruthy();
  });

  it('narrows by family tracing status, and says when nothing matches', async () => {
    const centre = fakeCentre({ ProtectionCases: (v) => ((v['filter'] as { familyTracingStatus?: string }).familyTracingStatus === 'REUNIFIED' ? casesPage([]) : casesPage([listedCase(1)])) });
    renderWith(centre.client, <ProtectionCaseList site="bossaso" kind="UAM" canWrite={false} />);
    await screen.findByRole('table');
    expect(screen.queryByRole('link', { name: 'Open a UAM case' })).toBeNull();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Family tracing' }), 'REUNIFIED');
    expect(await screen.findByText('No unaccompanied minors’ cases match.')).toBeTruthy();
    expect(centre.operations.at(-1)?.variables['filter']).toEqual({ kind: 'UAM', familyTracingStatus: 'REUNIFIED' });
  });

  it('says when the cases cannot be loaded, naming the centre that cannot be reached, and tries again', async () => {
    let calls = 0;
    const centre = fakeCentre({
      ProtectionCases: () => (++calls === 1 ? { data: { centre: null }, errors: [{ message: 'down', path: ['centre'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'bossaso' } }] } : casesPage([listedCase(1)])),
    });
    renderWith(centre.client, <ProtectionCaseList site="bossaso" kind="UAM" canWrite />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/The cases could not be loaded/);
    expect(alert.textContent).toMatch(/Bossaso/);
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table')).toBeTruthy();
  });
});

const searchAnswer = (nodes: unknown[]) => ({
  data: { centre: { __typename: 'BossasoCentre', code: 'bossaso', searchMigrants: { __typename: 'MigrantSearchConnection', pageInfo: pageInfo(), edges: nodes.map((node) => ({ __typename: 'MigrantSearchEdge', node })) } } },
});

async function chooseChild(user: ReturnType<typeof userEvent.setup>, name = 'Ayaan Warsame') {
  await user.type(screen.getByRole('searchbox', { name: 'Name, registration number or ID' }), 'Ayaan{Enter}');
  await user.click(await screen.findByRole('button', { name: `Choose ${name} (BOS-2026-000007)` }));
}

describe('opening a UAM case', () => {
  const handlers = (open: Handlers[string]): Handlers => ({
    FindMigrantForProtection: () => searchAnswer([migrant(7, 'Ayaan Warsame')]),
    OpenUamCase: open,
  });

  it('checks the form before sending anything', async () => {
    const centre = fakeCentre(handlers(() => ({})));
    renderWith(centre.client, <OpenProtectionCase site="bossaso" kind="UAM" migrantId={null} today={today} newKey={() => 'key-1'} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Guardian’s name' }), 'Faadumo');
    await user.click(screen.getByRole('button', { name: 'Open the case' }));
    expect(screen.getByRole('alert').textContent).toBe('There are 4 problems with the form.');
    expect(screen.getByText('Search for the migrant and choose them.')).toBeTruthy();
    expect(screen.getByText('Choose the separation.')).toBeTruthy();
    expect(screen.getByText('Enter the relationship to the child.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Relationship to the child/ }).getAttribute('aria-invalid')).toBe('true');
    expect(centre.operations).toEqual([]);
  });

  it('shows the centre’s refusal next to the field it names, then opens the case and goes to the child’s file', async () => {
    let attempts = 0;
    const centre = fakeCentre(
      handlers(() =>
        ++attempts === 1
          ? refusedFields([{ field: 'input.migrantId', message: 'is not a child: the UAM case is for migrants under 18' }])
          : { data: { site: { __typename: 'SiteMutations', openUamCase: { __typename: 'UamCasePayload', created: true, uamCase: { ...uamCase(1, { familyTracingStatus: 'NOT_STARTED' }), migrant: { __typename: 'BossasoMigrant', id: 'bossaso:m7' } } } } } },
      ),
    );
    renderWith(centre.client, <OpenProtectionCase site="bossaso" kind="UAM" migrantId={null} today={today} newKey={() => 'key-1'} />);
    const user = userEvent.setup();
    await chooseChild(user);
    await user.selectOptions(screen.getByRole('combobox', { name: /Separation/ }), 'UNACCOMPANIED');
    await user.type(screen.getByLabelText('Assessed on'), '2026-03-10');
    await user.type(screen.getByRole('textbox', { name: 'Findings' }), 'Wants to reach her aunt in Hargeisa');
    await user.type(screen.getByRole('textbox', { name: 'Assessed by' }), 'Social worker');
    await user.click(screen.getByRole('button', { name: 'Open the case' }));
    expect(await screen.findByText('The centre refused it: is not a child: the UAM case is for migrants under 18.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Open the case' }));
    expect(await screen.findByText('UAM case opened for Ayaan Warsame.')).toBeTruthy();
    expect(location.pathname).toBe('/protection/migrants/bossaso%3Am7');
    const sent = centre.operations.filter((o) => o.operationName === 'OpenUamCase');
    expect(sent[1]?.query).toMatch(/site: bossaso/);
    expect(sent[1]?.variables).toEqual({
      input: {
        migrantId: 'bossaso:m7',
        separation: 'UNACCOMPANIED',
        openedOn: '2026-03-15',
        familyTracingStatus: 'NOT_STARTED',
        bestInterestsAssessment: { assessedOn: '2026-03-10', findings: 'Wants to reach her aunt in Hargeisa', assessedBy: 'Social worker' },
        idempotencyKey: 'key-1',
      },
    });
  });
});

describe('recording a trafficking screening', () => {
  it('asks for the other purpose and the decision’s date and author, then sends the indicators and the plan', async () => {
    const centre = fakeCentre({
      FindMigrantForProtection: () => searchAnswer([migrant(7, 'Ayaan Warsame')]),
      OpenTraffickingCase: () => ({
        data: {
          site: {
            __typename: 'SiteMutations',
            openTraffickingCase: {
              __typename: 'TraffickingCasePayload',
              created: true,
              traffickingCase: {
                __typename: 'TraffickingCase', id: 'bossaso:t1', version: 1, openedOn: '2026-03-15', screenedOn: '2026-03-15', actIndicators: ['TRANSPORT'], meansIndicators: ['DECEPTION'],
                purposeIndicators: ['OTHER'], purposeOther: 'Forced begging', screeningNotes: null, identification: 'IDENTIFIED', identifiedOn: '2026-03-15', identifiedBy: 'Panel',
                openedBy: { __typename: 'ServiceProvider', name: 'Protection officer' }, assistancePlan: [{ __typename: 'AssistancePlanItem', description: 'Safe shelter', status: 'PLANNED', dueOn: null }],
                migrant: { __typename: 'BossasoMigrant', id: 'bossaso:m7' },
              },
            },
          },
        },
      }),
    });
    renderWith(centre.client, <OpenProtectionCase site="bossaso" kind="VOT" migrantId={null} today={today} newKey={() => 'key-2'} />);
    const user = userEvent.setup();
    await chooseChild(user);
    await user.click(screen.getByRole('checkbox', { name: 'Transport' }));
    await user.click(screen.getByRole('checkbox', { name: 'Deception' }));
    await user.click(screen.getByRole('checkbox', { name: 'Other' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Identification/ }), 'IDENTIFIED');
    await user.click(screen.getByRole('button', { name: 'Add an assistance measure' }));
    await user.click(screen.getByRole('button', { name: 'Record the screening' }));
    expect(screen.getByRole('alert').textContent).toBe('There are 4 problems with the form.');
    expect(screen.getByText('Enter the other purpose.')).toBeTruthy();
    expect(screen.getByText('Enter the decided by.')).toBeTruthy();
    expect(screen.getByText('Enter the description.')).toBeTruthy();
    expect(centre.names()).not.toContain('OpenTraffickingCase');

    await user.type(screen.getByRole('textbox', { name: /Other purpose/ }), 'Forced begging');
    await user.type(screen.getByLabelText(/Decided on/), '2026-03-15');
    await user.type(screen.getByRole('textbox', { name: /Decided by/ }), 'Panel');
    await user.type(screen.getByRole('textbox', { name: /Measure 1/ }), 'Safe shelter');
    await user.click(screen.getByRole('button', { name: 'Record the screening' }));
    expect(await screen.findByText('Trafficking screening recorded for Ayaan Warsame.')).toBeTruthy();
    expect(centre.operations.find((o) => o.operationName === 'OpenTraffickingCase')?.variables).toEqual({
      input: {
        migrantId: 'bossaso:m7',
        screenedOn: '2026-03-15',
        actIndicators: ['TRANSPORT'],
        meansIndicators: ['DECEPTION'],
        purposeIndicators: ['OTHER'],
        purposeOther: 'Forced begging',
        identification: { decision: 'IDENTIFIED', decidedOn: '2026-03-15', decidedBy: 'Panel' },
        assistancePlan: [{ description: 'Safe shelter', status: 'PLANNED', dueOn: null }],
        idempotencyKey: 'key-2',
      },
    });
  });
});
