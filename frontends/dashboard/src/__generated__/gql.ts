/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardCentres($from: Date!, $to: Date!) {\n    centres {\n      code\n      name\n      stats(from: $from, to: $to) {\n        openCases\n        registrations\n        registrationBreakdown {\n          byNationality { nationality registrations suppressed }\n          bySex { sex registrations suppressed }\n          byAgeBand { ageBand registrations suppressed }\n          byDestination { destination registrations suppressed }\n        }\n        vulnerabilities {\n          riskFactors { factor migrants suppressed }\n          byAssessment { assessment screenings suppressed }\n        }\n        caseManagement {\n          screenings\n          counsellingSessions\n          referralsByStatus { status count }\n        }\n        services {\n          medicalConsultations\n          healthReferrals\n          distributions\n          mhpssSessions\n          mhpssGroupActivities\n          awarenessSessions\n          uamCasesOpened\n          traffickingScreenings\n          traffickingVictimsIdentified\n          stockLevels { item unit level lowStockThreshold isLow }\n        }\n      }\n    }\n  }\n": typeof types.DashboardCentresDocument,
    "\n  query DashboardReturns($from: Date!, $to: Date!) {\n    avrStats(from: $from, to: $to) {\n      pipeline { status direction centre { code name } cases }\n      departures { month destinationCountry returnees }\n      plansByCompletion { completion plans }\n      sustainabilityByRound { round roundLabel surveys economic social psychosocial composite }\n      sustainabilityByCentre { centre { code name } surveys returnees suppressed economic social psychosocial composite }\n    }\n  }\n": typeof types.DashboardReturnsDocument,
};
const documents: Documents = {
    "\n  query DashboardCentres($from: Date!, $to: Date!) {\n    centres {\n      code\n      name\n      stats(from: $from, to: $to) {\n        openCases\n        registrations\n        registrationBreakdown {\n          byNationality { nationality registrations suppressed }\n          bySex { sex registrations suppressed }\n          byAgeBand { ageBand registrations suppressed }\n          byDestination { destination registrations suppressed }\n        }\n        vulnerabilities {\n          riskFactors { factor migrants suppressed }\n          byAssessment { assessment screenings suppressed }\n        }\n        caseManagement {\n          screenings\n          counsellingSessions\n          referralsByStatus { status count }\n        }\n        services {\n          medicalConsultations\n          healthReferrals\n          distributions\n          mhpssSessions\n          mhpssGroupActivities\n          awarenessSessions\n          uamCasesOpened\n          traffickingScreenings\n          traffickingVictimsIdentified\n          stockLevels { item unit level lowStockThreshold isLow }\n        }\n      }\n    }\n  }\n": types.DashboardCentresDocument,
    "\n  query DashboardReturns($from: Date!, $to: Date!) {\n    avrStats(from: $from, to: $to) {\n      pipeline { status direction centre { code name } cases }\n      departures { month destinationCountry returnees }\n      plansByCompletion { completion plans }\n      sustainabilityByRound { round roundLabel surveys economic social psychosocial composite }\n      sustainabilityByCentre { centre { code name } surveys returnees suppressed economic social psychosocial composite }\n    }\n  }\n": types.DashboardReturnsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCentres($from: Date!, $to: Date!) {\n    centres {\n      code\n      name\n      stats(from: $from, to: $to) {\n        openCases\n        registrations\n        registrationBreakdown {\n          byNationality { nationality registrations suppressed }\n          bySex { sex registrations suppressed }\n          byAgeBand { ageBand registrations suppressed }\n          byDestination { destination registrations suppressed }\n        }\n        vulnerabilities {\n          riskFactors { factor migrants suppressed }\n          byAssessment { assessment screenings suppressed }\n        }\n        caseManagement {\n          screenings\n          counsellingSessions\n          referralsByStatus { status count }\n        }\n        services {\n          medicalConsultations\n          healthReferrals\n          distributions\n          mhpssSessions\n          mhpssGroupActivities\n          awarenessSessions\n          uamCasesOpened\n          traffickingScreenings\n          traffickingVictimsIdentified\n          stockLevels { item unit level lowStockThreshold isLow }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardCentres($from: Date!, $to: Date!) {\n    centres {\n      code\n      name\n      stats(from: $from, to: $to) {\n        openCases\n        registrations\n        registrationBreakdown {\n          byNationality { nationality registrations suppressed }\n          bySex { sex registrations suppressed }\n          byAgeBand { ageBand registrations suppressed }\n          byDestination { destination registrations suppressed }\n        }\n        vulnerabilities {\n          riskFactors { factor migrants suppressed }\n          byAssessment { assessment screenings suppressed }\n        }\n        caseManagement {\n          screenings\n          counsellingSessions\n          referralsByStatus { status count }\n        }\n        services {\n          medicalConsultations\n          healthReferrals\n          distributions\n          mhpssSessions\n          mhpssGroupActivities\n          awarenessSessions\n          uamCasesOpened\n          traffickingScreenings\n          traffickingVictimsIdentified\n          stockLevels { item unit level lowStockThreshold isLow }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardReturns($from: Date!, $to: Date!) {\n    avrStats(from: $from, to: $to) {\n      pipeline { status direction centre { code name } cases }\n      departures { month destinationCountry returnees }\n      plansByCompletion { completion plans }\n      sustainabilityByRound { round roundLabel surveys economic social psychosocial composite }\n      sustainabilityByCentre { centre { code name } surveys returnees suppressed economic social psychosocial composite }\n    }\n  }\n"): (typeof documents)["\n  query DashboardReturns($from: Date!, $to: Date!) {\n    avrStats(from: $from, to: $to) {\n      pipeline { status direction centre { code name } cases }\n      departures { month destinationCountry returnees }\n      plansByCompletion { completion plans }\n      sustainabilityByRound { round roundLabel surveys economic social psychosocial composite }\n      sustainabilityByCentre { centre { code name } surveys returnees suppressed economic social psychosocial composite }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;