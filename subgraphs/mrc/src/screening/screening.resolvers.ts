import { globalId, requireSiteScope, Scope } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { isSensitiveScreening, recordCounselling, recordScreening } from './screening.js';

export const screeningResolvers: Resolvers = {
  SiteMigrant: {
    screenings: async (migrant, { first, after }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      const page = await ctx.loaders.screeningsByMigrant.load({ parentId: migrant.id, first, after });
      const sensitive = page.edges.map((e) => e.node).filter((s) => isSensitiveScreening(s.factors));
      await Promise.all(sensitive.map((s) => ctx.loaders.screeningReads.load({ viewer: ctx.viewer, action: 'read', entity: 'VulnerabilityScreening', entityId: globalId(ctx.site.code, s.id) })));
      return page;
    },
    counsellingSessions: (migrant, { first, after }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      return ctx.loaders.counsellingByMigrant.load({ parentId: migrant.id, first, after });
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
