import { globalId, parseGlobalId, requireScope, Scope } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { listMovements } from './movement-list.js';
import { arriveMovement, assignCaseToMovement, cancelMovement, departMovement, planMovement, removeCaseFromMovement } from './movements.js';

/** Movements: planning, manifests, departure and arrival. */
export const movementResolvers: Resolvers = {
  Query: {
    movements: (_root, args, ctx) => {
      requireScope(ctx.viewer, Scope.AvrRead);
      return listMovements(ctx.em, args);
    },
    movement: async (_root, { id }, ctx) => {
      requireScope(ctx.viewer, Scope.AvrRead);
      const parsed = parseGlobalId(id);
      return parsed?.site === 'avrr' ? ctx.loaders.movementById.load(parsed.local) : null;
    },
  },
  Mutation: {
    planMovement: (_root, { input }, ctx) => planMovement(ctx.em, ctx.viewer, input),
    assignCaseToMovement: (_root, { movementId, caseId, expectedVersion }, ctx) => assignCaseToMovement(ctx.em, ctx.viewer, movementId, caseId, expectedVersion),
    removeCaseFromMovement: (_root, { caseId, expectedVersion }, ctx) => removeCaseFromMovement(ctx.em, ctx.viewer, caseId, expectedVersion),
    departMovement: (_root, { id, expectedVersion }, ctx) => departMovement(ctx.em, ctx.viewer, id, expectedVersion),
    arriveMovement: (_root, { id, expectedVersion }, ctx) => arriveMovement(ctx.em, ctx.viewer, id, expectedVersion),
    cancelMovement: (_root, { id, expectedVersion, reason }, ctx) => cancelMovement(ctx.em, ctx.viewer, id, expectedVersion, reason),
  },
  Movement: {
    id: (movement) => globalId('avrr', movement.id),
    // Site staff see only their own centre's returnees on a manifest.
    cases: async (movement, _args, ctx) => {
      const cases = await ctx.loaders.casesByMovement.load(movement.id);
      return ctx.viewer.site ? cases.filter((c) => c.centreCode === ctx.viewer.site) : cases;
    },
  },
  AvrCase: {
    movement: (avrCase, _args, ctx) => (avrCase.movementId ? ctx.loaders.movementById.load(avrCase.movementId) : null),
  },
};
