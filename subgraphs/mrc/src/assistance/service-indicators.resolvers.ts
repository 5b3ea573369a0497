import type { Resolvers } from '../__generated__/resolvers.js';
import { serviceIndicators } from './service-indicators.js';

export const serviceIndicatorResolvers: Resolvers = {
  CentreStats: {
    // The parent already required stats:read of the centre and checked the period.
    services: (stats, _args, ctx) => serviceIndicators(ctx.stats, stats.period, stats.exact),
  },
};
