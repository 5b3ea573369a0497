import { viewerFor } from '@mpa/platform/testing';
import { describe, expect, it } from 'vitest';
import { AvrCase } from '../src/avr-cases/avr-case.entity.js';
import { newMigrantId, useAvrrHarness } from './harness.js';

const h = useAvrrHarness();
const OPEN = `mutation($input: OpenAvrCaseInput!) { openAvrCase(input: $input) {
  id direction status migrant { id } centre { code } hostCountry referringMission returnee { fullName sex dateOfBirth }
  destinationCountry destinationRegion destinationCommunity isUnaccompaniedChild } }`;
const toSomalia = (extra: Record<string, unknown> = {}) => ({
  direction: 'TO_SOMALIA', hostCountry: 'YEM', referringMission: 'IOM Yemen',
  returnee: { fullName: 'Abdirahman Yusuf Ali', sex: 'MALE', dateOfBirth: '1998-04-02' },
  destinationCountry: 'SOM', destinationRegion: 'Bari', destinationCommunity: 'Qardho', ...extra,
});

describe('two directions of return', () => {
  it('opens a return to the country of origin for a migrant referred by a centre', async () => {
    const id = newMigrantId('hargeisa');
    const res = await h.exec(OPEN, { input: { migrantId: id, destinationCountry: 'ETH', destinationRegion: 'Oromia', destinationCommunity: 'Jimma' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.openAvrCase).toMatchObject({
      direction: 'TO_COUNTRY_OF_ORIGIN', migrant: { id }, centre: { code: 'hargeisa' }, hostCountry: null, referringMission: null, returnee: null,
      destinationCountry: 'ETH', destinationRegion: 'Oromia', destinationCommunity: 'Jimma', isUnaccompaniedChild: false,
    });
  });

  it('opens a return to Somalia for a Somali stranded abroad, keeping the returnee\'s identity in the case file', async () => {
    const res = await h.exec(OPEN, { input: toSomalia() });
    expect(res.errors).toBeUndefined();
    expect(res.data.openAvrCase).toMatchObject({
      direction: 'TO_SOMALIA', status: 'REQUESTED', migrant: null, centre: null, hostCountry: 'YEM', referringMission: 'IOM Yemen',
      returnee: { fullName: 'Abdirahman Yusuf Ali', sex: 'MALE', dateOfBirth: '1998-04-02' }, destinationCountry: 'SOM', destinationCommunity: 'Qardho',
    });
    const listed = await h.exec('{ avrCases(filter: { direction: TO_SOMALIA }) { totalCount edges { node { returnee { fullName } } } } }');
    expect(listed.data.avrCases.totalCount).toBe(1);
    // Coordinators see the case, not the name.
    const coordinator = await h.exec('query($id: ID!) { avrCase(id: $id) { hostCountry returnee { fullName } } }', { id: res.data.openAvrCase.id }, viewerFor('coordinator'));
    expect(coordinator.data.avrCase).toEqual({ hostCountry: 'YEM', returnee: null });
    expect(coordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('validates each direction on its own terms, listing every problem and writing nothing', async () => {
    const before = await h.em().count(AvrCase, {});
    const cases: [Record<string, unknown>, string[]][] = [
      [{ destinationCountry: 'ETH' }, ['input.migrantId']],
      [{ migrantId: newMigrantId(), destinationCountry: 'SOM', hostCountry: 'YEM' }, ['input.hostCountry']],
      [toSomalia({ destinationCountry: 'ETH', hostCountry: 'SOM' }), ['input.hostCountry', 'input.destinationCountry']],
      [toSomalia({ migrantId: newMigrantId(), referringMission: ' ' }), ['input.migrantId', 'input.referringMission']],
      [toSomalia({ returnee: null, hostCountry: 'Yemen' }), ['input.hostCountry', 'input.returnee']],
      [toSomalia({ returnee: { fullName: '', dateOfBirth: '2999-01-01' } }), ['input.returnee.fullName', 'input.returnee.dateOfBirth']],
    ];
    for (const [input, fields] of cases) {
      const res = await h.exec(OPEN, { input });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields.map((f: any) => f.field), JSON.stringify(input)).toEqual(fields);
    }
    expect(await h.em().count(AvrCase, {})).toBe(before);
  });

  it('lets only AVRR officers open returns to Somalia, and hides them from centre staff', async () => {
    const caseworker = viewerFor('caseworker', 'bossaso');
    const refused = await h.exec(OPEN, { input: toSomalia() }, caseworker);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const opened = await h.exec(OPEN, { input: toSomalia({ returnee: { fullName: 'Hodan Warsame' } }) });
    const read = await h.exec('query($id: ID!) { avrCase(id: $id) { id } }', { id: opened.data.openAvrCase.id }, caseworker);
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await h.exec('{ avrCases(first: 100) { edges { node { direction centre { code } } } } }', undefined, caseworker);
    expect(list.data.avrCases.edges.every((e: any) => e.node.direction === 'TO_COUNTRY_OF_ORIGIN' && e.node.centre.code === 'bossaso')).toBe(true);
  });
});
