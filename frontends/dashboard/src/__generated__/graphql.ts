/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Age bands used in filters and indicators. */
export type AgeBand =
  /** Children, 0–17. */
  | 'AGE_0_17'
  /** 18–29, most migrants on the Eastern Route. */
  | 'AGE_18_29'
  | 'AGE_30_59'
  | 'AGE_60_PLUS';

/** Where an AVR case stands in its lifecycle (see `AvrCase.allowedTransitions` for the next steps). */
export type AvrStatus =
  /** Received at destination (unaccompanied children: signed hand-over). */
  | 'ARRIVED'
  /** Stopped by the programme (possible until departure). */
  | 'CANCELLED'
  /** Finished: returned and, where planned, reintegration support completed. */
  | 'CLOSED'
  /** The returnee was counselled on return and its conditions. */
  | 'COUNSELLED'
  /** Left with its movement. */
  | 'DEPARTED'
  /** Eligibility for assisted return confirmed (for unaccompanied children: after a best-interests determination, a family assessment and both consents). */
  | 'ELIGIBILITY_CONFIRMED'
  /** Pre-departure medical check passed; nationality verified and travel document issued. */
  | 'FIT_TO_TRAVEL'
  /** Reintegration support under way. */
  | 'REINTEGRATION'
  /** Not eligible for assisted return. */
  | 'REJECTED'
  /** The return was asked for (by the migrant, through a centre or a mission). */
  | 'REQUESTED'
  /** Booked on a movement. */
  | 'TRAVEL_BOOKED'
  /** Nationality verification and travel document under way. */
  | 'TRAVEL_DOCUMENTS'
  /** The returnee changed their mind (possible until departure). */
  | 'WITHDRAWN';

/** How far a reintegration plan's delivery has got. */
export type PlanCompletion =
  /** Every live activity delivered. */
  | 'COMPLETED'
  /** Some delivered. */
  | 'IN_PROGRESS'
  /** None delivered. */
  | 'NOT_STARTED'
  /** No activities yet (or all cancelled). */
  | 'NO_ACTIVITIES';

/** Where a referral stands: REQUESTED, then ACCEPTED or REJECTED by the partner; an accepted referral is COMPLETED; an open one may be REVOKED. */
export type ReferralStatus =
  | 'ACCEPTED'
  | 'COMPLETED'
  | 'REJECTED'
  | 'REQUESTED'
  | 'REVOKED';

/** Which way a return goes. */
export type ReturnDirection =
  /** A migrant stranded in Somalia returning to their country of origin. */
  | 'TO_COUNTRY_OF_ORIGIN'
  /** A Somali stranded abroad returning to Somalia. */
  | 'TO_SOMALIA';

/** How much risk a case carries. */
export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Sex as recorded at registration. */
export type Sex =
  | 'FEMALE'
  | 'MALE';

