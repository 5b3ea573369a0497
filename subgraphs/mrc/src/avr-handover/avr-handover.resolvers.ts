import { globalId, requireSiteScope, Scope } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { requestAvr } from './request-avr.js';

export const avrHandoverResolvers: Resolvers = {
  SiteMigrant: {
    avrRequest: (migrant, _args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      return ctx.loaders.avrRequestByMigrant.load(migrant.id);
    },
  },
  AvrRequest: {
    id: (request, _args, ctx) => globalId(ctx.site.code, request.id),
    nextAttemptAt: (request) => (request.status === 'PENDING' ? request.nextAttemptAt : null),
  },
  SiteMutations: {
    requestAvr: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return requestAvr(ctx.em, ctx.site, ctx.viewer, input);
    },
  },
};
