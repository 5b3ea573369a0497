import type { Resolvers } from '../__generated__/resolvers.js';
import { avrStats } from './avr-stats.js';

/** The coordinators' AVR indicators. */
export const statsResolvers: Resolvers = {
  Query: {
    avrStats: (_root, { from, to }, ctx) => avrStats(ctx.em, ctx.viewer, from, to),
  },
  AvrPipelineCount: {
    centre: (row) => (row.centreCode ? { code: row.centreCode } : null),
  },
};