/** Determinants of vulnerability, each valid at one level (the first word of each group's description names it). */
export type VulnerabilityFactor =
  /** STRUCTURAL: access to protection and assistance services. */
  | 'ACCESS_TO_PROTECTION'
  /** COMMUNITY: a community or diaspora network that helps. */
  | 'COMMUNITY_SUPPORT'
  /** STRUCTURAL: conflict or generalised violence. */
  | 'CONFLICT_OR_VIOLENCE'
  /** HOUSEHOLD_FAMILY: debt (own or the family's, e.g. to smugglers). */
  | 'DEBT'
  /** HOUSEHOLD_FAMILY: dependants relying on the person. */
  | 'DEPENDANTS'
  /** INDIVIDUAL: a disability. */
  | 'DISABILITY'
  /** COMMUNITY: discrimination or exclusion. */
  | 'DISCRIMINATION'
  /** STRUCTURAL: economic crisis or lack of livelihoods. */
  | 'ECONOMIC_CRISIS'
  /** STRUCTURAL: drought, floods or other environmental shocks. */
  | 'ENVIRONMENTAL_SHOCK'
  /** HOUSEHOLD_FAMILY: family able and willing to help. */
  | 'FAMILY_SUPPORT'
  /** HOUSEHOLD_FAMILY: violence or neglect in the family. */
  | 'FAMILY_VIOLENCE'
  /** INDIVIDUAL: good physical and mental health. */
  | 'GOOD_HEALTH'
  /** COMMUNITY: insecurity where the person lives or transits. */
  | 'INSECURITY'
  /** INDIVIDUAL: a medical condition. */
  | 'MEDICAL_CONDITION'
  /** INDIVIDUAL: a mental health condition or psychosocial distress. */
  | 'MENTAL_HEALTH_CONDITION'
  /** COMMUNITY: no access to basic services. */
  | 'NO_ACCESS_TO_SERVICES'
  /** COMMUNITY: no community or social network. */
  | 'NO_COMMUNITY_SUPPORT'
  /** HOUSEHOLD_FAMILY: no family to rely on. */
  | 'NO_FAMILY_SUPPORT'
  /** STRUCTURAL: no legal status where the person is. */
  | 'NO_LEGAL_STATUS'
  /** INDIVIDUAL: an older person. */
  | 'OLDER_PERSON'
  /** INDIVIDUAL: pregnancy. */
  | 'PREGNANCY'
  /** INDIVIDUAL: a child separated from parents but with another relative. */
  | 'SEPARATED_CHILD'
  /** INDIVIDUAL: skills, education or work experience. */
  | 'SKILLS_OR_EDUCATION'
  /** INDIVIDUAL: survivor of violence, exploitation or abuse. */
  | 'SURVIVOR_OF_VIOLENCE'
  /** INDIVIDUAL: a child travelling without a parent or caregiver (marks the case for the protection team). */
  | 'UNACCOMPANIED_CHILD'
  /** INDIVIDUAL: indicators of trafficking (marks the case for the protection team). */
  | 'VICTIM_OF_TRAFFICKING_INDICATORS';

export type DashboardCentresQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DashboardCentresQuery = { centres: Array<
    | { code: string, name: string, stats: { openCases: number, registrations: number, registrationBreakdown: { byNationality: Array<{ nationality: string | null, registrations: number | null, suppressed: boolean }>, bySex: Array<{ sex: Sex | null, registrations: number | null, suppressed: boolean }>, byAgeBand: Array<{ ageBand: AgeBand | null, registrations: number | null, suppressed: boolean }>, byDestination: Array<{ destination: string | null, registrations: number | null, suppressed: boolean }> }, vulnerabilities: { riskFactors: Array<{ factor: VulnerabilityFactor | null, migrants: number | null, suppressed: boolean }>, byAssessment: Array<{ assessment: RiskLevel | null, screenings: number | null, suppressed: boolean }> }, caseManagement: { screenings: number, counsellingSessions: number, referralsByStatus: Array<{ status: ReferralStatus, count: number }> }, services: { medicalConsultations: number, healthReferrals: number, distributions: number, mhpssSessions: number, mhpssGroupActivities: number, awarenessSessions: number, uamCasesOpened: number | null, traffickingScreenings: number, traffickingVictimsIdentified: number | null, stockLevels: Array<{ item: string, unit: string, level: number, lowStockThreshold: number, isLow: boolean }> } } | null }
    | { code: string, name: string, stats: { openCases: number, registrations: number, registrationBreakdown: { byNationality: Array<{ nationality: string | null, registrations: number | null, suppressed: boolean }>, bySex: Array<{ sex: Sex | null, registrations: number | null, suppressed: boolean }>, byAgeBand: Array<{ ageBand: AgeBand | null, registrations: number | null, suppressed: boolean }>, byDestination: Array<{ destination: string | null, registrations: number | null, suppressed: boolean }> }, vulnerabilities: { riskFactors: Array<{ factor: VulnerabilityFactor | null, migrants: number | null, suppressed: boolean }>, byAssessment: Array<{ assessment: RiskLevel | null, screenings: number | null, suppressed: boolean }> }, caseManagement: { screenings: number, counsellingSessions: number, referralsByStatus: Array<{ status: ReferralStatus, count: number }> }, services: { medicalConsultations: number, healthReferrals: number, distributions: number, mhpssSessions: number, mhpssGroupActivities: number, awarenessSessions: number, uamCasesOpened: number | null, traffickingScreenings: number, traffickingVictimsIdentified: number | null, stockLevels: Array<{ item: string, unit: string, level: number, lowStockThreshold: number, isLow: boolean }> } } | null }
    | { code: string, name: string, stats: { openCases: number, registrations: number, registrationBreakdown: { byNationality: Array<{ nationality: string | null, registrations: number | null, suppressed: boolean }>, bySex: Array<{ sex: Sex | null, registrations: number | null, suppressed: boolean }>, byAgeBand: Array<{ ageBand: AgeBand | null, registrations: number | null, suppressed: boolean }>, byDestination: Array<{ destination: string | null, registrations: number | null, suppressed: boolean }> }, vulnerabilities: { riskFactors: Array<{ factor: VulnerabilityFactor | null, migrants: number | null, suppressed: boolean }>, byAssessment: Array<{ assessment: RiskLevel | null, screenings: number | null, suppressed: boolean }> }, caseManagement: { screenings: number, counsellingSessions: number, referralsByStatus: Array<{ status: ReferralStatus, count: number }> }, services: { medicalConsultations: number, healthReferrals: number, distributions: number, mhpssSessions: number, mhpssGroupActivities: number, awarenessSessions: number, uamCasesOpened: number | null, traffickingScreenings: number, traffickingVictimsIdentified: number | null, stockLevels: Array<{ item: string, unit: string, level: number, lowStockThreshold: number, isLow: boolean }> } } | null }
  > };

