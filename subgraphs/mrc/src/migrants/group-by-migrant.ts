/** Groups rows by their migrant, in the order a DataLoader's keys asked for. */
export function groupByMigrant<T extends { migrantId: string }>(ids: readonly string[], rows: readonly T[]): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(row.migrantId)?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}
