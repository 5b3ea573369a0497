export { siteTypeDefs } from './schema.js';
export { siteSchema, siteContext } from './subgraph.js';
export { startSiteSubgraph, runSiteSubgraph, siteEntities, type RunningSite, type SiteSubgraphOptions } from './run.js';
export { Migrant, type MigrantRecord } from './migrants/migrant.entity.js';
export { migrations as siteMigrations } from './migrations/index.js';
export { anonymiseClosedCases, siteRetentionPlan } from './retention/site-retention.js';
