import { globalId, requireSiteScope, Scope } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { createPartner, listPartners, listReferrals, requestReferral, setReferralStatus, transferCase, updatePartner } from './referrals.js';

export const referralResolvers: Resolvers = {
  SiteCentre: {
    partners: (_centre, args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      return listPartners(ctx.em, args);
    },
    referrals: (_centre, args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      return listReferrals(ctx.em, args);
    },
  },
  SiteMigrant: {
    referrals: (migrant, { first, after }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      return ctx.loaders.referralsByMigrant.load({ parentId: migrant.id, first, after });
    },
  },
  PartnerOrganisation: {
    id: (partner, _args, ctx) => globalId(ctx.site.code, partner.id),
    services: (partner) => partner.services as never,
  },
  Referral: {
    id: (referral, _args, ctx) => globalId(ctx.site.code, referral.id),
    migrant: async (referral, _args, ctx) => (await ctx.loaders.migrantById.load(referral.migrantId))!,
    partner: async (referral, _args, ctx) => (await ctx.loaders.partnerById.load(referral.partnerId))!,
    service: (referral) => referral.service as never,
    need: (referral) => referral.need as never,
  },
  SiteMutations: {
    createPartner: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return createPartner(ctx.em, ctx.site, ctx.viewer, input);
    },
    updatePartner: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return updatePartner(ctx.em, ctx.site, ctx.viewer, input);
    },
    requestReferral: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return requestReferral(ctx.em, ctx.site, ctx.viewer, input);
    },
    setReferralStatus: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return setReferralStatus(ctx.em, ctx.site, ctx.viewer, input);
    },
    transferCase: async (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return { migrant: await transferCase(ctx.em, ctx.site, ctx.viewer, input) };
    },
  },
};
