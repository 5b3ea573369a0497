import type { Resolvers } from '../__generated__/resolvers.js';
import { receiveAvrReferral } from './receive-avr-referral.js';

/** Intake of AVR referrals from the centres' outboxes. */
export const intakeResolvers: Resolvers = {
  Mutation: {
    receiveAvrReferral: (_root, { input }, ctx) => receiveAvrReferral(ctx.em, ctx.sites, ctx.viewer, input),
  },
};
