import { mergeResolvers } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { avrHandoverResolvers } from '../avr-handover/avr-handover.resolvers.js';
import { consentResolvers } from '../consent/consent.resolvers.js';
import { referralResolvers } from '../referrals/referral.resolvers.js';
import { screeningResolvers } from '../screening/screening.resolvers.js';

/** Resolvers of case management beyond the case file itself: consent, screening, referrals, AVR hand-over. */
export const caseManagementResolvers: Resolvers = mergeResolvers(consentResolvers, screeningResolvers, referralResolvers, avrHandoverResolvers) as Resolvers;
