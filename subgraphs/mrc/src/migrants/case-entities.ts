import { AvrOutbox } from '../avr-handover/avr-outbox.entity.js';
import { Consent } from '../consent/consent.entity.js';
import { PartnerOrganisation, Referral } from '../referrals/referral.entity.js';
import { CounsellingSession, VulnerabilityScreening } from '../screening/screening.entity.js';
import { CaseFlag } from './case-flag.entity.js';

/** Entities of case management (registration desk): flags, consent, screening, referrals, AVR hand-over. */
export const caseEntities = [CaseFlag, Consent, VulnerabilityScreening, CounsellingSession, PartnerOrganisation, Referral, AvrOutbox];
