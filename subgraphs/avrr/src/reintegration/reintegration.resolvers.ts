import { globalId } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { caseDetail } from '../case-details.js';
import { moneyOf } from '../support/money.js';
import { addReintegrationActivity, createReintegrationPlan, updateReintegrationActivityStatus } from './reintegration-plans.js';

/** Reintegration plans and their activities. */
export const reintegrationResolvers: Resolvers = {
  Mutation: {
    createReintegrationPlan: (_root, { caseId, input }, ctx) => createReintegrationPlan(ctx.em, ctx.viewer, caseId, input),
    addReintegrationActivity: (_root, { planId, input }, ctx) => addReintegrationActivity(ctx.em, ctx.viewer, planId, input),
    updateReintegrationActivityStatus: (_root, { id, expectedVersion, status, deliveredOn }, ctx) =>
      updateReintegrationActivityStatus(ctx.em, ctx.viewer, id, expectedVersion, status, deliveredOn),
  },
  AvrCase: {
    reintegrationPlan: (avrCase, _args, ctx) => ctx.loaders.planByCase.load(avrCase.id),
  },
  ReintegrationPlan: {
    id: (plan) => globalId('avrr', plan.id),
    summary: (plan, _args, ctx) => caseDetail(ctx.viewer, plan.summary),
    activities: (plan, _args, ctx) => ctx.loaders.activitiesByPlan.load(plan.id),
    completion: async (plan, _args, ctx) => {
      const live = (await ctx.loaders.activitiesByPlan.load(plan.id)).filter((a) => a.status !== 'CANCELLED');
      return live.length ? live.filter((a) => a.status === 'DELIVERED').length / live.length : null;
    },
  },
  ReintegrationActivity: {
    id: (activity) => globalId('avrr', activity.id),
    money: (activity) => moneyOf(activity),
    description: (activity, _args, ctx) => caseDetail(ctx.viewer, activity.description),
  },
};
