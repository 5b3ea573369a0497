import { globalId, requireSiteScope, Scope } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { pageOf } from '../migrants/case-helpers.js';
import { recordConsent, withdrawConsent } from './consent.js';

export const consentResolvers: Resolvers = {
  SiteMigrant: {
    consents: async (migrant, args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      const rows = await ctx.loaders.consentsByMigrant.load(migrant.id);
      return pageOf(rows, args, (c) => [c.recordedAt.toISOString(), c.id]);
    },
  },
  Consent: {
    id: (consent, _args, ctx) => globalId(ctx.site.code, consent.id),
    active: (consent) => consent.withdrawnOn == null,
  },
  SiteMutations: {
    recordConsent: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return recordConsent(ctx.em, ctx.site, ctx.viewer, input);
    },
    withdrawConsent: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return withdrawConsent(ctx.em, ctx.site, ctx.viewer, input);
    },
  },
};
