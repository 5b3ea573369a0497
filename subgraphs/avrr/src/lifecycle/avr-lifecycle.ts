import { GraphQLError } from 'graphql';
import type { AvrStatus } from '../__generated__/resolvers.js';
import type { AvrCaseRecord } from '../avr-cases/avr-case.entity.js';

/**
 * The AVR lifecycle as an explicit state machine: from each state, the states a case may move to.
 * WITHDRAWN (the migrant changes their mind) is possible until departure; REJECTED (not eligible)
 * only while eligibility is being assessed; CANCELLED (the programme stops the return) until departure.
 * Once a case has departed it can only go forward. CLOSED, WITHDRAWN, REJECTED and CANCELLED are final.
 */
export const AVR_TRANSITIONS: Readonly<Record<AvrStatus, readonly AvrStatus[]>> = {
  REQUESTED: ['COUNSELLED', 'WITHDRAWN', 'REJECTED', 'CANCELLED'],
  COUNSELLED: ['ELIGIBILITY_CONFIRMED', 'WITHDRAWN', 'REJECTED', 'CANCELLED'],
  ELIGIBILITY_CONFIRMED: ['TRAVEL_DOCUMENTS', 'WITHDRAWN', 'CANCELLED'],
  TRAVEL_DOCUMENTS: ['FIT_TO_TRAVEL', 'WITHDRAWN', 'CANCELLED'],
  FIT_TO_TRAVEL: ['TRAVEL_BOOKED', 'WITHDRAWN', 'CANCELLED'],
  // A booking that falls through goes back to FIT_TO_TRAVEL to be booked again.
  TRAVEL_BOOKED: ['DEPARTED', 'FIT_TO_TRAVEL', 'WITHDRAWN', 'CANCELLED'],
  DEPARTED: ['ARRIVED'],
  ARRIVED: ['REINTEGRATION', 'CLOSED'],
  REINTEGRATION: ['CLOSED'],
  CLOSED: [],
  WITHDRAWN: [],
  REJECTED: [],
  CANCELLED: [],
};

/** The lifecycle order, for "this state or later" checks along the main path. */
export const AVR_MAIN_PATH: readonly AvrStatus[] = [
  'REQUESTED', 'COUNSELLED', 'ELIGIBILITY_CONFIRMED', 'TRAVEL_DOCUMENTS', 'FIT_TO_TRAVEL',
  'TRAVEL_BOOKED', 'DEPARTED', 'ARRIVED', 'REINTEGRATION', 'CLOSED',
];

export function allowedTransitions(from: AvrStatus): readonly AvrStatus[] {
  return AVR_TRANSITIONS[from] ?? [];
}

/** Whether `status` is `reference` or further along the main path. */
export function atOrAfter(status: AvrStatus, reference: AvrStatus): boolean {
  const at = AVR_MAIN_PATH.indexOf(status);
  return at >= 0 && at >= AVR_MAIN_PATH.indexOf(reference);
}

export function invalidTransition(from: AvrStatus, to: AvrStatus): GraphQLError {
  const allowed = allowedTransitions(from);
  return new GraphQLError(
    `An AVR case cannot move from ${from} to ${to}. From ${from} it can move to: ${allowed.join(', ') || 'nothing (final state)'}.`,
    { extensions: { code: 'INVALID_TRANSITION', from, to, allowed } },
  );
}

export function preconditionFailed(message: string, missing: readonly string[]): GraphQLError {
  return new GraphQLError(`${message} Missing: ${missing.join(', ')}.`, { extensions: { code: 'PRECONDITION_FAILED', missing } });
}

/**
 * What a case must have on file before it may enter `to` (the guards of the state machine).
 * Returns the missing items, by the name of the field that records them; empty when the move may go ahead.
 */
export function missingFor(avrCase: AvrCaseRecord, to: AvrStatus): string[] {
  const missing: string[] = [];
  const child = avrCase.isUnaccompaniedChild === true;
  if (to === 'ELIGIBILITY_CONFIRMED' && child) {
    if (!avrCase.bestInterestsDeterminationRef) missing.push('bestInterestsDeterminationRef');
    if (!avrCase.familyAssessment) missing.push('familyAssessment');
    if (!avrCase.childConsentAt) missing.push('childConsentAt');
    if (!avrCase.guardianConsentAt) missing.push('guardianConsentAt');
  }
  if (to === 'FIT_TO_TRAVEL') {
    // Leaving TRAVEL_DOCUMENTS: nationality verified and a travel document issued.
    if (!avrCase.nationalityVerifiedOn) missing.push('nationalityVerifiedOn');
    if (!avrCase.travelDocumentNumber) missing.push('travelDocument');
  }
  if ((to === 'TRAVEL_BOOKED' || to === 'DEPARTED') && child && !avrCase.escortName) missing.push('escortName');
  if (to === 'ARRIVED' && child && (!avrCase.handOverSignedBy || !avrCase.handOverSignedAt)) missing.push('handOver');
  return missing;
}
