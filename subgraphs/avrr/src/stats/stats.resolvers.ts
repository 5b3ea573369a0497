import type { Resolvers } from '../__generated__/resolvers.js';
import { avrStats } from './avr-stats.js';
import { sustainabilityByCentre } from './sustainability-by-centre.js';

/** The coordinators' AVR indicators. */
export const statsResolvers: Resolvers = {
  Query: {
    avrStats: (_root, { from, to }, ctx) => avrStats(ctx.stats, ctx.viewer, from, to),
  },
  AvrStats: {
    // Only when asked for: the dashboard's per-centre view.
    sustainabilityByCentre: (stats, _args, ctx) => sustainabilityByCentre(ctx.stats, ctx.viewer, stats),
  },
  AvrPipelineCount: {
    centre: (row) => (row.centreCode ? { code: row.centreCode } : null),
  },
};
