import { forbidden, globalId, requireScope, Scope } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { caseDetail } from '../case-details.js';
import { allowedTransitions } from './avr-lifecycle.js';
import { recordChildSafeguards, recordTravelDocument } from './record-case-details.js';
import { transitionAvrCase } from './transition-avr-case.js';

/** The lifecycle: transitions and their history, child safeguards, travel document. */
export const lifecycleResolvers: Resolvers = {
  Mutation: {
    transitionAvrCase: (_root, args, ctx) => transitionAvrCase(ctx.em, ctx.viewer, args),
    recordChildSafeguards: (_root, { id, expectedVersion, input }, ctx) => recordChildSafeguards(ctx.em, ctx.viewer, id, expectedVersion, input),
    recordTravelDocument: (_root, { id, expectedVersion, input }, ctx) => recordTravelDocument(ctx.em, ctx.viewer, id, expectedVersion, input),
  },
  AvrCase: {
    transitions: (avrCase, _args, ctx) => ctx.loaders.transitionsByCase.load(avrCase.id),
    allowedTransitions: (avrCase) => [...allowedTransitions(avrCase.status)],
    childSafeguards: async (avrCase, _args, ctx) => {
      if (!avrCase.isUnaccompaniedChild) return null;
      if (!ctx.viewer.scopes.has(Scope.AvrWrite) && !ctx.viewer.scopes.has(Scope.ProtectionRead)) {
        throw forbidden("An unaccompanied child's safeguards need the avr:write or protection:read scope.");
      }
      // Names and free text (escort, who signed the hand-over, the family assessment).
      requireScope(ctx.viewer, Scope.CasesRead);
      // Protection data: every read is logged.
      await ctx.loaders.auditRead.load(`ChildSafeguards|${globalId('avrr', avrCase.id)}`);
      return avrCase;
    },
    nationalityVerifiedOn: (avrCase) => avrCase.nationalityVerifiedOn ?? null,
    travelDocument: (avrCase) => (avrCase.travelDocumentNumber ? avrCase : null),
  },
  AvrTransition: {
    from: (t) => t.fromStatus,
    to: (t) => t.toStatus,
    note: (t, _args, ctx) => caseDetail(ctx.viewer, t.note),
  },
  ChildSafeguards: {
    bestInterestsDeterminationRef: (c) => c.bestInterestsDeterminationRef ?? null,
    familyAssessment: (c) => c.familyAssessment ?? null,
    childConsentAt: (c) => c.childConsentAt ?? null,
    guardianConsentAt: (c) => c.guardianConsentAt ?? null,
    escortName: (c) => c.escortName ?? null,
    handOverSignedBy: (c) => c.handOverSignedBy ?? null,
    handOverSignedAt: (c) => c.handOverSignedAt ?? null,
  },
  TravelDocument: {
    type: (c) => c.travelDocumentType as never,
    number: (c, _args, ctx) => caseDetail(ctx.viewer, c.travelDocumentNumber),
    issuedOn: (c) => c.travelDocumentIssuedOn!,
  },
};
