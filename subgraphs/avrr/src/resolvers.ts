import { mergeResolvers, auditResolvers, canReachSite, DateScalar, listAuditEvents, DateTimeScalar, forbidden, globalId, parseGlobalId, requireScope, Scope, siteTypeName, type SiteConfig } from '@mpa/platform';
import type { AvrCaseRecord } from './avr-cases/avr-case.entity.js';
import type { Resolvers } from './__generated__/resolvers.js';
import { listAvrCases } from './avr-cases/avr-case-list.js';
import { openAvrCase } from './avr-cases/open-avr-case.js';
import { caseDetail } from './case-details.js';
import type { AvrrContext } from './context.js';
import { intakeResolvers } from './intake/intake.resolvers.js';
import { lifecycleResolvers } from './lifecycle/lifecycle.resolvers.js';
import { movementResolvers } from './movements/movement.resolvers.js';
import { reintegrationResolvers } from './reintegration/reintegration.resolvers.js';
import { supportResolvers } from './support/support.resolvers.js';
import { statsResolvers } from './stats/stats.resolvers.js';
import { sustainabilityResolvers } from './sustainability/sustainability.resolvers.js';

function siteOf(ctx: AvrrContext, code: string | null | undefined): SiteConfig | undefined {
  return ctx.sites.find((s) => s.code === code);
}

/**
 * AVR case files are visible with avr:read; site staff see only their own centre's (a return to
 * Somalia, which no centre referred, only to AVRR staff).
 */
function visibleCase(ctx: AvrrContext, avrCase: AvrCaseRecord | null): AvrCaseRecord | null {
  if (!avrCase) return null;
  requireScope(ctx.viewer, Scope.AvrRead);
  if (ctx.viewer.site && !(avrCase.centreCode && canReachSite(ctx.viewer, avrCase.centreCode))) throw forbidden('This AVR case belongs to another centre.');
  return avrCase;
}

/** Resolvers written once against the template's `SiteCentre` / `SiteMigrant`; rendered per site. */
const coreResolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  ...auditResolvers,
  Query: {
    centres: (_root, _args, ctx) => [...ctx.sites].sort((a, b) => a.openedOn.localeCompare(b.openedOn)).map((s) => ({ code: s.code })),
    centre: (_root, { code }, ctx) => (siteOf(ctx, code) ? { code } : null),
    // Answered from the ID alone: the planner fetches the rest from the owning centre.
    migrant: (_root, { id }, ctx) => (siteOf(ctx, parseGlobalId(id)?.site) ? { id } : null),
    avrCase: async (_root, { id }, ctx) => {
      requireScope(ctx.viewer, Scope.AvrRead);
      const parsed = parseGlobalId(id);
      return parsed?.site === 'avrr' ? visibleCase(ctx, await ctx.loaders.caseById.load(parsed.local)) : null;
    },
    avrCases: (_root, args, ctx) => {
      requireScope(ctx.viewer, Scope.AvrRead);
      // Site staff list only their own centre's cases, whatever filter they send.
      const filter = ctx.viewer.site ? { ...args.filter, centre: ctx.viewer.site } : args.filter;
      return listAvrCases(ctx.em, { ...args, filter });
    },
    avrrAuditEvents: (_root, args, ctx) => {
      requireScope(ctx.viewer, Scope.AuditRead);
      return listAuditEvents(ctx.em, args);
    },
  },
  Mutation: {
    openAvrCase: (_root, { input }, ctx) => openAvrCase(ctx.em, ctx.sites, ctx.viewer, input),
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
    avrCase: async (migrant, _args, ctx) => visibleCase(ctx, await ctx.loaders.caseByMigrant.load(migrant.id)),
  },
  AvrCase: {
    __resolveReference: async (ref, ctx) => {
      const parsed = parseGlobalId(ref.id);
      return parsed?.site === 'avrr' ? visibleCase(ctx, await ctx.loaders.caseById.load(parsed.local)) : null;
    },
    id: (avrCase) => globalId('avrr', avrCase.id),
    migrant: (avrCase) => (avrCase.migrantId ? { id: avrCase.migrantId } : null),
    centre: (avrCase) => (avrCase.centreCode ? { code: avrCase.centreCode } : null),
    hostCountry: (avrCase) => avrCase.hostCountry ?? null,
    referringMission: (avrCase) => avrCase.referringMission ?? null,
    returnee: (avrCase, _args, ctx) => (avrCase.returneeFullName ? caseDetail(ctx.viewer, avrCase) : null),
    destinationCommunity: (avrCase) => avrCase.destinationCommunity ?? null,
    isUnaccompaniedChild: (avrCase) => avrCase.isUnaccompaniedChild ?? false,
  },
  Returnee: {
    fullName: (c) => c.returneeFullName!,
    sex: (c) => (c.returneeSex as 'MALE' | 'FEMALE' | null) ?? null,
    dateOfBirth: (c) => c.returneeDateOfBirth ?? null,
  },
  AvrCaseConnection: {
    totalCount: (page) => page.count(),
  },
};

/** Every AVRR resolver, one map per service area. */
export const avrrResolvers = mergeResolvers(coreResolvers, lifecycleResolvers, intakeResolvers, movementResolvers, supportResolvers, reintegrationResolvers, sustainabilityResolvers, statsResolvers) as Resolvers;
