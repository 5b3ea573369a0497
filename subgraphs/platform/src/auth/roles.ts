/**
 * The role matrix: what each kind of user may do. One place, documented in the README and tested
 * row by row. Identity providers issue these scopes (the `scope` claim) and, for site staff, the
 * site (`mpa_site` claim); subgraphs enforce them on the data they own.
 */
export const Scope = {
  /** Names and case files of migrants (site staff: their own site only). */
  CasesRead: 'cases:read',
  /** Register migrants and change case files. */
  CasesWrite: 'cases:write',
  /** Medical consultations. */
  MedicalRead: 'medical:read',
  MedicalWrite: 'medical:write',
  /** Unaccompanied minors and victims of trafficking. */
  ProtectionRead: 'protection:read',
  ProtectionWrite: 'protection:write',
  /** Psychosocial support sessions. */
  MhpssRead: 'mhpss:read',
  MhpssWrite: 'mhpss:write',
  /** Aggregate indicators, no names. */
  StatsRead: 'stats:read',
  /** AVR case files. */
  AvrRead: 'avr:read',
  AvrWrite: 'avr:write',
  /** The audit log. */
  AuditRead: 'audit:read',
  /** Service calls from a centre handing AVR requests over to AVRR. */
  AvrIntake: 'avr:intake',
  /** Act without the migrant's consent (a referral, transfer or AVR hand-over), with a reason; audit-logged as an override. */
  ConsentOverride: 'consent:override',
} as const;
export type Scope = (typeof Scope)[keyof typeof Scope];

export type Role =
  | 'caseworker'
  | 'medical'
  | 'protection'
  | 'mhpss'
  | 'government'
  | 'avrr-officer'
  | 'coordinator'
  | 'integrator'
  | 'admin'
  | 'site-service';

export interface RoleDefinition {
  description: string;
  /** Site roles see only their own centre's records. */
  siteBound: boolean;
  scopes: readonly Scope[];
}

const S = Scope;
export const ROLES: Record<Role, RoleDefinition> = {
  caseworker: {
    description: 'Site caseworker: registration, screening, counselling, referrals, AVR hand-over.',
    siteBound: true,
    scopes: [S.CasesRead, S.CasesWrite, S.StatsRead, S.AvrRead],
  },
  medical: {
    description: 'Site medical staff: basic medical assistance.',
    siteBound: true,
    scopes: [S.CasesRead, S.MedicalRead, S.MedicalWrite, S.StatsRead],
  },
  protection: {
    description: 'Site protection officer: unaccompanied minors and victims of trafficking.',
    siteBound: true,
    scopes: [S.CasesRead, S.CasesWrite, S.ProtectionRead, S.ProtectionWrite, S.StatsRead, S.AvrRead, S.ConsentOverride],
  },
  mhpss: {
    description: 'Site MHPSS staff: psychosocial support.',
    siteBound: true,
    scopes: [S.CasesRead, S.MhpssRead, S.MhpssWrite, S.StatsRead],
  },
  government: {
    description: 'Government partner staff co-managing a centre: case work, no medical or protection details.',
    siteBound: true,
    scopes: [S.CasesRead, S.CasesWrite, S.StatsRead],
  },
  'avrr-officer': {
    description: 'AVRR officer: return and reintegration cases from every centre.',
    siteBound: false,
    scopes: [S.CasesRead, S.AvrRead, S.AvrWrite, S.StatsRead],
  },
  coordinator: {
    description: 'Regional coordinator: indicators across centres; names only when granted cases:read explicitly.',
    siteBound: false,
    scopes: [S.StatsRead, S.AvrRead],
  },
  integrator: {
    description: "Integrator service account: the read scopes its account is granted (by default indicators only).",
    siteBound: false,
    scopes: [S.StatsRead],
  },
  admin: {
    description: 'Administrator: everything, including the audit log.',
    siteBound: false,
    scopes: Object.values(S).filter((s) => s !== S.AvrIntake),
  },
  'site-service': {
    description: "A centre's own service account: delivers its AVR requests to AVRR (client-credentials, no person).",
    siteBound: true,
    scopes: [S.AvrIntake],
  },
};

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLES, value);
}
