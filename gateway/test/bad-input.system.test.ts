import { databaseUrl } from '@mpa/platform';
import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  type GraphQLField, type GraphQLInputType, type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGateway, type RunningGateway } from '../src/gateway.js';
import { startTestHub, type TestHub } from '../src/testing/hub.js';
import { tableChecksums } from './database-checksums.js';
import type { GraphQLResponse } from './graphql-client.js';
import { publicSchema } from './schema-selection.js';

let hub: TestHub;
/** The hub's gateway with a per-user rate too high to matter: this suite sends a thousand requests as one user. */
let gateway: RunningGateway;
let token: string;
let before: Record<string, Record<string, string>>;

/** Refusals a client can act on; INTERNAL_SERVER_ERROR is not one. */
const CLEAN_CODES = new Set([
  'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT',
  'CONSENT_REQUIRED', 'INVALID_TRANSITION', 'INSUFFICIENT_STOCK', 'POSSIBLE_DUPLICATE', 'OPERATION_LIMIT_EXCEEDED', 'OPERATION_RESOLUTION_FAILURE',
]);
/** What an error body must never show: stack frames, SQL, database or host names. */
const LEAKS = /\bat [\w.<>]+ \(|\.ts:\d+|node_modules|\bSELECT\b|\bINSERT\b|\bUPDATE\b .*\bSET\b|postgres|pg_|violates|127\.0\.0\.1|localhost|mpa_\w+_t[0-9a-f]{8}/i;

const HOSTILE = [
  `'; DROP TABLE migrant; --`,
  `" OR 1=1 --`,
  `<script>alert(document.cookie)</script>`,
  `<img src=x onerror=alert(1)>`,
  '\u202Eevil\u202C',
  'zero\u200Bwidth\u200D',
  '👩🏽‍⚕️🇸🇴',
  'nul\u0000byte',
  'x'.repeat(10_000),
  '${jndi:ldap://x}',
];
/** IDs no mutation may accept: another centre's, garbage, empty, SQL. */
const BAD_IDS = (site: string) => [`${site === 'hargeisa' ? 'bossaso' : 'hargeisa'}:00000000-0000-4000-8000-000000000000`, 'garbage', '', `${site}:' OR '1'='1`];

async function send(body: unknown, raw = false): Promise<GraphQLResponse & { text: string }> {
  const text = raw ? String(body) : JSON.stringify(body);
  const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: text });
  const answer = await res.text();
  let parsed: object = {};
  try {
    parsed = JSON.parse(answer) as object;
  } catch {
    parsed = {};
  }
  return { status: res.status, text: answer, ...parsed };
}

/** What is wrong with a response that should be a clean refusal (errors with stable codes, nothing internal, no 5xx), or null. */
function refusalProblem(res: GraphQLResponse & { text: string }, what: string): string | null {
  if (!res.errors?.length) return `${what}: not refused: ${res.text.slice(0, 300)}`;
  const unclean = res.errors.find((e) => !CLEAN_CODES.has(String(e.extensions?.code)));
  if (unclean) return `${what}: ${JSON.stringify(unclean).slice(0, 300)}`;
  if (LEAKS.test(res.text)) return `${what}: leaks ${res.text.match(LEAKS)?.[0]}: ${res.text.slice(0, 300)}`;
  if (res.status >= 500) return `${what}: HTTP ${res.status}`;
  return null;
}

function expectCleanRefusal(res: GraphQLResponse & { text: string }, what: string): void {
  expect(refusalProblem(res, what)).toBeNull();
}

/** Each mutation of the API: every site namespace's, and AVRR's root ones. */
function mutations(): { namespace: string | null; site: string; field: GraphQLField<unknown, unknown> }[] {
  const root = publicSchema.getMutationType()!;
  const list: { namespace: string | null; site: string; field: GraphQLField<unknown, unknown> }[] = [];
  for (const field of Object.values(root.getFields())) {
    const type = getNamedType(field.type);
    if (type.name === 'SiteMutations') {
      for (const inner of Object.values((type as GraphQLObjectType).getFields())) list.push({ namespace: field.name, site: field.name, field: inner });
    } else list.push({ namespace: null, site: 'avrr', field });
  }
  return list;
}

/** A value of `type` made of bad leaves: `pick(kind)` chooses the leaf for each scalar kind. */
function valueOf(type: GraphQLInputType, leaf: (scalar: string) => unknown, depth = 0): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, leaf, depth);
  if (isListType(type)) return [valueOf(type.ofType, leaf, depth)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isScalarType(type)) return leaf(type.name);
  if (isInputObjectType(type) && depth < 4) {
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, valueOf(f.type, leaf, depth + 1)]));
  }
  return null;
}

