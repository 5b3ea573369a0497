import { DateScalar, DateTimeScalar, globalId, parseGlobalId, siteTypeName, type SiteConfig } from '@mpa/platform';
import type { Resolvers } from './__generated__/resolvers.js';
import { listAvrCases } from './avr-cases/avr-case-list.js';
import { openAvrCase } from './avr-cases/open-avr-case.js';
import type { AvrrContext } from './context.js';

function siteOf(ctx: AvrrContext, code: string | null | undefined): SiteConfig | undefined {
  return ctx.sites.find((s) => s.code === code);
}

/** Resolvers written once against the template's `SiteCentre` / `SiteMigrant`; rendered per site. */
export const avrrResolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    centres: (_root, _args, ctx) => [...ctx.sites].sort((a, b) => a.openedOn.localeCompare(b.openedOn)).map((s) => ({ code: s.code })),
    centre: (_root, { code }, ctx) => (siteOf(ctx, code) ? { code } : null),
    // Answered from the ID alone: the planner fetches the rest from the owning centre.
    migrant: (_root, { id }, ctx) => (siteOf(ctx, parseGlobalId(id)?.site) ? { id } : null),
    avrCase: (_root, { id }, ctx) => {
      const parsed = parseGlobalId(id);
      return parsed?.site === 'avrr' ? ctx.loaders.caseById.load(parsed.local) : null;
    },
    avrCases: (_root, args, ctx) => listAvrCases(ctx.em, args),
  },
  Mutation: {
    openAvrCase: (_root, { input }, ctx) => openAvrCase(ctx.em, ctx.sites, input),
  },
  Centre: {
    __resolveType: (centre, ctx) => siteTypeName(siteOf(ctx, centre.code)!, 'Centre') as 'SiteCentre',
  },
  SiteCentre: {
    __resolveReference: (ref, ctx) => (siteOf(ctx, ref.code) ? { code: ref.code } : null),
    name: (centre, _args, ctx) => siteOf(ctx, centre.code)!.name,
    openedOn: (centre, _args, ctx) => siteOf(ctx, centre.code)!.openedOn,
  },
  Migrant: {
    __resolveType: (migrant, ctx) => siteTypeName(siteOf(ctx, parseGlobalId(migrant.id)?.site)!, 'Migrant') as 'SiteMigrant',
  },
  SiteMigrant: {
    __resolveReference: (ref) => ({ id: ref.id }),
    avrCase: (migrant, _args, ctx) => ctx.loaders.caseByMigrant.load(migrant.id),
  },
  AvrCase: {
    __resolveReference: (ref, ctx) => {
      const parsed = parseGlobalId(ref.id);
      return parsed?.site === 'avrr' ? ctx.loaders.caseById.load(parsed.local) : null;
    },
    id: (avrCase) => globalId('avrr', avrCase.id),
    migrant: (avrCase) => (avrCase.migrantId ? { id: avrCase.migrantId } : null),
    centre: (avrCase) => (avrCase.centreCode ? { code: avrCase.centreCode } : null),
  },
  AvrCaseConnection: {
    totalCount: (page) => page.count(),
  },
};