export type DashboardReturnsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DashboardReturnsQuery = { avrStats: { pipeline: Array<{ status: AvrStatus, direction: ReturnDirection, cases: number, centre:
        | { code: string, name: string }
        | { code: string, name: string }
        | { code: string, name: string }
       | null }>, departures: Array<{ month: string, destinationCountry: string, returnees: number }>, plansByCompletion: Array<{ completion: PlanCompletion, plans: number }>, sustainabilityByRound: Array<{ round: number, roundLabel: string, surveys: number, economic: number | null, social: number | null, psychosocial: number | null, composite: number | null }>, sustainabilityByCentre: Array<{ surveys: number, returnees: number, suppressed: boolean, economic: number | null, social: number | null, psychosocial: number | null, composite: number | null, centre:
        | { code: string, name: string }
        | { code: string, name: string }
        | { code: string, name: string }
       | null }> } };


export const DashboardCentresDocument = {"__meta__":{"hash":"sha256:5bdeabcbc7ad9086a37b78c4e02bfe71088809669ff9270e78b513e9df350296"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCentres"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"registrationBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byNationality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAgeBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vulnerabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"migrants"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"screenings"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseManagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screenings"}},{"kind":"Field","name":{"kind":"Name","value":"counsellingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"referralsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medicalConsultations"}},{"kind":"Field","name":{"kind":"Name","value":"healthReferrals"}},{"kind":"Field","name":{"kind":"Name","value":"distributions"}},{"kind":"Field","name":{"kind":"Name","value":"mhpssSessions"}},{"kind":"Field","name":{"kind":"Name","value":"mhpssGroupActivities"}},{"kind":"Field","name":{"kind":"Name","value":"awarenessSessions"}},{"kind":"Field","name":{"kind":"Name","value":"uamCasesOpened"}},{"kind":"Field","name":{"kind":"Name","value":"traffickingScreenings"}},{"kind":"Field","name":{"kind":"Name","value":"traffickingVictimsIdentified"}},{"kind":"Field","name":{"kind":"Name","value":"stockLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"isLow"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardCentresQuery, DashboardCentresQueryVariables>;
export const DashboardReturnsDocument = {"__meta__":{"hash":"sha256:5d79055c3853b5077d3859ed525dfa64c4bfe4dbf6aa8d504c3c40eb85389949"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardReturns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avrStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"}},{"kind":"Field","name":{"kind":"Name","value":"returnees"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plansByCompletion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"plans"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sustainabilityByRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"roundLabel"}},{"kind":"Field","name":{"kind":"Name","value":"surveys"}},{"kind":"Field","name":{"kind":"Name","value":"economic"}},{"kind":"Field","name":{"kind":"Name","value":"social"}},{"kind":"Field","name":{"kind":"Name","value":"psychosocial"}},{"kind":"Field","name":{"kind":"Name","value":"composite"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sustainabilityByCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveys"}},{"kind":"Field","name":{"kind":"Name","value":"returnees"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"economic"}},{"kind":"Field","name":{"kind":"Name","value":"social"}},{"kind":"Field","name":{"kind":"Name","value":"psychosocial"}},{"kind":"Field","name":{"kind":"Name","value":"composite"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardReturnsQuery, DashboardReturnsQueryVariables>;