import { listAuditEvents, parseGlobalId, requireSiteScope, Scope, seesSmallCells, siteTypeName } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { listMigrants } from '../migrants/migrant-list.js';
import { possibleDuplicates, searchMigrants } from '../migrants/migrant-search.js';
import { centreStats } from './centre-stats.js';

export const centreResolvers: Resolvers = {
  Centre: {
    // The template's `SiteCentre` is served under the site's own name (`BossasoCentre`).
    __resolveType: (_centre, ctx) => siteTypeName(ctx.site, 'Centre') as 'SiteCentre',
  },
  SiteCentre: {
    __resolveReference: (ref, ctx) => (ref.code === ctx.site.code ? { code: ref.code } : null),
    migrants: (_centre, args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      return listMigrants(ctx.em, args);
    },
    migrant: async (_centre, { id }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      const parsed = parseGlobalId(id);
      if (!parsed || parsed.site !== ctx.site.code) return null;
      return ctx.loaders.migrantById.load(parsed.local);
    },
    searchMigrants: (_centre, args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      return searchMigrants(ctx.em, args);
    },
    possibleDuplicates: (_centre, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      return possibleDuplicates(ctx.em, input);
    },
    stats: (_centre, { from, to }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.StatsRead);
      return centreStats(ctx.stats, from, to, seesSmallCells(ctx.viewer, ctx.site.code));
    },
    auditEvents: (_centre, args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.AuditRead);
      return listAuditEvents(ctx.em, args);
    },
  },
};
