// What the component tests share: a signed-in user with a role's scopes, and the page's real
// GraphQL client (HTTP link, cache) talking to a fake centre that answers by operation name and
// records every operation asked, so a test can tell what was (and was not) requested.
import { logout } from '@mpa/auth';
import { createGraphQLClient, GraphQLProvider } from '@mpa/graphql';
import { signIn } from '@mpa/graphql/testing';
import { ToastProvider } from '@mpa/ui';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';

export const roles = {
  caseworker: ['cases:read', 'cases:write', 'stats:read', 'avr:read'],
  protection: ['cases:read', 'cases:write', 'protection:read', 'protection:write', 'stats:read', 'avr:read', 'consent:override'],
  mhpss: ['cases:read', 'mhpss:read', 'mhpss:write', 'stats:read'],
} as const;

export async function signInAs(role: keyof typeof roles, site: string | null = 'bossaso'): Promise<void> {
  const user = { username: `${role}@${site}`, name: `${site} ${role}`, role, site, scopes: [...roles[role]] };
  await signIn(user);
}

export const signOut = logout;

export interface Operation {
  operationName: string;
  variables: Record<string, unknown>;
  query: string;
}

export interface Answer {
  data?: unknown;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export type Handlers = Record<string, (variables: Record<string, unknown>) => Answer>;

/** A GraphQL client whose centre answers with `handlers`; an operation without one is answered with an error. */
export function fakeCentre(handlers: Handlers) {
  const operations: Operation[] = [];
  const fetchFn = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const operation = JSON.parse(String(init?.body)) as Partial<Operation> & Pick<Operation, 'operationName'>;
    // A persisted document's ID alone: this centre asks for the document itself, as a gateway
    // that has not seen it does, so every recorded operation carries its text.
    if (operation.query === undefined) return Response.json({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    operations.push({ variables: {}, ...operation, query: operation.query });
    const handler = handlers[operation.operationName];
    const answer = handler === undefined ? { errors: [{ message: `no answer for ${operation.operationName}` }] } : handler(operation.variables ?? {});
    return Response.json(answer);
  }) as typeof fetch;
  const client = createGraphQLClient({ uri: 'http://centre.test/graphql', fetch: fetchFn });
  return { client, operations, names: () => operations.map((o) => o.operationName) };
}

export function renderWith(client: ReturnType<typeof createGraphQLClient>, ui: ReactNode) {
  return render(
    <GraphQLProvider client={client}>
      <ToastProvider>{ui}</ToastProvider>
    </GraphQLProvider>,
  );
}

/** A BAD_USER_INPUT refusal naming its fields, as the centre sends it. */
export const refusedFields = (fields: { field: string; message: string }[]): Answer => ({
  errors: [{ message: `Invalid input. ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, extensions: { code: 'BAD_USER_INPUT', fields } }],
});

export const pageInfo = (endCursor: string | null = null) => ({ __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor });

export const migrant = (n: number, fullName = `Migrant ${n}`, age: number | null = 15) => ({
  __typename: 'BossasoMigrant',
  id: `bossaso:m${n}`,
  registrationNumber: `BOS-2026-${String(n).padStart(6, '0')}`,
  fullName,
  sex: 'FEMALE' as const,
  age,
});

export const migrantSummary = (n: number, fullName = `Migrant ${n}`) => ({
  migrant: { ...migrant(n, fullName), caseStatus: 'OPEN', version: 3, isUnaccompaniedChild: true, hasTraffickingIndicators: false },
});

export const uamCase = (n: number, overrides: Record<string, unknown> = {}) => ({
  __typename: 'UamCase',
  id: `bossaso:u${n}`,
  version: 1,
  openedOn: '2026-03-02',
  separation: 'UNACCOMPANIED',
  familyTracingStatus: 'IN_PROGRESS',
  escortNeeds: null,
  openedBy: { __typename: 'ServiceProvider', name: 'Protection officer' },
  bestInterestsAssessment: null,
  bestInterestsDetermination: null,
  guardian: null,
  ...overrides,
});

export const referral = (n: number, status: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Referral',
  id: `bossaso:r${n}`,
  version: 1,
  service: 'SHELTER',
  need: null,
  note: null,
  status,
  statusReason: null,
  requestedAt: '2026-03-05T10:00:00.000Z',
  updatedAt: '2026-03-05T10:00:00.000Z',
  consentOverridden: false,
  partner: { __typename: 'PartnerOrganisation', id: 'bossaso:p1', name: 'Safe Haven Shelter' },
  migrant: { __typename: 'BossasoMigrant', id: `bossaso:m${n}`, registrationNumber: `BOS-2026-${String(n).padStart(6, '0')}`, fullName: `Migrant ${n}` },
  ...overrides,
});
