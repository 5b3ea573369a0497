import { describe, expect, it } from 'vitest';
import { SMALL_CELL_THRESHOLD, seesSmallCells, suppressSmallCells, withholdSmallCount, withholdSmallPart } from '../src/disclosure/small-cells.js';
import { viewerFor } from '../src/testing/viewers.js';

const cells = (...counts: number[]) => counts.map((n, i) => ({ key: `K${String(i)}`, n }));
const protect = (rows: { key: string; n: number }[], additive: boolean, exact = false) =>
  suppressSmallCells(rows, (r) => r.n, { exact, additive, withheld: { key: null, n: null } });

describe('small-cell protection', () => {
  it('merges the cells under the threshold into one row without key or count', () => {
    expect(SMALL_CELL_THRESHOLD).toBe(5);
    expect(protect(cells(12, 3, 4), false)).toEqual([{ key: 'K0', n: 12, suppressed: false }, { key: null, n: null, suppressed: true }]);
    expect(protect(cells(12, 5), true)).toEqual([{ key: 'K0', n: 12, suppressed: false }, { key: 'K1', n: 5, suppressed: false }]);
  });

  it('withholds the next smallest cell when the total would give a lone small cell away', () => {
    // 10 + 7 + 2 = 19 published elsewhere: hiding the 2 alone, 19 − 10 − 7 recovers it.
    expect(protect(cells(10, 7, 2), true)).toEqual([{ key: 'K0', n: 10, suppressed: false }, { key: null, n: null, suppressed: true }]);
    // Two small cells adding up to 3 could be bounded too tightly: hide cells until 5 are hidden together.
    expect(protect(cells(20, 9, 1, 2), true).map((r) => r.n)).toEqual([20, null]);
    // Without a published total there is nothing to subtract from.
    expect(protect(cells(10, 7, 2), false).map((r) => r.n)).toEqual([10, 7, null]);
    // Everything may go: the one row then stands for the whole list.
    expect(protect(cells(1), true)).toEqual([{ key: null, n: null, suppressed: true }]);
  });

  it('leaves every cell to viewers who may read the cases', () => {
    expect(protect(cells(10, 2), true, true)).toEqual([{ key: 'K0', n: 10, suppressed: false }, { key: 'K1', n: 2, suppressed: false }]);
    expect(seesSmallCells(viewerFor('coordinator'))).toBe(false);
    expect(seesSmallCells(viewerFor('caseworker', 'bossaso'), 'bossaso')).toBe(true);
    expect(seesSmallCells(viewerFor('caseworker', 'bossaso'), 'hargeisa')).toBe(false);
    expect([withholdSmallCount(0, false), withholdSmallCount(4, false), withholdSmallCount(5, false), withholdSmallCount(4, true)]).toEqual([0, null, 5, 4]);
    // 9 children of 10 registrations says the tenth is an adult; 0 of 1 says who the one is.
    expect([withholdSmallPart(9, 10, false), withholdSmallPart(0, 1, false), withholdSmallPart(0, 0, false), withholdSmallPart(5, 10, false), withholdSmallPart(9, 10, true)]).toEqual([null, null, 0, 5, 9]);
  });
});
