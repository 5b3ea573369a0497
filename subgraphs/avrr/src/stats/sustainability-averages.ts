import { isSmallCell } from '@mpa/platform';

/** Average scores as the database rounds them (numeric, so text). */
export interface SustainabilityAverageColumns {
  surveys: number;
  economic: string;
  social: string;
  psychosocial: string;
  composite: string;
}

/**
 * The averages of a group of surveys, withheld (null, `suppressed`) when too few surveys make them
 * one or two returnees' own scores and the viewer may not read the cases (`exact` false).
 */
export function sustainabilityAverages(row: SustainabilityAverageColumns, exact: boolean) {
  const suppressed = !exact && isSmallCell(row.surveys);
  const average = (value: string) => (suppressed ? null : Number(value));
  return { suppressed, economic: average(row.economic), social: average(row.social), psychosocial: average(row.psychosocial), composite: average(row.composite) };
}
