import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, InputCheck, isCountryCode, pageSize, parseGlobalId, toConnection, type Connection } from '@mpa/platform';
import { GraphQLError } from 'graphql';
import type { DuplicateCheckInput, Sex } from '../__generated__/resolvers.js';
import { Migrant, type MigrantRecord } from './migrant.entity.js';

/** A migrant found by a search or a duplicate check, with how well it matches (0–1). */
export interface ScoredMigrant {
  migrant: MigrantRecord;
  score: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The full name as migrant_name_lower_trgm_idx indexes it (pg_trgm lower-cases anyway: same similarity). */
const NAME = `lower(m.given_name || ' ' || m.family_name)`;

async function loadScored(em: EntityManager, rows: { id: string; score: number | string }[]): Promise<ScoredMigrant[]> {
  if (!rows.length) return [];
  const migrants = await em.find(Migrant, { id: { $in: rows.map((r) => r.id) } });
  const byId = new Map(migrants.map((m) => [m.id, m]));
  return rows.flatMap((r) => {
    const migrant = byId.get(r.id);
    return migrant ? [{ migrant, score: Number(r.score) }] : [];
  });
}

/**
 * Search before registering: exact registration number or ID (score 1), otherwise name similarity
 * (pg_trgm, served by the trigram index on the full name, so "Tesfay Bekle" finds "Tesfaye Bekele").
 * Best match first; keyset pagination on (score, id).
 */
export interface SearchPage {
  edges: { cursor: string; node: MigrantRecord; score: number }[];
  pageInfo: Connection<ScoredMigrant>['pageInfo'];
}

export async function searchMigrants(em: EntityManager, args: { query: string; first?: number | null; after?: string | null }): Promise<SearchPage> {
  const check = new InputCheck('');
  const query = check.requiredText('query', args.query, 100);
  check.done();
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2);
  const localId = parseGlobalId(query)?.local ?? (UUID.test(query.toLowerCase()) ? query.toLowerCase() : null);
  // Every alternative has an index (a BitmapOr); `m.id::text = ?` had none and made every search a full scan.
  const exact = `lower(m.registration_number) = lower(?)${localId ? ' OR m.id = ?::uuid' : ''}`;
  const exactParams = localId ? [query, localId] : [query];
  const rows = await em.getConnection().execute<{ id: string; score: string }[]>(
    `SELECT id, score FROM (
       SELECT m.id, CASE WHEN ${exact} THEN 1::real ELSE similarity(${NAME}, ?) END AS score
         FROM migrant m
        WHERE ${exact} OR ${NAME} % ?
     ) found
     WHERE (?::real IS NULL OR (score, id) < (?::real, ?::uuid))
     ORDER BY score DESC, id DESC
     LIMIT ?`,
    [...exactParams, query, ...exactParams, query, after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, size + 1],
  );
  const scored = await loadScored(em, rows);
  const page = toConnection(scored, size, (s) => [s.score, s.migrant.id]);
  return { pageInfo: page.pageInfo, edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.migrant, score: e.node.score })) };
}

/** Who is about to be registered, enough to look for an existing record. */
export interface DuplicateProbe {
  givenName: string;
  familyName: string;
  sex: Sex;
  dateOfBirth: string | null;
  nationality: string;
}

/** Similar name (trigram similarity ≥ 0.4), same sex, same nationality, born within 3 years: probably the same person. */
export async function findPossibleDuplicates(em: EntityManager, probe: DuplicateProbe, limit = 10): Promise<ScoredMigrant[]> {
  const name = `${probe.givenName} ${probe.familyName}`;
  const rows = await em.getConnection().execute<{ id: string; score: string }[]>(
    `SELECT m.id, similarity(${NAME}, ?) AS score
       FROM migrant m
      WHERE ${NAME} % ?
        AND similarity(${NAME}, ?) >= 0.4
        AND m.sex = ? AND m.nationality = ?
        AND (?::date IS NULL OR m.date_of_birth BETWEEN ?::date - interval '3 years' AND ?::date + interval '3 years')
      ORDER BY score DESC, m.id DESC
      LIMIT ?`,
    [name, name, name, probe.sex, probe.nationality, probe.dateOfBirth, probe.dateOfBirth, probe.dateOfBirth, limit],
  );
  return loadScored(em, rows);
}

/** The date of birth a registration or duplicate check describes (an estimated age counts from today). */
export function probeBirthDate(check: InputCheck, input: { dateOfBirth?: string | null; estimatedAge?: number | null }, today = new Date().toISOString().slice(0, 10)): string | null {
  if (input.dateOfBirth != null) return check.pastDate('dateOfBirth', input.dateOfBirth, '1900-01-01');
  if (input.estimatedAge != null) {
    if (!Number.isInteger(input.estimatedAge) || input.estimatedAge < 0 || input.estimatedAge > 120) {
      check.fail('estimatedAge', 'must be a whole number of years between 0 and 120');
      return null;
    }
    return `${String(Number(today.slice(0, 4)) - input.estimatedAge).padStart(4, '0')}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
  }
  return null;
}

export async function possibleDuplicates(em: EntityManager, input: DuplicateCheckInput): Promise<ScoredMigrant[]> {
  const check = new InputCheck();
  const givenName = check.requiredText('givenName', input.givenName, 100);
  const familyName = check.requiredText('familyName', input.familyName, 100);
  if (!isCountryCode(input.nationality)) check.fail('nationality', 'must be an ISO 3166-1 alpha-3 code, e.g. ETH');
  const dateOfBirth = probeBirthDate(check, input);
  check.done();
  return findPossibleDuplicates(em, { givenName, familyName, sex: input.sex, nationality: input.nationality, dateOfBirth });
}

/** The refusal of a registration that probably duplicates an existing record; nothing was written. */
export function possibleDuplicateError(site: string, candidates: readonly ScoredMigrant[]): GraphQLError {
  return new GraphQLError(
    `This person may already be registered (${candidates.length} similar record${candidates.length === 1 ? '' : 's'}). Open the existing record, or register again with confirmNotDuplicate: true.`,
    {
      extensions: {
        code: 'POSSIBLE_DUPLICATE',
        duplicates: candidates.map(({ migrant, score }) => ({
          id: `${site}:${migrant.id}`,
          registrationNumber: migrant.registrationNumber,
          fullName: `${migrant.givenName} ${migrant.familyName}`,
          score: Math.round(score * 100) / 100,
        })),
      },
    },
  );
}
