// What the signed-in user's scopes let this section show. The API refuses the rest (FORBIDDEN);
// the section does not even ask for it, and says why it is not there.
import { can } from '@mpa/auth';

export interface Access {
  /** Unaccompanied minors and victims of trafficking. */
  protection: boolean;
  protectionWrite: boolean;
  /** Psychosocial support sessions and group activities. */
  mhpss: boolean;
  mhpssWrite: boolean;
  /** Referrals to partners, the partner directory, consent to share data, transfers: case work. */
  referrals: boolean;
  /** Referring or transferring without consent, with a reason. */
  consentOverride: boolean;
}

export function currentAccess(): Access {
  return {
    protection: can('protection:read'),
    protectionWrite: can('protection:write'),
    mhpss: can('mhpss:read'),
    mhpssWrite: can('mhpss:write'),
    referrals: can('cases:write'),
    consentOverride: can('consent:override'),
  };
}
