// A referral's lifecycle as the centre runs it (REQUESTED → ACCEPTED/REJECTED → COMPLETED; an open
// one may be REVOKED): the section offers only the moves the API allows from each status.
import type { Tone } from '@mpa/ui';
import type { ReferralStatus } from '../__generated__/graphql.js';

export const nextSteps: Record<ReferralStatus, readonly ReferralStatus[]> = {
  REQUESTED: ['ACCEPTED', 'REJECTED', 'REVOKED'],
  ACCEPTED: ['COMPLETED', 'REVOKED'],
  REJECTED: [],
  COMPLETED: [],
  REVOKED: [],
};

/** Moves that ask why: a rejection must say, a revocation may. */
export const asksReason = (status: ReferralStatus): boolean => status === 'REJECTED' || status === 'REVOKED';

export const statusTone = (status: ReferralStatus): Tone =>
  status === 'COMPLETED' ? 'success' : status === 'ACCEPTED' ? 'info' : status === 'REQUESTED' ? 'warning' : 'neutral';