function operationFor(m: ReturnType<typeof mutations>[number], args: 'all' | 'none'): string {
  const declared = args === 'all' ? m.field.args.map((a) => `$${a.name}: ${a.type.toString()}`) : [];
  const passed = args === 'all' ? m.field.args.map((a) => `${a.name}: $${a.name}`) : [];
  const named = getNamedType(m.field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
  const call = `${m.field.name}${passed.length ? `(${passed.join(', ')})` : ''} ${selection}`;
  return `mutation${declared.length ? `(${declared.join(', ')})` : ''} { ${m.namespace ? `${m.namespace} { ${call} }` : call} }`;
}

/** Hostile input variants for one mutation: every string hostile, every ID invalid, numbers out of range, dates impossible. */
function hostileVariables(m: ReturnType<typeof mutations>[number]): Record<string, unknown>[] {
  return BAD_IDS(m.site).map((badId, variant) => {
    let n = variant;
    let tooLong = false;
    const leaf = (scalar: string): unknown => {
      n += 1;
      switch (scalar) {
        case 'ID': return badId;
        // The first text of each input is also too long: hostile text alone can be a valid name, and nothing may be written.
        case 'String':
          if (tooLong) return HOSTILE[n % HOSTILE.length];
          tooLong = true;
          return `${HOSTILE[variant % HOSTILE.length]}${'x'.repeat(10_000)}`;
        case 'Int': return variant % 2 ? -1 : 2_147_483_647;
        case 'Float': return -1e308;
        case 'Boolean': return true;
        case 'Date': return variant % 2 ? '2026-02-30' : '0000-00-00';
        case 'DateTime': return 'yesterday';
        default: return HOSTILE[n % HOSTILE.length];
      }
    };
    return Object.fromEntries(m.field.args.map((a) => [a.name, valueOf(a.type, leaf)]));
  });
}

/** Wrong types: an object where a scalar goes, a string where an object goes, a number where a list goes. */
function wrongTypeVariables(m: ReturnType<typeof mutations>[number]): Record<string, unknown> {
  return Object.fromEntries(m.field.args.map((a) => {
    const type = getNullableType(a.type);
    return [a.name, isInputObjectType(type) ? 'not an object' : isListType(type) ? 42 : { not: 'a scalar' }];
  }));
}

const checksums = async () => Object.fromEntries(await Promise.all(Object.entries(hub.databases).map(async ([name, db]) =>
  [name, await tableChecksums(databaseUrl(inject('pgServerUrl'), db))] as const)));

/** Runs `jobs` a few at a time (the machine is shared). */
async function inBatches<T>(jobs: (() => Promise<T>)[], size = 4): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < jobs.length; i += size) results.push(...(await Promise.all(jobs.slice(i, i + size).map((job) => job()))));
  return results;
}

beforeAll(async () => {
  // No demo data: nothing in the AVR outbox, so no background delivery writes while the checksums are compared.
  hub = await startTestHub({ serverUrl: inject('pgServerUrl'), years: 0 });
  gateway = await startGateway({
    auth: hub.issuer.auth,
    port: 0,
    subgraphUrls: Object.fromEntries([...hub.subgraphs].map(([name, s]) => [name, s.url])),
    rateLimit: { limit: 1_000_000, windowMs: 60_000 },
  });
  token = await hub.tokenFor('admin');
  before = await checksums();
});
afterAll(async () => {
  await gateway?.close();
  await hub?.stop();
});

describe('bad documents at the gateway', () => {
  it('refuses malformed documents and request bodies cleanly', async () => {
    const bodies: [string, unknown, boolean?][] = [
      ['unclosed selection', { query: '{ centres { code ' }],
      ['not GraphQL', { query: 'drop table migrant' }],
      ['empty document', { query: '' }],
      ['no query', { variables: {} }],
      ['query not a string', { query: { centres: true } }],
      ['unknown field', { query: '{ centresx { code } }' }],
      ['unknown operation name', { query: '{ centres { code } }', operationName: 'Nope' }],
      ['variables not an object', { query: 'query ($c: ID!) { centre(code: $c) { code } }', variables: 'bossaso' }],
      ['missing variable', { query: 'query ($c: ID!) { centre(code: $c) { code } }' }],
      ['NUL in the document', { query: '{ centres { code\u0000 } }' }],
      ['fragment cycle', { query: 'fragment A on Centre { ...B } fragment B on Centre { ...A } { centres { ...A } }' }],
      ['not JSON', '{"query": "{ centres { code } }"', true],
      ['a batch', [{ query: '{ centres { code } }' }, { query: '{ centres { code } }' }]],
    ];
    for (const [what, body, raw] of bodies) expectCleanRefusal(await send(body, raw), what);
  });

  it('refuses very deep, very wide, alias-flooded and huge requests', async () => {
    const deep = `{ centres { ${'migrants(first: 1) { edges { node { avrCase { migrant { '.repeat(4)}id${' } } } } }'.repeat(4)} } }`;
    const wide = `{ centres { ${Array.from({ length: 3000 }, () => 'code').join(' ')} } }`;
    const aliases = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: centres { code }`).join(' ')} }`;
    const directives = `{ centres { code ${'@include(if: true) '.repeat(100)} } }`;
    const costly = '{ centres { migrants(first: 100) { edges { node { medicalConsultations { id } referrals { id } screenings { id } } } } } }';
    for (const [what, query] of [['deep', deep], ['wide', wide], ['alias flood', aliases], ['directive flood', directives], ['costly', costly]]) {
      expectCleanRefusal(await send({ query }), what!);
    }
    const huge = await send({ query: 'query ($f: MigrantFilter) { centre(code: "bossaso") { migrants(filter: $f) { totalCount } } }', variables: { f: { name: 'x'.repeat(200_000) } } });
    expect(huge.status).toBe(413);
    expectCleanRefusal(huge, 'huge variables');
  });

  it('refuses invalid IDs and injection strings in queries', async () => {
    for (const id of [...BAD_IDS('bossaso'), 'bossaso:\u0000', '🇸🇴', 'x'.repeat(10_000)]) {
      const res = await send({ query: 'query ($id: ID!) { migrant(id: $id) { id } }', variables: { id } });
      // A well-formed but unknown ID may also answer null; anything else must be a clean refusal.
      // A well-formed ID of another centre answers as a bare reference (its site reads nothing more); anything else is refused.
      if (res.errors) expectCleanRefusal(res, `migrant(id: ${id.slice(0, 30)})`);
      else expect([null, { id }]).toContainEqual(res.data.migrant);
    }
    for (const name of HOSTILE) {
      const res = await send({ query: 'query ($f: MigrantFilter) { centre(code: "bossaso") { migrants(first: 5, filter: $f) { totalCount } } }', variables: { f: { name } } });
      if (res.errors) expectCleanRefusal(res, `search for ${name.slice(0, 30)}`);
      else expect(res.data.centre.migrants.totalCount).toBe(0);
    }
  });
});

