import { canReachSite, type Viewer } from '../auth/viewer.js';
import { Scope } from '../auth/roles.js';

/**
 * Statistical disclosure control for the indicators. A count of fewer than this many people
 * (registrations, migrants, surveys, cases) is withheld from viewers who may not read the case
 * files: over a short period such a cell describes one or two identifiable people (their
 * nationality, age, risk factors, psychosocial score). Zero is shown: it describes nobody.
 */
export const SMALL_CELL_THRESHOLD = 5;

/**
 * Whether the viewer gets the exact small counts: holders of cases:read (for the centre, when the
 * figures are one centre's) may open the records themselves, so withholding would protect no one.
 */
export function seesSmallCells(viewer: Viewer, site?: string): boolean {
  return viewer.scopes.has(Scope.CasesRead) && (site === undefined || canReachSite(viewer, site));
}

/** Whether a count would be withheld from a viewer who does not see small cells. */
export function isSmallCell(count: number): boolean {
  return count > 0 && count < SMALL_CELL_THRESHOLD;
}

/** A count, or null when it is a small cell the viewer may not see. */
export function withholdSmallCount(count: number, exact: boolean): number | null {
  return !exact && isSmallCell(count) ? null : count;
}

/**
 * A part of a published total (children among registrations), or null when the part or the rest
 * is a small cell: the rest is published too, by subtraction.
 */
export function withholdSmallPart(part: number, total: number, exact: boolean): number | null {
  return !exact && (isSmallCell(part) || isSmallCell(total - part)) ? null : part;
}

/**
 * The rows of a breakdown with their small cells merged into one `withheld` row (its key and count
 * null) at the end; every other row marked `suppressed: false`. When the rows add up to a total
 * published elsewhere (`additive`), one withheld cell, or withheld cells adding up to fewer than
 * the threshold, could be recovered by subtracting the shown rows from that total: the smallest
 * shown cells are then withheld too, until at least two cells and the threshold are hidden
 * together (or every cell is).
 */
export function suppressSmallCells<Row, Withheld>(
  rows: readonly Row[],
  count: (row: Row) => number,
  options: { exact: boolean; additive: boolean; withheld: Withheld },
): ((Row & { suppressed: false }) | (Withheld & { suppressed: true }))[] {
  const shown = (row: Row) => ({ ...row, suppressed: false as const });
  if (options.exact || !rows.some((row) => isSmallCell(count(row)))) return rows.map(shown);
  const hidden = new Set(rows.filter((row) => isSmallCell(count(row))));
  let hiddenTotal = [...hidden].reduce((sum, row) => sum + count(row), 0);
  if (options.additive) {
    const candidates = rows.filter((row) => !hidden.has(row)).sort((a, b) => count(a) - count(b));
    for (const row of candidates) {
      if (hidden.size >= 2 && hiddenTotal >= SMALL_CELL_THRESHOLD) break;
      hidden.add(row);
      hiddenTotal += count(row);
    }
  }
  return [...rows.filter((row) => !hidden.has(row)).map(shown), { ...options.withheld, suppressed: true as const }];
}
