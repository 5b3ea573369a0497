import { globalId, requireSiteScope, Scope } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { recordConsent, withdrawConsent } from './consent.js';

export const consentResolvers: Resolvers = {
  SiteMigrant: {
    consents: (migrant, { first, after }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      return ctx.loaders.consentsByMigrant.load({ parentId: migrant.id, first, after });
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
