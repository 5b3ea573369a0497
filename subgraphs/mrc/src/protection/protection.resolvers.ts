import { globalId, requireSiteScope, Scope } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { serviceProvider } from '../assistance/service-delivery.js';
import { openTraffickingCase, openUamCase, updateTraffickingCase, updateUamCase } from './protection-cases.js';
import { listProtectionCases } from './protection-list.js';

const common = {
  id: (c: { id: string }, _args: unknown, ctx: { site: { code: string } }) => globalId(ctx.site.code, c.id),
};

export const protectionResolvers: Resolvers = {
  SiteCentre: {
    protectionCases: (_centre, args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.ProtectionRead);
      return listProtectionCases(ctx.em, ctx.site, ctx.viewer, args);
    },
  },
  SiteMigrant: {
    uamCase: (migrant, _args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.ProtectionRead);
      return ctx.services.uamCaseByMigrant.load(migrant.id);
    },
    traffickingCase: (migrant, _args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.ProtectionRead);
      return ctx.services.traffickingCaseByMigrant.load(migrant.id);
    },
  },
  ProtectionCase: {
    __resolveType: (c) => ('separation' in c ? 'UamCase' : 'TraffickingCase'),
  },
  UamCase: {
    ...common,
    migrant: (c, _args, ctx) => ctx.loaders.migrantById.load(c.migrantId),
    openedBy: (c) => serviceProvider(c),
    history: (c, _args, ctx) => ctx.services.historyOf.load(globalId(ctx.site.code, c.id)),
    bestInterestsAssessment: (c) => (c.biaAssessedOn && c.biaFindings && c.biaAssessedBy ? { assessedOn: c.biaAssessedOn, findings: c.biaFindings, assessedBy: c.biaAssessedBy } : null),
    bestInterestsDetermination: (c) => (c.bidDecision && c.bidDecidedOn && c.bidPanel ? { decision: c.bidDecision, decidedOn: c.bidDecidedOn, panel: c.bidPanel } : null),
    guardian: (c) => (c.guardianName && c.guardianRelationship && c.guardianAppointedOn
      ? { name: c.guardianName, relationship: c.guardianRelationship, contact: c.guardianContact, appointedOn: c.guardianAppointedOn } : null),
  },
  TraffickingCase: {
    ...common,
    migrant: (c, _args, ctx) => ctx.loaders.migrantById.load(c.migrantId),
    openedBy: (c) => serviceProvider(c),
    history: (c, _args, ctx) => ctx.services.historyOf.load(globalId(ctx.site.code, c.id)),
  },
  SiteMutations: {
    openUamCase: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.ProtectionWrite);
      return openUamCase(ctx.em, ctx.site, ctx.viewer, input);
    },
    updateUamCase: (_ns, { id, expectedVersion, input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.ProtectionWrite);
      return updateUamCase(ctx.em, ctx.site, ctx.viewer, id, expectedVersion, input);
    },
    openTraffickingCase: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.ProtectionWrite);
      return openTraffickingCase(ctx.em, ctx.site, ctx.viewer, input);
    },
    updateTraffickingCase: (_ns, { id, expectedVersion, input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.ProtectionWrite);
      return updateTraffickingCase(ctx.em, ctx.site, ctx.viewer, id, expectedVersion, input);
    },
  },
};