describe('bad input at every mutation (enumerated from the schema)', () => {
  const all = mutations();

  it('covers every site namespace and AVRR', () => {
    expect(new Set(all.map((m) => m.site))).toEqual(new Set(['avrr', 'bossaso', 'hargeisa', 'mogadishu']));
    expect(all.length).toBeGreaterThan(100);
  });

  it('refuses each without its arguments, with wrongly typed ones, and with hostile values, cleanly and without writing', async () => {
    const jobs = all.flatMap((m) => {
      const name = `${m.namespace ?? 'avrr'}.${m.field.name}`;
      const withArgs = m.field.args.length > 0;
      const attempt = (what: string, body: unknown) => async () => refusalProblem(await send(body), what);
      return [
        ...(m.field.args.some((a) => isNonNullType(a.type)) ? [attempt(`${name} without arguments`, { query: operationFor(m, 'none') })] : []),
        ...(withArgs ? [attempt(`${name} wrong types`, { query: operationFor(m, 'all'), variables: wrongTypeVariables(m) })] : []),
        ...(withArgs ? hostileVariables(m).map((variables, i) => attempt(`${name} hostile #${i}`, { query: operationFor(m, 'all'), variables })) : []),
      ];
    });
    const problems = (await inBatches(jobs)).filter((p): p is string => p !== null);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('refuses the main mutations\' targeted bad inputs', async () => {
    const register = (input: Record<string, unknown>) => send({ query: 'mutation ($input: RegisterMigrantInput!) { bossaso { registerMigrant(input: $input) { migrant { id } } } }', variables: { input } });
    const valid = { givenName: 'Abdi', familyName: 'Kedir', sex: 'MALE', estimatedAge: 22, nationality: 'ETH', hasDocuments: false, confirmNotDuplicate: true };
    const cases: [string, Record<string, unknown>][] = [
      ['empty name', { ...valid, givenName: '' }],
      ['blank name', { ...valid, givenName: ' \u200B ' }],
      ['10k-character name', { ...valid, familyName: 'K'.repeat(10_000) }],
      ['only control characters', { ...valid, givenName: '\u0000\u0007' }],
      ['only a right-to-left override', { ...valid, familyName: '\u202E' }],
      ['unknown country', { ...valid, nationality: 'ZZZ' }],
      ['SQL as a country', { ...valid, nationality: `E'; --` }],
      ['negative age', { ...valid, estimatedAge: -3 }],
      ['impossible age', { ...valid, estimatedAge: 500 }],
      ['birth date in the future', { ...valid, estimatedAge: undefined, dateOfBirth: '2999-01-01' }],
      ['an enum that does not exist', { ...valid, sex: 'OTHER_VALUE' }],
    ];
    const problems = [];
    for (const [what, input] of cases) problems.push(refusalProblem(await register(input), `registerMigrant: ${what}`));
    expect(problems.filter(Boolean), problems.filter(Boolean).join('\n')).toEqual([]);
    const openAvr = await send({ query: 'mutation ($input: OpenAvrCaseInput!) { openAvrCase(input: $input) { id } }', variables: { input: { direction: 'TO_COUNTRY_OF_ORIGIN', migrantId: 'avrr:garbage', destinationCountry: 'ETH' } } });
    expectCleanRefusal(openAvr, 'openAvrCase with a non-migrant ID');
  });

  it('leaves every database unchanged and every process up', async () => {
    expect(await checksums()).toEqual(before);
    const health = await fetch(new URL('/health', gateway.url));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });
});
