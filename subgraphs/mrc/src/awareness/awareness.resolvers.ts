import { canReachSite, forbidden, globalId, requireSiteScope, Scope } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { serviceProvider } from '../assistance/service-delivery.js';
import { attendanceBySexAndAge, holdAwarenessSession, listAwarenessSessions, planAwarenessSession, recordAwarenessSession, updateAwarenessSession } from './awareness.js';

export const awarenessResolvers: Resolvers = {
  SiteCentre: {
    awarenessSessions: (_centre, args, ctx) => {
      // Aggregates, no names: caseworkers and indicator readers alike.
      if (!canReachSite(ctx.viewer, ctx.site.code)) throw forbidden(`Records of ${ctx.site.code} are not visible to ${ctx.viewer.site} staff.`);
      if (!ctx.viewer.scopes.has(Scope.CasesRead) && !ctx.viewer.scopes.has(Scope.StatsRead)) throw forbidden('This needs the cases:read or stats:read scope.');
      return listAwarenessSessions(ctx.em, args);
    },
  },
  AwarenessSession: {
    id: (s, _args, ctx) => globalId(ctx.site.code, s.id),
    attendance: (s) => attendanceBySexAndAge(s),
    deliveredBy: (s) => serviceProvider(s),
  },
  SiteMutations: {
    recordAwarenessSession: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return recordAwarenessSession(ctx.em, ctx.site, ctx.viewer, input);
    },
    planAwarenessSession: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return planAwarenessSession(ctx.em, ctx.site, ctx.viewer, input);
    },
    holdAwarenessSession: (_ns, { id, expectedVersion, input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return holdAwarenessSession(ctx.em, ctx.site, ctx.viewer, id, expectedVersion, input);
    },
    updateAwarenessSession: (_ns, { id, expectedVersion, input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return updateAwarenessSession(ctx.em, ctx.site, ctx.viewer, id, expectedVersion, input);
    },
  },
};
