// Narrowing the AVR case list by destination: the cases a movement to one country can take.
import { describe, expect, it } from 'vitest';
import { newMigrantId, OPEN, useAvrrHarness } from './harness.js';

const h = useAvrrHarness();
const LIST = `query($filter: AvrCaseFilter) { avrCases(first: 100, filter: $filter) { totalCount edges { node { id destinationCountry } } } }`;

describe('the AVR case list by destination country', () => {
  it('lists only the cases going to the country asked for, counted alike, whatever its case', async () => {
    const opened: Record<string, string[]> = { ETH: [], SOM: [] };
    for (const destinationCountry of ['ETH', 'ETH', 'ETH'] as const) {
      const res = await h.exec(OPEN, { input: { migrantId: newMigrantId(), destinationCountry } });
      expect(res.errors).toBeUndefined();
      opened[destinationCountry]!.push(res.data.openAvrCase.id);
    }
    const toSomalia = await h.exec(OPEN, {
      input: { direction: 'TO_SOMALIA', hostCountry: 'YEM', referringMission: 'IOM Yemen', returnee: { fullName: 'Faadumo Cali' }, destinationCountry: 'SOM' },
    });
    expect(toSomalia.errors).toBeUndefined();
    opened['SOM']!.push(toSomalia.data.openAvrCase.id);

    for (const [asked, expected] of [['ETH', opened['ETH']!], ['som', opened['SOM']!], ['KEN', []]] as const) {
      const res = await h.exec(LIST, { filter: { destinationCountry: asked } });
      expect(res.errors).toBeUndefined();
      expect(res.data.avrCases.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([...expected].sort());
      expect(res.data.avrCases.totalCount).toBe(expected.length);
    }
  });

  it('combines with the status filter', async () => {
    const res = await h.exec(LIST, { filter: { destinationCountry: 'ETH', status: 'COUNSELLED' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.avrCases.totalCount).toBe(0);
  });
});
