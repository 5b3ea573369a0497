import type { EntityManager } from '@mikro-orm/postgresql';
import { auditResolvers, buildSiteSubgraphSchema, DateScalar, DateTimeScalar, mergeResolvers, type SiteConfig, type StatsCache, type Viewer } from '@mpa/platform';
import type { GraphQLSchema } from 'graphql';
import { centreResolvers } from './centres/centre.resolvers.js';
import type { SiteContext } from './context.js';
import { createMigrantLoaders } from './migrants/migrant.loaders.js';
import { caseManagementResolvers } from './migrants/case-resolvers.js';
import { migrantResolvers } from './migrants/migrant.resolvers.js';
import { siteTemplate } from './schema.js';
import { serviceResolvers } from './assistance/service-resolvers.js';
import { createServiceLoaders } from './assistance/service-loaders.js';
import { indicatorResolvers } from './indicators/indicators.resolvers.js';

/** The executable schema of one site's subgraph. */
export function siteSchema(site: SiteConfig): GraphQLSchema {
  return buildSiteSubgraphSchema(
    siteTemplate,
    [site],
    // One map per service area.
    mergeResolvers({ Date: DateScalar, DateTime: DateTimeScalar }, auditResolvers, centreResolvers, migrantResolvers, caseManagementResolvers, serviceResolvers, indicatorResolvers),
  );
}

/** A fresh context per request: forked EntityManager, fresh DataLoaders; the process's indicator cache. */
export function siteContext(site: SiteConfig, em: EntityManager, viewer: Viewer, stats: StatsCache): SiteContext {
  const fork = em.fork();
  return { site, viewer, em: fork, loaders: createMigrantLoaders(fork), services: createServiceLoaders(fork, site, viewer), stats: stats.forRequest(fork) };
}
