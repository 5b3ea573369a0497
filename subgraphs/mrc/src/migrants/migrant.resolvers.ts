import { globalId, parseGlobalId, requireSiteScope, Scope, siteTypeName } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { registerMigrant } from './register-migrant.js';

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
  },
};
