import { globalId, requireSiteScope, Scope } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { serviceProvider } from '../assistance/service-delivery.js';
import { recordConsultation, updateConsultation } from './medical-consultations.js';

export const medicalResolvers: Resolvers = {
  SiteMigrant: {
    medicalConsultations: (migrant, { first, after }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.MedicalRead);
      return ctx.services.consultationsByMigrant.load({ parentId: migrant.id, first, after });
    },
  },
  MedicalConsultation: {
    id: (c, _args, ctx) => globalId(ctx.site.code, c.id),
    migrant: (c, _args, ctx) => ctx.loaders.migrantById.load(c.migrantId),
    referral: (c) => (c.referralFacility && c.referralReason && c.referralUrgency ? { facility: c.referralFacility, reason: c.referralReason, urgency: c.referralUrgency } : null),
    deliveredBy: (c) => serviceProvider(c),
    history: (c, _args, ctx) => ctx.services.historyOf.load(globalId(ctx.site.code, c.id)),
  },
  SiteMutations: {
    recordMedicalConsultation: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.MedicalWrite);
      return recordConsultation(ctx.em, ctx.site, ctx.viewer, input);
    },
    updateMedicalConsultation: (_ns, { id, expectedVersion, input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.MedicalWrite);
      return updateConsultation(ctx.em, ctx.site, ctx.viewer, id, expectedVersion, input);
    },
  },
};
