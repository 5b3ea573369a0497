import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types for each subgraph (against its schema template), typed documents for the
// frontends (against the composed public API schema, gateway/schema.graphql).
const federatedResolvers = (schema: string, contextType: string, mappers: Record<string, string>) => ({
  // Every subgraph also serves the platform's shared SDL (the audit log types).
  schema: [schema, 'subgraphs/platform/schema/*.graphql'],
  plugins: ['typescript', 'typescript-resolvers'],
  config: {
    federation: true,
    contextType,
    mappers,
    useIndexSignature: true,
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { Date: 'string', DateTime: 'Date | string' },
    avoidOptionals: { field: true, inputValue: false },
    maybeValue: 'T | null',
  },
});

// Each micro-frontend's documents, typed against the public API (gateway/schema.graphql), and its
// persisted documents (`__generated__/persisted-documents.json`, hash → document as written) that
// the gateway loads: the portal sends only the hash. Apollo Client adds `__typename` to every
// selection set before sending; the gateway adds them to the stored documents the same way. (Codegen's
// addTypenameSelectionDocumentTransform would do it here, but also make `__typename` required in
// every generated result type.)
const frontendDocuments = (name: string) => ({
  schema: 'gateway/schema.graphql',
  documents: [`frontends/${name}/src/**/*.{ts,tsx}`, `!frontends/${name}/src/__generated__/**`],
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false, persistedDocuments: { mode: 'embedHashInDocument' as const, hashAlgorithm: 'sha256' as const } },
  config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: 'string', DateTime: 'string' } },
});
const portalSections = ['centres', 'registration', 'assistance', 'protection', 'awareness', 'returns', 'dashboard'];

const config: CodegenConfig = {
  overwrite: true,
  ignoreNoDocuments: true,
  generates: {
    'subgraphs/mrc/src/__generated__/resolvers.ts': federatedResolvers('subgraphs/mrc/schema/*.graphql', '../context.js#SiteContext', {
      SiteMigrant: '../migrants/migrant.entity.js#MigrantRecord',
      Migrant: '../migrants/migrant.entity.js#MigrantRecord',
      SiteCentre: '../centres/centre.js#CentreRef',
      Centre: '../centres/centre.js#CentreRef',
      SiteMutations: '../centres/centre.js#CentreRef',
      CentreStats: '../centres/centre-stats.js#CentreStatsRow',
      MigrantConnection: '../migrants/migrant-list.js#MigrantPage',
      CaseFlag: '../migrants/case-flag.entity.js#CaseFlagRecord',
      Consent: '../consent/consent.entity.js#ConsentRecord',
      VulnerabilityScreening: '../screening/screening.entity.js#VulnerabilityScreeningRecord',
      CounsellingSession: '../screening/screening.entity.js#CounsellingSessionRecord',
      PartnerOrganisation: '../referrals/referral.entity.js#PartnerOrganisationRecord',
      Referral: '../referrals/referral.entity.js#ReferralRecord',
      AvrRequest: '../avr-handover/avr-outbox.entity.js#AvrOutboxRecord',
      MedicalConsultation: '../medical/medical-consultation.entity.js#MedicalConsultationRecord',
      StockItem: '../assistance/stock.entity.js#StockItemRecord',
      StockMovement: '../assistance/stock.entity.js#StockMovementRecord',
      Distribution: '../assistance/stock.entity.js#DistributionRecord',
      DistributedItem: '../assistance/stock.entity.js#DistributedItemRef',
      UamCase: '../protection/protection.entity.js#UamCaseRecord',
      TraffickingCase: '../protection/protection.entity.js#TraffickingCaseRecord',
      ProtectionCase: '../protection/protection-list.js#ProtectionCaseRef',
      MhpssSession: '../mhpss/mhpss.entity.js#MhpssSessionRecord',
      MhpssGroupActivity: '../mhpss/mhpss.entity.js#MhpssGroupActivityRecord',
      MhpssAttendance: '../mhpss/mhpss.entity.js#MhpssAttendanceRecord',
      AwarenessSession: '../awareness/awareness.entity.js#AwarenessSessionRecord',
      ServiceIndicators: '../assistance/service-indicators.js#ServiceIndicatorsRow',
      AuditEvent: '@mpa/platform#AuditEventRow',
      FieldChange: '@mpa/platform#FieldChange as FieldChangeRecord',
    }),
    'subgraphs/avrr/src/__generated__/resolvers.ts': federatedResolvers('subgraphs/avrr/schema/*.graphql', '../context.js#AvrrContext', {
      AvrCase: '../avr-cases/avr-case.entity.js#AvrCaseRecord',
      AvrCaseConnection: '../avr-cases/avr-case-list.js#AvrCasePage',
      AvrTransition: '../lifecycle/avr-transition.entity.js#AvrTransitionRecord',
      Returnee: '../avr-cases/avr-case.entity.js#AvrCaseRecord',
      ChildSafeguards: '../avr-cases/avr-case.entity.js#AvrCaseRecord',
      TravelDocument: '../avr-cases/avr-case.entity.js#AvrCaseRecord',
      AvrReferralReceipt: '../intake/receive-avr-referral.js#AvrReferralReceiptRecord',
      Movement: '../movements/movement.entity.js#MovementRecord',
      MovementConnection: '../movements/movement-list.js#MovementPage',
      AvrSupport: '../support/support.entity.js#SupportRecord',
      Money: '../support/money.js#MoneyValue',
      ReintegrationPlan: '../reintegration/reintegration.entity.js#ReintegrationPlanRecord',
      ReintegrationActivity: '../reintegration/reintegration.entity.js#ReintegrationActivityRecord',
      ScoringVersion: '../sustainability/sustainability.entity.js#ScoringVersionRecord',
      SustainabilitySurvey: '../sustainability/sustainability.entity.js#SurveyRecord',
      AvrStats: '../stats/avr-stats.js#AvrStatsRecord',
      AvrPipelineCount: '../stats/avr-stats.js#AvrPipelineRow',
      AuditEvent: '@mpa/platform#AuditEventRow',
      FieldChange: '@mpa/platform#FieldChange as FieldChangeRecord',
      SiteCentre: '../centres/centre.js#CentreRef',
      Centre: '../centres/centre.js#CentreRef',
      SiteMigrant: '../migrants/migrant-ref.js#MigrantRef',
      Migrant: '../migrants/migrant-ref.js#MigrantRef',
    }),
    ...Object.fromEntries(portalSections.map((name) => [`frontends/${name}/src/__generated__/`, frontendDocuments(name)])),
    // The root config loads no GraphQL client: its documents are strings carrying their persisted hash.
    'frontends/root-config/src/__generated__/': { ...frontendDocuments('root-config'), config: { ...frontendDocuments('root-config').config, documentMode: 'string' as const } },
  },
};

export default config;
