import type { Resolvers } from '../__generated__/resolvers.js';
import { registrationBreakdown } from './registration-breakdown.js';
import { vulnerabilityIndicators } from './vulnerability-indicators.js';

export const indicatorResolvers: Resolvers = {
  CentreStats: {
    // The parent already required stats:read of the centre and checked the period.
    registrationBreakdown: (stats, _args, ctx) => registrationBreakdown(ctx.stats, stats.period, stats.exact),
    vulnerabilities: (stats, _args, ctx) => vulnerabilityIndicators(ctx.stats, stats.period, stats.exact),
  },
};
