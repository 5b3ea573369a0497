import { logout } from '@mpa/auth';
import { renderWithMocks, signIn, type MockLink } from '@mpa/graphql/testing';
import { ToastProvider } from '@mpa/ui';
import type { ReactNode } from 'react';

/** Signs in as a site's caseworker (the session carries `user.site`). */
export async function signInAt(site: string | null): Promise<void> {
  const user = { username: `caseworker@${site}`, name: `${site} caseworker`, role: 'caseworker', site, scopes: ['cases:read', 'cases:write'] };
  await signIn(user);
}

export const signOut = logout;

export const renderWith = (mocks: MockLink.MockedResponse[], ui: ReactNode) => renderWithMocks(mocks, <ToastProvider>{ui}</ToastProvider>);

export const migrantNode = (n: number, name = `Migrant ${n}`) => ({
  __typename: 'BossasoMigrant',
  id: `bossaso:${n}`,
  registrationNumber: `BOS-2026-${String(n).padStart(6, '0')}`,
  fullName: name,
  sex: 'MALE' as const,
  age: 24,
  nationality: 'ETH',
  arrivalDate: '2026-03-01',
  caseStatus: 'OPEN' as const,
});

/** A Bossaso migrant's case as migrantCaseQuery answers it: a 16-year-old with one consent in force. */
export const caseOf = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'BossasoMigrant',
  id: 'bossaso:7',
  registrationNumber: 'BOS-2026-000007',
  fullName: 'Amina Hassan',
  sex: 'FEMALE',
  age: 16,
  dateOfBirth: '2010-01-01',
  dateOfBirthEstimated: true,
  nationality: 'ETH',
  regionOfOrigin: null,
  hasDocuments: false,
  intendedDestination: 'SAU',
  arrivalDate: '2026-03-01',
  caseStatus: 'OPEN',
  riskLevel: 'HIGH',
  isUnaccompaniedChild: true,
  hasTraffickingIndicators: false,
  flags: [
    { __typename: 'CaseFlag', id: 'bossaso:f1', message: 'Needs an Oromo interpreter', resolvedAt: null },
    { __typename: 'CaseFlag', id: 'bossaso:f2', message: 'Old flag', resolvedAt: '2026-03-02T10:00:00Z' },
  ],
  consents: {
    __typename: 'ConsentConnection',
    edges: [
      {
        __typename: 'ConsentEdge',
        node: {
          __typename: 'Consent', id: 'bossaso:c1', purpose: 'REGISTRATION' as const, givenBy: 'GUARDIAN' as const, guardianName: 'Fatuma Ali', guardianRelationship: 'aunt',
          givenOn: '2026-03-01', withdrawnOn: null, withdrawalReason: null, active: true, version: 1,
        },
      },
      {
        __typename: 'ConsentEdge',
        node: {
          __typename: 'Consent', id: 'bossaso:c0', purpose: 'DATA_SHARING_WITH_PARTNERS' as const, givenBy: 'GUARDIAN' as const, guardianName: 'Fatuma Ali', guardianRelationship: 'aunt',
          givenOn: '2026-03-01', withdrawnOn: '2026-03-03', withdrawalReason: 'The family asked', active: false, version: 2,
        },
      },
    ],
  },
  screenings: {
    __typename: 'VulnerabilityScreeningConnection',
    pageInfo: { __typename: 'PageInfo', hasNextPage: false },
    edges: [
      {
        __typename: 'VulnerabilityScreeningEdge',
        node: {
          __typename: 'VulnerabilityScreening', id: 'bossaso:s1', screenedOn: '2026-03-02', assessment: 'HIGH', needs: ['PROTECTION', 'SHELTER'], note: 'Travelling alone',
          factors: [
            { __typename: 'ScreeningFactor', level: 'INDIVIDUAL', factor: 'UNACCOMPANIED_CHILD', kind: 'RISK' },
            { __typename: 'ScreeningFactor', level: 'COMMUNITY', factor: 'COMMUNITY_SUPPORT', kind: 'PROTECTIVE' },
          ],
        },
      },
    ],
  },
  counsellingSessions: {
    __typename: 'CounsellingSessionConnection',
    pageInfo: { __typename: 'PageInfo', hasNextPage: true },
    edges: [
      {
        __typename: 'CounsellingSessionEdge',
        node: { __typename: 'CounsellingSession', id: 'bossaso:k1', heldOn: '2026-03-04', topics: ['SAFE_MIGRATION', 'RIGHTS'], outcome: 'Wants to stay for now', followUpOn: null },
      },
    ],
  },
  history: {
    __typename: 'AuditEventConnection',
    edges: [
      { __typename: 'AuditEventEdge', node: { __typename: 'AuditEvent', id: 'a1', at: '2026-03-01T09:00:00Z', actorName: 'Bossaso caseworker', action: 'create', changes: null } },
    ],
  },
  ...overrides,
});
