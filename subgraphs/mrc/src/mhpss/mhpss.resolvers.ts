import { globalId, requireSiteScope, Scope } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { serviceProvider } from '../assistance/service-delivery.js';
import { listGroupActivities, recordGroupActivity, recordSession, updateGroupActivity, updateSession } from './mhpss.js';

export const mhpssResolvers: Resolvers = {
  SiteCentre: {
    mhpssGroupActivities: (_centre, args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.MhpssRead);
      return listGroupActivities(ctx.em, args);
    },
  },
  SiteMigrant: {
    mhpssSessions: (migrant, { first, after }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.MhpssRead);
      return ctx.services.mhpssSessionsByMigrant.load({ parentId: migrant.id, first, after });
    },
  },
  MhpssSession: {
    id: (s, _args, ctx) => globalId(ctx.site.code, s.id),
    migrant: (s, _args, ctx) => ctx.loaders.migrantById.load(s.migrantId),
    deliveredBy: (s) => serviceProvider(s),
    history: (s, _args, ctx) => ctx.services.historyOf.load(globalId(ctx.site.code, s.id)),
  },
  MhpssGroupActivity: {
    id: (a, _args, ctx) => globalId(ctx.site.code, a.id),
    attendees: (a, _args, ctx) => ctx.services.attendanceByActivity.load(a.id),
    attendance: async (a, _args, ctx) => (await ctx.services.attendanceByActivity.load(a.id)).filter((x) => x.attended).length,
    deliveredBy: (a) => serviceProvider(a),
  },
  MhpssAttendance: {
    migrant: (a, _args, ctx) => ctx.loaders.migrantById.load(a.migrantId),
  },
  SiteMutations: {
    recordMhpssSession: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.MhpssWrite);
      return recordSession(ctx.em, ctx.site, ctx.viewer, input);
    },
    updateMhpssSession: (_ns, { id, expectedVersion, input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.MhpssWrite);
      return updateSession(ctx.em, ctx.site, ctx.viewer, id, expectedVersion, input);
    },
    recordMhpssGroupActivity: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.MhpssWrite);
      return recordGroupActivity(ctx.em, ctx.site, ctx.viewer, input);
    },
    updateMhpssGroupActivity: (_ns, { id, expectedVersion, input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.MhpssWrite);
      return updateGroupActivity(ctx.em, ctx.site, ctx.viewer, id, expectedVersion, input);
    },
  },
};
