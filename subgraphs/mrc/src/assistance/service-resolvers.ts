import { mergeResolvers } from '@mpa/platform';
import { medicalResolvers } from '../medical/medical.resolvers.js';
import { protectionResolvers } from '../protection/protection.resolvers.js';
import { mhpssResolvers } from '../mhpss/mhpss.resolvers.js';
import { awarenessResolvers } from '../awareness/awareness.resolvers.js';
import { serviceIndicatorResolvers } from './service-indicators.resolvers.js';
import { stockResolvers } from './stock.resolvers.js';

/** Resolvers of the assistance and protection services, one map per area. */
export const serviceResolvers = mergeResolvers(medicalResolvers, stockResolvers, protectionResolvers, mhpssResolvers, awarenessResolvers, serviceIndicatorResolvers);
