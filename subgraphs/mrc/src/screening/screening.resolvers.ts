import { globalId, requireSiteScope, Scope } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { pageOf } from '../migrants/case-helpers.js';
import { isSensitiveScreening, recordCounselling, recordScreening } from './screening.js';

export const screeningResolvers: Resolvers = {
  SiteMigrant: {
    screenings: async (migrant, args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      const rows = await ctx.loaders.screeningsByMigrant.load(migrant.id);
      const page = pageOf(rows, args, (s) => [s.recordedAt.toISOString(), s.id]);
      const sensitive = page.edges.map((e) => e.node).filter((s) => isSensitiveScreening(s.factors));
      await Promise.all(sensitive.map((s) => ctx.loaders.screeningReads.load({ viewer: ctx.viewer, action: 'read', entity: 'VulnerabilityScreening', entityId: globalId(ctx.site.code, s.id) })));
      return page;
    },
    counsellingSessions: async (migrant, args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      const rows = await ctx.loaders.counsellingByMigrant.load(migrant.id);
      return pageOf(rows, args, (s) => [s.recordedAt.toISOString(), s.id]);
    },
  },
  VulnerabilityScreening: {
    id: (screening, _args, ctx) => globalId(ctx.site.code, screening.id),
    factors: (screening) => screening.factors as never,
    needs: (screening) => screening.needs as never,
  },
  CounsellingSession: {
    id: (session, _args, ctx) => globalId(ctx.site.code, session.id),
    topics: (session) => session.topics as never,
  },
  SiteMutations: {
    recordScreening: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return recordScreening(ctx.em, ctx.site, ctx.viewer, input);
    },
    recordCounselling: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return recordCounselling(ctx.em, ctx.site, ctx.viewer, input);
    },
  },
};
