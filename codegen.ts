import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types for each subgraph (against its schema template), typed documents for the
// frontends (against the composed public API schema, gateway/schema.graphql).
const federatedResolvers = (schema: string, contextType: string, mappers: Record<string, string>) => ({
  schema,
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
      AuditEvent: '@mpa/platform#AuditEventRow',
      FieldChange: '@mpa/platform#FieldChange as FieldChangeRecord',
    }),
    'subgraphs/avrr/src/__generated__/resolvers.ts': federatedResolvers('subgraphs/avrr/schema/*.graphql', '../context.js#AvrrContext', {
      AvrCase: '../avr-cases/avr-case.entity.js#AvrCaseRecord',
      AvrCaseConnection: '../avr-cases/avr-case-list.js#AvrCasePage',
      AuditEvent: '@mpa/platform#AuditEventRow',
      FieldChange: '@mpa/platform#FieldChange as FieldChangeRecord',
      SiteCentre: '../centres/centre.js#CentreRef',
      Centre: '../centres/centre.js#CentreRef',
      SiteMigrant: '../migrants/migrant-ref.js#MigrantRef',
      Migrant: '../migrants/migrant-ref.js#MigrantRef',
    }),
    'frontends/centres/src/__generated__/': {
      schema: 'gateway/schema.graphql',
      documents: ['frontends/centres/src/**/*.{ts,tsx}', '!frontends/centres/src/__generated__/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: 'string', DateTime: 'string' } },
    },
  },
};

export default config;
