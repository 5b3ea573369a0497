// Answers the gateway gives, shaped like the generated operation types, every object with its
// `__typename` (Apollo's cache adds it to every selection).
import type { AvrStatus } from '../src/__generated__/graphql.js';
import { avrCaseFileQuery } from '../src/case/case.documents.js';
import { reintegrationPlanQuery } from '../src/reintegration/reintegration.documents.js';
import { sustainabilitySurveysQuery } from '../src/sustainability/sustainability.documents.js';

export const today = '2026-03-15';

/** A board card; `withNames: false` leaves out what the coordinator's documents do not ask for. */
export function card(n: number, status: AvrStatus, { withNames = true, toSomalia = false } = {}) {
  const id = `avrr:case-${n}`;
  return {
    __typename: 'AvrCase',
    id,
    caseNumber: `AVR-2026-${String(n).padStart(6, '0')}`,
    direction: toSomalia ? 'TO_SOMALIA' : 'TO_COUNTRY_OF_ORIGIN',
    status,
    destinationCountry: toSomalia ? 'SOM' : 'ETH',
    isUnaccompaniedChild: false,
    openedAt: '2026-03-01T09:00:00.000Z',
    hostCountry: toSomalia ? 'YEM' : null,
    referringMission: toSomalia ? 'IOM Yemen' : null,
    centre: toSomalia ? null : { __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso' },
    ...(withNames
      ? {
          returnee: toSomalia ? { __typename: 'Returnee', fullName: `Returnee ${n}` } : null,
          migrant: toSomalia ? null : { __typename: 'BossasoMigrant', id: `bossaso:${n}`, fullName: `Migrant ${n}`, registrationNumber: `BOS-2026-${String(n).padStart(6, '0')}` },
        }
      : {}),
  };
}

/** A page of cards: `total` cases in the state, these shown. */
export const column = (cards: ReturnType<typeof card>[], total = cards.length, endCursor: string | null = null) => ({
  __typename: 'AvrCaseConnection',
  totalCount: total,
  pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
  edges: cards.map((node) => ({ __typename: 'AvrCaseEdge', cursor: `c-${node.id}`, node })),
});

/** `note` only for viewers with cases:read (`withNames`). */
interface Transition { __typename: string; from: AvrStatus | null; to: AvrStatus; note?: string | null; actorName: string; at: string }
type CaseFileOptions = { withNames?: boolean; child?: boolean; toSomalia?: boolean; version?: number; allowed?: AvrStatus[] };

/** A whole case file (the AvrCaseFile query's answer). */
export function caseFile(n: number, status: AvrStatus, { withNames = true, child = false, toSomalia = false, version = 3, allowed = [] }: CaseFileOptions = {}) {
  const base = card(n, status, { withNames, toSomalia });
  return {
    ...base,
    isUnaccompaniedChild: child,
    version,
    destinationRegion: toSomalia ? 'Bari' : 'Oromia',
    destinationCommunity: toSomalia ? 'Qardho' : 'Jimma',
    ...(withNames
      ? {
          returnee: toSomalia ? { __typename: 'Returnee', fullName: `Returnee ${n}`, sex: 'FEMALE', dateOfBirth: '1999-02-01' } : null,
          migrant: toSomalia ? null : { __typename: 'BossasoMigrant', id: `bossaso:${n}`, fullName: `Migrant ${n}`, registrationNumber: `BOS-2026-${String(n).padStart(6, '0')}`, sex: 'MALE', age: 24, nationality: 'ETH' },
        }
      : {}),
    allowedTransitions: allowed,
    transitions: [{ __typename: 'AvrTransition', from: null, to: 'REQUESTED', ...(withNames ? { note: null } : {}), actorName: 'AVRR officer', at: '2026-03-01T09:00:00.000Z' }] as Transition[],
    ...(withNames
      ? {
          childSafeguards: child ? {
            __typename: 'ChildSafeguards',
            bestInterestsDeterminationRef: null,
            familyAssessment: null,
            childConsentAt: null,
            guardianConsentAt: null,
            escortName: null,
            handOverSignedBy: null,
            handOverSignedAt: null,
          } : null,
        }
      : {}),
    nationalityVerifiedOn: null,
    travelDocument: null,
    support: [],
    movement: null,
  };
}

export const fileVariables = (n: number, withNames = true) => ({ id: `avrr:case-${n}`, withNames, withSafeguards: withNames });

/** The parts of the case file with their own queries, empty. */
export const noPlan = (n: number, status: AvrStatus) => ({ __typename: 'Query', avrCase: { __typename: 'AvrCase', id: `avrr:case-${n}`, status, reintegrationPlan: null } });
export const noSurveys = (n: number, status: AvrStatus) => ({ __typename: 'Query', avrCase: { __typename: 'AvrCase', id: `avrr:case-${n}`, status, sustainabilitySurveys: [] } });

/** The case file (`caseFile`'s, or one with more recorded) and its two parts with their own queries. */
export function fileMocks(file: { id: string; status: string }, withNames = true) {
  const n = Number(file.id.replace('avrr:case-', ''));
  return [
    { request: { query: avrCaseFileQuery, variables: fileVariables(n, withNames) }, result: { data: { __typename: 'Query', avrCase: file } } },
    { request: { query: reintegrationPlanQuery, variables: { caseId: file.id, withNames } }, result: { data: noPlan(n, file.status as AvrStatus) } },
    { request: { query: sustainabilitySurveysQuery, variables: { caseId: file.id } }, result: { data: noSurveys(n, file.status as AvrStatus) } },
  ];
}
