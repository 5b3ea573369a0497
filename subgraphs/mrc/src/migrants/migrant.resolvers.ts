import { globalId, listAuditEvents, parseGlobalId, requireSiteScope, Scope, siteTypeName } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { caseManagementIndicators } from './case-indicators.js';
import { registerMigrant } from './register-migrant.js';
import { closeCase, raiseFlag, resolveFlag, updateMigrant } from './update-migrant.js';

/** Completed years between a date of birth and today. */
export function ageOn(dateOfBirth: string, today = new Date().toISOString().slice(0, 10)): number {
  const years = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return today.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

export const migrantResolvers: Resolvers = {
  Migrant: {
    __resolveType: (_migrant, ctx) => siteTypeName(ctx.site, 'Migrant') as 'SiteMigrant',
  },
  SiteMigrant: {
    __resolveReference: async (ref, ctx) => {
      const parsed = parseGlobalId(ref.id);
      if (!parsed || parsed.site !== ctx.site.code) return null;
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      return ctx.loaders.migrantById.load(parsed.local);
    },
    id: (migrant, _args, ctx) => globalId(ctx.site.code, migrant.id),
    fullName: (migrant) => `${migrant.givenName} ${migrant.familyName}`,
    age: (migrant) => (migrant.dateOfBirth ? ageOn(migrant.dateOfBirth) : null),
    centre: (_migrant, _args, ctx) => ({ code: ctx.site.code }),
    document: (migrant) => (migrant.documentType ? { type: migrant.documentType as 'OTHER', number: migrant.documentNumber } : null),
    migrationReasons: (migrant) => migrant.migrationReasons as never,
    flags: (migrant, _args, ctx) => ctx.loaders.flagsByMigrant.load(migrant.id),
    history: (migrant, args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      return listAuditEvents(ctx.em, { ...args, filter: { entityId: globalId(ctx.site.code, migrant.id) } });
    },
  },
  CaseFlag: {
    id: (flag, _args, ctx) => globalId(ctx.site.code, flag.id),
  },
  CentreStats: {
    // The parent already required stats:read of the centre and checked the period.
    caseManagement: (stats, _args, ctx) => caseManagementIndicators(ctx.stats, stats.period, stats.exact),
  },
  MigrantConnection: {
    totalCount: (page) => page.count(),
  },
  Mutation: {
    site: (_root, _args, ctx) => ({ code: ctx.site.code }),
  },
  SiteMutations: {
    registerMigrant: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return registerMigrant(ctx.em, ctx.site, ctx.viewer, input);
    },
    updateMigrant: async (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return { migrant: await updateMigrant(ctx.em, ctx.site, ctx.viewer, input) };
    },
    closeCase: async (_ns, args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return { migrant: await closeCase(ctx.em, ctx.site, ctx.viewer, args) };
    },
    raiseFlag: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return raiseFlag(ctx.em, ctx.site, ctx.viewer, input);
    },
    resolveFlag: (_ns, args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return resolveFlag(ctx.em, ctx.site, ctx.viewer, args);
    },
  },
};
