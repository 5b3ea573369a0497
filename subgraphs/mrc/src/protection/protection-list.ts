import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, InputCheck, pageSize, toConnection, type Connection, type SiteConfig, type Viewer } from '@mpa/platform';
import type { ProtectionCaseFilter } from '../__generated__/resolvers.js';
import { TraffickingCase, UamCase, type TraffickingCaseRecord, type UamCaseRecord } from './protection.entity.js';
import { logProtectionReads } from './protection.loaders.js';

/** A UAM or VoT case, tagged with its kind for `ProtectionCase.__resolveType`. */
export type ProtectionCaseRef = (UamCaseRecord & { kind: 'UAM' }) | (TraffickingCaseRecord & { kind: 'VOT' });

/**
 * A page of the centre's protection cases, most recently opened first: one statement for the page of
 * both tables, one per kind for the records, one for the read log — whatever the page size.
 */
export async function listProtectionCases(
  em: EntityManager, site: SiteConfig, viewer: Viewer, args: { first?: number | null; after?: string | null; filter?: ProtectionCaseFilter | null },
): Promise<Connection<ProtectionCaseRef>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2);
  const f = args.filter ?? {};
  const check = new InputCheck('filter');
  if (f.openedFrom && f.openedTo && f.openedFrom > f.openedTo) check.fail('openedTo', 'must not be before openedFrom');
  check.done();
  const wantUam = f.kind !== 'VOT' && !f.identification;
  const wantVot = f.kind !== 'UAM' && !f.familyTracingStatus;
  const parts: string[] = [];
  const params: unknown[] = [];
  const common = `(?::date IS NULL OR opened_on >= ?::date) AND (?::date IS NULL OR opened_on <= ?::date)
                  AND (?::date IS NULL OR (opened_on, id) < (?::date, ?::uuid))`;
  const commonParams = [f.openedFrom ?? null, f.openedFrom ?? null, f.openedTo ?? null, f.openedTo ?? null, after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null];
  if (wantUam) {
    parts.push(`SELECT 'UAM' AS kind, id, opened_on FROM uam_case WHERE ${common} AND (?::text IS NULL OR family_tracing_status = ?)`);
    params.push(...commonParams, f.familyTracingStatus ?? null, f.familyTracingStatus ?? null);
  }
  if (wantVot) {
    parts.push(`SELECT 'VOT' AS kind, id, opened_on FROM trafficking_case WHERE ${common} AND (?::text IS NULL OR identification = ?)`);
    params.push(...commonParams, f.identification ?? null, f.identification ?? null);
  }
  if (!parts.length) return toConnection([], size, () => []);
  const page = await em.getConnection().execute<{ kind: 'UAM' | 'VOT'; id: string; opened_on: string | Date }[]>(
    `${parts.join(' UNION ALL ')} ORDER BY opened_on DESC, id DESC LIMIT ?`,
    [...params, size + 1],
  );
  const uamIds = page.filter((r) => r.kind === 'UAM').map((r) => r.id);
  const votIds = page.filter((r) => r.kind === 'VOT').map((r) => r.id);
  const [uam, vot] = await Promise.all([
    uamIds.length ? em.find(UamCase, { id: { $in: uamIds } }) : Promise.resolve([]),
    votIds.length ? em.find(TraffickingCase, { id: { $in: votIds } }) : Promise.resolve([]),
  ]);
  const visible = page.slice(0, size);
  await logProtectionReads(em, site, viewer, 'UamCase', uam.filter((c) => visible.some((r) => r.id === c.id)));
  await logProtectionReads(em, site, viewer, 'TraffickingCase', vot.filter((c) => visible.some((r) => r.id === c.id)));
  const byId = new Map<string, ProtectionCaseRef>([
    ...uam.map((c) => [c.id, { ...c, kind: 'UAM' as const }] as const),
    ...vot.map((c) => [c.id, { ...c, kind: 'VOT' as const }] as const),
  ]);
  const rows = page.map((r) => byId.get(r.id)).filter((c): c is ProtectionCaseRef => !!c);
  return toConnection(rows, size, (c) => [c.openedOn, c.id]);
}
