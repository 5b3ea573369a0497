import type { SiteConfig } from '@mpa/platform';
import type { DemoAvrCase, DemoMigrant, GenerateOptions } from './generate.js';
import { hash } from './generate.js';
import { Random } from './random.js';
import {
  AWARENESS_PLACES, AWARENESS_TOPICS, CLOSED_REASONS, DEFAULT_UNACCOMPANIED_CHILD_SHARE, HEALTH_FACILITIES, LANGUAGES_BY_NATIONALITY,
  LANGUAGES_BY_REGION, MHPSS_GROUP_TYPES, MHPSS_SESSION_TYPES, PARTNERS, PRESENTING_COMPLAINTS, SEPARATED_CHILD_SHARE, STAY_DAYS,
  STOCK_ITEMS, STOCK_SOURCES, TRAFFICKING_ACTS, TRAFFICKING_INDICATOR_SHARE, TRAFFICKING_MEANS, TRAFFICKING_PURPOSES, TRANSFER_DESTINATIONS,
  TREATMENTS, UNACCOMPANIED_CHILD_SHARE,
} from './service-profiles.js';
import { TableRows } from './table-rows.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** What the AVR hand-over told AVRR about a case (the site's outbox row, as the relay delivered it). */
export interface AvrHandover {
  referralId: string;
  requestedAt: Date;
  consentRecordedAt: Date;
  isUnaccompaniedChild: boolean;
}

/** One centre's years of operations, table by table, in the order they must be inserted (foreign keys). */
export interface SiteOperations {
  tables: TableRows[];
  /** AVR case ID → its hand-over from this site. */
  handovers: Map<string, AvrHandover>;
}

const PROVIDER_COLUMNS = [['delivered_by', 'text'], ['delivered_by_name', 'text'], ['delivered_by_role', 'text']] as const;

function tables() {
  return {
    migrant: new TableRows('migrant', [
      ['id', 'uuid'], ['registration_number', 'text'], ['given_name', 'text'], ['family_name', 'text'], ['sex', 'text'], ['date_of_birth', 'date'],
      ['date_of_birth_estimated', 'bool'], ['nationality', 'text'], ['region_of_origin', 'text'], ['has_documents', 'bool'], ['intended_destination', 'text'],
      ['arrival_date', 'date'], ['registered_at', 'timestamptz'], ['case_status', 'text'], ['version', 'int'], ['languages', 'text[]'],
      ['document_type', 'text'], ['document_number', 'text'], ['migration_reasons', 'text[]'], ['accompanied', 'bool'], ['accompanied_by', 'text'],
      ['case_owner', 'text'], ['caseworkers', 'text[]'], ['risk_level', 'text'], ['closed_reason', 'text'], ['closed_at', 'timestamptz'],
      ['transferred_to', 'text'], ['is_unaccompanied_child', 'bool'], ['has_trafficking_indicators', 'bool'],
    ] as const),
    partner: new TableRows('partner_organisation', [['id', 'uuid'], ['name', 'text'], ['services', 'text[]'], ['contact', 'text'], ['created_at', 'timestamptz'], ['version', 'int']] as const),
    consent: new TableRows('consent', [
      ['id', 'uuid'], ['migrant_id', 'uuid'], ['purpose', 'text'], ['given_by', 'text'], ['guardian_name', 'text'], ['guardian_relationship', 'text'],
      ['given_on', 'date'], ['recorded_by', 'text'], ['recorded_at', 'timestamptz'], ['withdrawn_on', 'date'], ['withdrawal_reason', 'text'],
      ['withdrawn_by', 'text'], ['version', 'int'],
    ] as const),
    screening: new TableRows('vulnerability_screening', [
      ['id', 'uuid'], ['migrant_id', 'uuid'], ['screened_on', 'date'], ['screened_by', 'text'], ['factors', 'jsonb'], ['assessment', 'text'],
      ['needs', 'text[]'], ['note', 'text'], ['recorded_at', 'timestamptz'], ['version', 'int'],
    ] as const),
    counselling: new TableRows('counselling_session', [
      ['id', 'uuid'], ['migrant_id', 'uuid'], ['held_on', 'date'], ['topics', 'text[]'], ['outcome', 'text'], ['follow_up_on', 'date'],
      ['counsellor', 'text'], ['recorded_at', 'timestamptz'], ['version', 'int'],
    ] as const),
    referral: new TableRows('referral', [
      ['id', 'uuid'], ['migrant_id', 'uuid'], ['partner_id', 'uuid'], ['service', 'text'], ['need', 'text'], ['note', 'text'], ['status', 'text'],
      ['status_reason', 'text'], ['requested_by', 'text'], ['requested_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['consent_overridden', 'bool'], ['version', 'int'],
    ] as const),
    avrOutbox: new TableRows('avr_outbox', [
      ['id', 'uuid'], ['migrant_id', 'uuid'], ['destination_country', 'text'], ['destination_region', 'text'], ['requested_by', 'text'],
      ['requested_at', 'timestamptz'], ['is_unaccompanied_child', 'bool'], ['consent_recorded_at', 'timestamptz'], ['status', 'text'], ['attempts', 'int'],
      ['next_attempt_at', 'timestamptz'], ['delivered_at', 'timestamptz'], ['avr_case_id', 'text'], ['consent_overridden', 'bool'], ['version', 'int'],
    ] as const),
    medical: new TableRows('medical_consultation', [
      ['id', 'uuid'], ['migrant_id', 'uuid'], ['consulted_on', 'date'], ['presenting_complaint', 'text'], ['observations', 'text'], ['treatment_given', 'text'],
      ['medication', 'text'], ['referral_facility', 'text'], ['referral_reason', 'text'], ['referral_urgency', 'text'], ['follow_up_on', 'date'],
      ['follow_up_notes', 'text'], ...PROVIDER_COLUMNS, ['recorded_at', 'timestamptz'], ['version', 'int'],
    ] as const),
    stockItem: new TableRows('stock_item', [
      ['id', 'uuid'], ['name', 'text'], ['category', 'text'], ['unit', 'text'], ['low_stock_threshold', 'int'], ['balance', 'int'], ['created_at', 'timestamptz'], ['version', 'int'],
    ] as const),
    distribution: new TableRows('distribution', [['id', 'uuid'], ['migrant_id', 'uuid'], ['distributed_on', 'date'], ['notes', 'text'], ...PROVIDER_COLUMNS, ['recorded_at', 'timestamptz']] as const),
    stockMovement: new TableRows('stock_movement', [
      ['id', 'uuid'], ['item_id', 'uuid'], ['kind', 'text'], ['quantity', 'int'], ['balance_after', 'int'], ['occurred_on', 'date'], ['source', 'text'],
      ['distribution_id', 'uuid'], ['migrant_id', 'uuid'], ...PROVIDER_COLUMNS, ['recorded_at', 'timestamptz'],
    ] as const),
    uam: new TableRows('uam_case', [
      ['id', 'uuid'], ['migrant_id', 'uuid'], ['opened_on', 'date'], ['separation', 'text'], ['family_tracing_status', 'text'], ['bia_assessed_on', 'date'],
      ['bia_findings', 'text'], ['bia_assessed_by', 'text'], ['bid_decision', 'text'], ['bid_decided_on', 'date'], ['bid_panel', 'text'], ['guardian_name', 'text'],
      ['guardian_relationship', 'text'], ['guardian_contact', 'text'], ['guardian_appointed_on', 'date'], ['escort_needs', 'text'], ...PROVIDER_COLUMNS,
      ['recorded_at', 'timestamptz'], ['version', 'int'],
    ] as const),
    trafficking: new TableRows('trafficking_case', [
      ['id', 'uuid'], ['migrant_id', 'uuid'], ['opened_on', 'date'], ['screened_on', 'date'], ['act_indicators', 'text[]'], ['means_indicators', 'text[]'],
      ['purpose_indicators', 'text[]'], ['screening_notes', 'text'], ['identification', 'text'], ['identified_on', 'date'], ['identified_by', 'text'],
      ['assistance_plan', 'jsonb'], ...PROVIDER_COLUMNS, ['recorded_at', 'timestamptz'], ['version', 'int'],
    ] as const),
    mhpss: new TableRows('mhpss_session', [
      ['id', 'uuid'], ['migrant_id', 'uuid'], ['type', 'text'], ['held_on', 'date'], ['notes', 'text'], ['follow_up_on', 'date'], ...PROVIDER_COLUMNS,
      ['recorded_at', 'timestamptz'], ['version', 'int'],
    ] as const),
    mhpssGroup: new TableRows('mhpss_group_activity', [
      ['id', 'uuid'], ['type', 'text'], ['held_on', 'date'], ['facilitator', 'text'], ['notes', 'text'], ...PROVIDER_COLUMNS, ['recorded_at', 'timestamptz'], ['version', 'int'],
    ] as const),
    mhpssAttendance: new TableRows('mhpss_attendance', [['activity_id', 'uuid'], ['migrant_id', 'uuid'], ['attended', 'bool']] as const),
    awareness: new TableRows('awareness_session', [
      ['id', 'uuid'], ['topic', 'text'], ['topic_other', 'text'], ['place', 'text'], ['held_on', 'date'], ['facilitator', 'text'],
      ['female_0_to_17', 'int'], ['female_18_to_29', 'int'], ['female_30_to_59', 'int'], ['female_60_plus', 'int'],
      ['male_0_to_17', 'int'], ['male_18_to_29', 'int'], ['male_30_to_59', 'int'], ['male_60_plus', 'int'], ['notes', 'text'], ...PROVIDER_COLUMNS,
      ['recorded_at', 'timestamptz'], ['version', 'int'],
    ] as const),
  };
}

/** A site role's demo user, as the app records whoever delivered a service (subject, name, role). */
function staff(site: SiteConfig, role: 'caseworker' | 'medical' | 'protection' | 'mhpss' | 'government') {
  return { delivered_by: `${role}@${site.code}`, delivered_by_name: `${site.name} ${role}`, delivered_by_role: role };
}

interface DistributionLine {
  on: number;
  item: number;
  quantity: number;
  distributionId: string;
  migrantId: string;
}

/**
 * Everything a centre records about its migrants over the period, consistent with what the API
 * would have written: the case file, consents before referrals and AVR, a screening whose UAM and
 * trafficking markers mark the case (and open a protection case), services during the stay, a
 * stock ledger that never goes below zero, referrals through their lifecycle, AVR hand-overs
 * delivered. Deterministic for a seed; its own random stream, so the migrants stay the same.
 */
export function generateSiteOperations(site: SiteConfig, migrants: readonly DemoMigrant[], avrCases: readonly DemoAvrCase[], options: GenerateOptions): SiteOperations {
  const random = new Random((options.seed ?? 2009) ^ hash(`services:${site.code}`));
  const anchor = (options.anchor ?? new Date()).getTime();
  const t = tables();
  const handovers = new Map<string, AvrHandover>();
  const avrByMigrant = new Map(avrCases.map((c) => [c.migrantId.slice(site.code.length + 1), c]));
  const caseworker = staff(site, 'caseworker');
  const medicalStaff = staff(site, 'medical');
  const protectionStaff = staff(site, 'protection');
  const mhpssStaff = staff(site, 'mhpss');
  const start = migrants[0]?.registeredAt.getTime() ?? anchor;

  const partners = PARTNERS.map((p) => ({ id: random.uuid(), name: p.name(site.name), services: p.services }));
  for (const [i, p] of partners.entries()) {
    t.partner.add({ id: p.id, name: p.name, services: p.services, contact: PARTNERS[i]!.contact, created_at: new Date(start), version: 1 });
  }
  const partnerFor = (service: string) => partners.filter((p) => p.services.includes(service));
  const lines: DistributionLine[] = [];
  const stays: number[] = [];

  for (const m of migrants) {
    const reg = m.registeredAt.getTime();
    const ageAtRegistration = (reg - Date.parse(m.dateOfBirth)) / (365.25 * DAY);
    const child = ageAtRegistration < 18;
    const [minStay, maxStay] = random.weighted(STAY_DAYS);
    let stay = random.int(minStay, maxStay);
    const unaccompanied = child && random.chance(UNACCOMPANIED_CHILD_SHARE[site.code] ?? DEFAULT_UNACCOMPANIED_CHILD_SHARE);
    const separated = child && !unaccompanied && random.chance(SEPARATED_CHILD_SHARE / (1 - (UNACCOMPANIED_CHILD_SHARE[site.code] ?? DEFAULT_UNACCOMPANIED_CHILD_SHARE)));
    // Children in protection care stay until family tracing or a durable solution.
    if (unaccompanied || separated) stay = Math.max(stay, random.int(20, 120));
    const avr = avrByMigrant.get(m.id);
    if (avr) stay = Math.max(stay, Math.ceil((avr.openedAt.getTime() - reg) / DAY) + random.int(5, 30));
    const leaves = Math.min(reg + stay * DAY + random.int(1, 10) * HOUR, anchor);
    stays.push(leaves);
    /** A day during the stay `offset` days after registration (never after the anchor), as a timestamp. */
    const during = (offset: number) => Math.min(reg + offset * DAY, leaves);
    const trafficking = random.chance(TRAFFICKING_INDICATOR_SHARE[m.sex]);
    const screened = unaccompanied || separated || trafficking || random.chance(0.97);

    // Screening: determinants found, an assessment and the needs they imply.
    const risk: string[] = [];
    const protective: string[] = [];
    if (unaccompanied) risk.push('UNACCOMPANIED_CHILD');
    if (separated) risk.push('SEPARATED_CHILD');
    if (trafficking) risk.push('VICTIM_OF_TRAFFICKING_INDICATORS');
    const medicalCondition = random.chance(0.18);
    if (medicalCondition) risk.push('MEDICAL_CONDITION');
    const violence = random.chance(m.sex === 'FEMALE' ? 0.2 : 0.08);
    if (violence) risk.push('SURVIVOR_OF_VIOLENCE');
    const mentalHealth = random.chance(0.06);
    if (mentalHealth) risk.push('MENTAL_HEALTH_CONDITION');
    if (m.sex === 'FEMALE' && !child && random.chance(0.06)) risk.push('PREGNANCY');
    if (ageAtRegistration >= 60) risk.push('OLDER_PERSON');
    if (random.chance(0.25)) risk.push('DEBT');
    if (random.chance(0.2)) risk.push('NO_FAMILY_SUPPORT');
    if (!m.hasDocuments) risk.push('NO_LEGAL_STATUS');
    if (m.regionOfOrigin === 'Tigray' || m.regionOfOrigin === 'Amhara' ? random.chance(0.4) : random.chance(0.05)) risk.push('CONFLICT_OR_VIOLENCE');
    if (random.chance(0.1)) risk.push('ECONOMIC_CRISIS');
    if (!medicalCondition && random.chance(0.45)) protective.push('GOOD_HEALTH');
    if (!risk.includes('NO_FAMILY_SUPPORT') && random.chance(0.25)) protective.push('FAMILY_SUPPORT');
    if (random.chance(0.15)) protective.push('SKILLS_OR_EDUCATION');
    const serious = risk.filter((f) => f !== 'NO_LEGAL_STATUS' && f !== 'DEBT' && f !== 'ECONOMIC_CRISIS').length;
    const assessment = unaccompanied || trafficking || serious >= 2 ? 'HIGH' : serious === 1 || risk.length >= 3 ? 'MEDIUM' : 'LOW';
    const needs = new Set<string>(['NFI']);
    if (medicalCondition || random.chance(0.3)) needs.add('MEDICAL');
    if (violence || mentalHealth || unaccompanied || random.chance(0.08)) needs.add('MHPSS');
    if (unaccompanied || separated || trafficking || violence) needs.add('PROTECTION');
    if (unaccompanied || separated) needs.add('FAMILY_TRACING');
    if (stay > 3 && random.chance(0.35)) needs.add('SHELTER');
    if (avr) needs.add('AVR');
    if (!m.hasDocuments && random.chance(0.03)) needs.add('LEGAL');
    const marked = screened && (unaccompanied || trafficking);
    const reasons = new Set<string>();
    if (random.chance(0.88)) reasons.add('ECONOMIC');
    if (risk.includes('CONFLICT_OR_VIOLENCE')) reasons.add('CONFLICT');
    if (random.chance(0.08)) reasons.add('FAMILY');
    if (random.chance(0.06)) reasons.add('ENVIRONMENT');
    if (!reasons.size) reasons.add(random.pick(['ECONOMIC', 'FAMILY', 'OTHER']));

    t.migrant.add({
      id: m.id, registration_number: m.registrationNumber, given_name: m.givenName, family_name: m.familyName, sex: m.sex, date_of_birth: m.dateOfBirth,
      date_of_birth_estimated: m.dateOfBirthEstimated, nationality: m.nationality, region_of_origin: m.regionOfOrigin, has_documents: m.hasDocuments,
      intended_destination: m.intendedDestination, arrival_date: m.arrivalDate, registered_at: m.registeredAt, case_status: m.caseStatus,
      // A screening with UAM or trafficking markers updates the case (risk HIGH, the flags): one more version; closing or transferring another.
      version: 1 + (marked ? 1 : 0) + (m.caseStatus === 'OPEN' ? 0 : 1),
      languages: [...(m.nationality === 'ETH' ? (LANGUAGES_BY_REGION[m.regionOfOrigin ?? ''] ?? ['Amharic']) : (LANGUAGES_BY_NATIONALITY[m.nationality] ?? ['Arabic'])), ...(random.chance(0.1) ? ['Arabic'] : [])],
      document_type: m.hasDocuments ? random.weighted([['NATIONAL_ID', 60], ['PASSPORT', 30], ['BIRTH_CERTIFICATE', 10]] as const) : null,
      document_number: m.hasDocuments ? `${m.nationality.slice(0, 2)}${random.int(1_000_000, 9_999_999)}` : null,
      migration_reasons: [...reasons],
      accompanied: child ? !unaccompanied : random.chance(0.3),
      accompanied_by: child && !unaccompanied ? (separated ? random.pick(['Uncle', 'Older cousin', 'Aunt']) : random.pick(['Father', 'Mother', 'Parents'])) : null,
      case_owner: caseworker.delivered_by, caseworkers: [caseworker.delivered_by], risk_level: screened ? assessment : null,
      closed_reason: m.caseStatus === 'CLOSED' ? random.weighted(CLOSED_REASONS) : null,
      closed_at: m.caseStatus === 'OPEN' ? null : new Date(leaves),
      transferred_to: m.caseStatus === 'TRANSFERRED' ? random.pick(TRANSFER_DESTINATIONS) : null,
      is_unaccompanied_child: screened && unaccompanied, has_trafficking_indicators: screened && trafficking,
    });
    // Consents: registration always (a guardian for a child), data sharing for most, medical before a consultation, AVR before the hand-over.
    const guardian = unaccompanied || separated
      ? { given_by: 'GUARDIAN', guardian_name: `${random.pick(['Faadumo', 'Hodan', 'Abdirahman', 'Mahad', 'Sahra'])} ${random.pick(['Warsame', 'Farah', 'Jama', 'Hirsi'])}`, guardian_relationship: 'Appointed guardian (social worker)' }
      : child ? { given_by: 'GUARDIAN', guardian_name: `${random.pick(['Abebe', 'Almaz', 'Kedir', 'Hawa'])} ${m.familyName}`, guardian_relationship: 'Parent' }
      : { given_by: 'MIGRANT', guardian_name: null, guardian_relationship: null };
    const consent = (purpose: string, at: number, withdrawn: number | null = null) => {
      t.consent.add({
        id: random.uuid(), migrant_id: m.id, purpose, ...guardian, given_on: isoDate(at), recorded_by: caseworker.delivered_by, recorded_at: new Date(at),
        withdrawn_on: withdrawn === null ? null : isoDate(withdrawn), withdrawal_reason: withdrawn === null ? null : 'Asked to stop sharing with partners',
        withdrawn_by: withdrawn === null ? null : caseworker.delivered_by, version: withdrawn === null ? 1 : 2,
      });
      return at;
    };
    consent('REGISTRATION', reg + 10 * 60_000);
    // A transfer to another organisation needs data-sharing consent, as the API checks.
    const sharing = random.chance(0.65) || m.caseStatus === 'TRANSFERRED';
    const withdrawsSharing = sharing && random.chance(0.02) && leaves > reg + DAY;
    if (sharing) consent('DATA_SHARING_WITH_PARTNERS', reg + 15 * 60_000, withdrawsSharing ? leaves : null);

    if (screened) {
      const factors = [
        ...risk.map((factor) => ({ level: FACTOR_LEVEL[factor]!, factor, kind: 'RISK', note: null })),
        ...protective.map((factor) => ({ level: FACTOR_LEVEL[factor]!, factor, kind: 'PROTECTIVE', note: null })),
      ];
      const at = during(random.chance(0.8) ? 0 : 1) + HOUR;
      t.screening.add({
        id: random.uuid(), migrant_id: m.id, screened_on: isoDate(at), screened_by: caseworker.delivered_by, factors, assessment, needs: [...needs],
        note: assessment === 'HIGH' ? 'Referred to the protection team' : null, recorded_at: new Date(at), version: 1,
      });
    }

    // Individual counselling on arrival; a second session for a share, about options and AVR.
    const counselled = reg + 2 * HOUR;
    const followUp = stay >= 3 && random.chance(0.4);
    t.counselling.add({
      id: random.uuid(), migrant_id: m.id, held_on: isoDate(counselled), topics: ['RISKS_OF_IRREGULAR_MIGRATION', 'SERVICES_AVAILABLE', ...(random.chance(0.5) ? ['RIGHTS'] : [])],
      outcome: 'Informed of services and risks of the onward journey', follow_up_on: followUp ? isoDate(during(3)) : null,
      counsellor: caseworker.delivered_by, recorded_at: new Date(counselled), version: 1,
    });
    if (followUp || avr) {
      const on = avr ? avr.openedAt.getTime() - 2 * HOUR : during(3) + HOUR;
      t.counselling.add({
        id: random.uuid(), migrant_id: m.id, held_on: isoDate(on), topics: avr ? ['OPTIONS', 'AVR'] : ['OPTIONS', 'SAFE_MIGRATION'],
        outcome: avr ? 'Wishes to return home; AVR requested' : 'Considering options', follow_up_on: null, counsellor: caseworker.delivered_by,
        recorded_at: new Date(on), version: 1,
      });
    }

    // Basic medical assistance (medical consent first).
    if (needs.has('MEDICAL')) {
      const first = during(0) + 3 * HOUR;
      consent('MEDICAL', first - HOUR);
      const visits = 1 + (stay >= 2 && random.chance(0.3) ? 1 : 0) + (stay >= 7 && random.chance(0.25) ? 1 : 0);
      for (let v = 0; v < visits; v++) {
        const on = v === 0 ? first : during(v * random.int(1, 3)) + 3 * HOUR;
        const referred = random.chance(0.08);
        const next = v + 1 < visits ? isoDate(during((v + 1) * 2)) : null;
        t.medical.add({
          id: random.uuid(), migrant_id: m.id, consulted_on: isoDate(on), presenting_complaint: random.weighted(PRESENTING_COMPLAINTS),
          observations: random.chance(0.5) ? 'Vital signs stable' : null, treatment_given: random.pick(TREATMENTS), medication: random.chance(0.6) ? 'As per treatment protocol' : null,
          referral_facility: referred ? random.pick(HEALTH_FACILITIES(site.name)) : null, referral_reason: referred ? 'Needs diagnostics not available at the MRC' : null,
          referral_urgency: referred ? random.weighted([['ROUTINE', 60], ['URGENT', 32], ['EMERGENCY', 8]] as const) : null,
          follow_up_on: next && next >= isoDate(on) ? next : null, follow_up_notes: null, ...medicalStaff, recorded_at: new Date(on), version: 1,
        });
      }
    }

    // Emergency assistance on arrival: a hygiene kit and NFIs; a second distribution for longer stays.
    const handOut = (on: number, items: [number, number][]) => {
      const id = random.uuid();
      t.distribution.add({ id, migrant_id: m.id, distributed_on: isoDate(on), notes: null, ...caseworker, recorded_at: new Date(on) });
      for (const [item, quantity] of items) lines.push({ on, item, quantity, distributionId: id, migrantId: m.id });
    };
    if (random.chance(0.88)) {
      const items: [number, number][] = [[0, 1], [2, 1]];
      if (m.sex === 'FEMALE' && ageAtRegistration >= 12) items.push([1, 1]);
      if (stay >= 1 || random.chance(0.5)) items.push([3, 1]);
      if (random.chance(0.55)) items.push([4, 1]);
      if (random.chance(0.2)) items.push([5, 1]);
      handOut(reg + HOUR, items);
      if (stay >= 10 && random.chance(0.6)) handOut(during(7) + HOUR, [[0, 1], ...(random.chance(0.4) ? [[4, 1] as [number, number]] : [])]);
    }

    // MHPSS: psychological first aid, then counselling and follow-ups for some.
    if (needs.has('MHPSS') && random.chance(0.85)) {
      const sessions = 1 + (stay >= 3 ? random.int(0, 3) : 0);
      for (let s = 0; s < sessions; s++) {
        const on = during(s * 2) + 5 * HOUR;
        const next = s + 1 < sessions ? during((s + 1) * 2) : null;
        t.mhpss.add({
          id: random.uuid(), migrant_id: m.id, type: s === 0 ? 'PSYCHOLOGICAL_FIRST_AID' : random.weighted(MHPSS_SESSION_TYPES), held_on: isoDate(on), notes: null,
          follow_up_on: next !== null && isoDate(next) >= isoDate(on) ? isoDate(next) : null, ...mhpssStaff, recorded_at: new Date(on), version: 1,
        });
      }
    }

    // Protection: a UAM case for every unaccompanied or separated child, a trafficking case when the screening shows indicators.
    if (screened && (unaccompanied || separated)) {
      const opened = during(0) + 4 * HOUR;
      const age = (anchor - opened) / DAY;
      const bia = age > 3;
      const bid = age > 20 && random.chance(0.6);
      const guardianOn = age > 1;
      const tracing = age < 7 ? random.weighted([['NOT_STARTED', 40], ['IN_PROGRESS', 60]] as const)
        : random.weighted([['IN_PROGRESS', 25], ['FAMILY_LOCATED', 25], ['REUNIFIED', 35], ['NOT_POSSIBLE', 15]] as const);
      t.uam.add({
        id: random.uuid(), migrant_id: m.id, opened_on: isoDate(opened), separation: unaccompanied ? 'UNACCOMPANIED' : 'SEPARATED', family_tracing_status: tracing,
        bia_assessed_on: bia ? isoDate(during(3)) : null, bia_findings: bia ? 'Child wishes to contact family; no immediate safety concerns at the centre' : null,
        bia_assessed_by: bia ? protectionStaff.delivered_by_name : null,
        bid_decision: bid ? random.pick(['Family reunification in country of origin', 'Interim care with partner pending tracing']) : null,
        bid_decided_on: bid ? isoDate(during(20)) : null, bid_panel: bid ? 'IOM, child protection partner, Ministry of Women' : null,
        guardian_name: guardianOn ? guardian.guardian_name : null, guardian_relationship: guardianOn ? guardian.guardian_relationship : null,
        guardian_contact: guardianOn ? 'Through the MRC' : null, guardian_appointed_on: guardianOn ? isoDate(during(1)) : null,
        escort_needs: avr ? 'Escort needed for return travel' : null, ...protectionStaff, recorded_at: new Date(opened),
        version: 1 + (bia ? 1 : 0) + (bid ? 1 : 0) + (guardianOn ? 1 : 0) + (tracing === 'NOT_STARTED' ? 0 : 1),
      });
    }
    if (screened && trafficking) {
      const opened = during(0) + 4 * HOUR;
      const decided = anchor - opened > 14 * DAY;
      const identification = decided ? random.weighted([['IDENTIFIED', 65], ['NOT_IDENTIFIED', 35]] as const) : 'PENDING';
      const pick = (list: readonly string[], n: number) => [...new Set(Array.from({ length: n }, () => random.pick(list)))];
      t.trafficking.add({
        id: random.uuid(), migrant_id: m.id, opened_on: isoDate(opened), screened_on: isoDate(opened), act_indicators: pick(TRAFFICKING_ACTS, random.int(1, 2)),
        means_indicators: pick(TRAFFICKING_MEANS, random.int(1, 3)), purpose_indicators: pick(TRAFFICKING_PURPOSES, 1),
        screening_notes: 'Held by smugglers on the route; debt demanded from family', identification,
        identified_on: identification === 'PENDING' ? null : isoDate(during(5)), identified_by: identification === 'PENDING' ? null : protectionStaff.delivered_by_name,
        assistance_plan: identification === 'IDENTIFIED'
          ? [{ description: 'Safe accommodation', status: 'DONE', dueOn: null }, { description: 'Medical and psychosocial care', status: 'DONE', dueOn: null }, { description: 'Return and reintegration support', status: avr ? 'IN_PROGRESS' : 'PLANNED', dueOn: null }]
          : [],
        ...protectionStaff, recorded_at: new Date(opened), version: identification === 'PENDING' ? 1 : 2,
      });
    }

    // Referrals to partners (data-sharing consent first), through their lifecycle.
    if (sharing) {
      const wanted = [...needs].filter((n) => n !== 'NFI' && n !== 'AVR' && (n !== 'MEDICAL' || random.chance(0.1)) && (n !== 'MHPSS' || random.chance(0.15)));
      for (const service of wanted) {
        const offering = partnerFor(service);
        if (!offering.length) continue;
        const requested = during(1) + 6 * HOUR;
        const settled = anchor - requested > 10 * DAY;
        const status = settled ? random.weighted([['COMPLETED', 72], ['REJECTED', 12], ['REVOKED', 8], ['ACCEPTED', 8]] as const)
          : random.weighted([['REQUESTED', 50], ['ACCEPTED', 50]] as const);
        const steps = { REQUESTED: 0, ACCEPTED: 1, REJECTED: 1, REVOKED: 1, COMPLETED: 2 }[status];
        t.referral.add({
          id: random.uuid(), migrant_id: m.id, partner_id: random.pick(offering).id, service, need: null, note: null, status,
          status_reason: status === 'REJECTED' ? 'Partner at capacity' : status === 'REVOKED' ? 'Migrant left the centre' : null,
          requested_by: caseworker.delivered_by, requested_at: new Date(requested),
          updated_at: new Date(Math.min(requested + steps * 3 * DAY, anchor)), consent_overridden: false, version: 1 + steps,
        });
      }
    }

    // AVR: consent, then the hand-over to AVRR, delivered when the case was opened.
    if (avr) {
      const opened = avr.openedAt.getTime();
      const consented = consent('AVR', opened - HOUR);
      const id = random.uuid();
      t.avrOutbox.add({
        id, migrant_id: m.id, destination_country: avr.destinationCountry, destination_region: avr.destinationRegion, requested_by: caseworker.delivered_by,
        requested_at: new Date(opened - 30 * 60_000), is_unaccompanied_child: screened && unaccompanied, consent_recorded_at: new Date(consented), status: 'DELIVERED',
        attempts: 1, next_attempt_at: new Date(opened - 30 * 60_000), delivered_at: avr.openedAt, avr_case_id: avr.id, consent_overridden: false, version: 2,
      });
      handovers.set(avr.id, { referralId: `${site.code}:${id}`, requestedAt: new Date(opened - 30 * 60_000), consentRecordedAt: new Date(consented), isUnaccompaniedChild: screened && unaccompanied });
    }
  }

  stockLedger(t, random, lines, start, caseworker);
  groupActivities(t, random, migrants, stays, start, anchor, mhpssStaff);
  awarenessSessions(t, site, random, start, anchor, caseworker);
  return { tables: Object.values(t), handovers };
}

/** The determinant level of each screening factor (as the API checks it). */
const FACTOR_LEVEL: Record<string, string> = {
  UNACCOMPANIED_CHILD: 'INDIVIDUAL', SEPARATED_CHILD: 'INDIVIDUAL', VICTIM_OF_TRAFFICKING_INDICATORS: 'INDIVIDUAL', MEDICAL_CONDITION: 'INDIVIDUAL',
  MENTAL_HEALTH_CONDITION: 'INDIVIDUAL', PREGNANCY: 'INDIVIDUAL', OLDER_PERSON: 'INDIVIDUAL', SURVIVOR_OF_VIOLENCE: 'INDIVIDUAL',
  SKILLS_OR_EDUCATION: 'INDIVIDUAL', GOOD_HEALTH: 'INDIVIDUAL', NO_FAMILY_SUPPORT: 'HOUSEHOLD_FAMILY', FAMILY_SUPPORT: 'HOUSEHOLD_FAMILY',
  DEBT: 'HOUSEHOLD_FAMILY', NO_LEGAL_STATUS: 'STRUCTURAL', CONFLICT_OR_VIOLENCE: 'STRUCTURAL', ECONOMIC_CRISIS: 'STRUCTURAL',
};

/**
 * The ledger in date order: a consignment is received whenever an item would run short (a few
 * weeks' worth), so no balance ever goes below zero, as the API's row lock and CHECK guarantee.
 */
function stockLedger(t: ReturnType<typeof tables>, random: Random, lines: DistributionLine[], start: number, caseworker: ReturnType<typeof staff>): void {
  const items = STOCK_ITEMS.map((item) => ({ ...item, id: random.uuid(), balance: 0 }));
  lines.sort((a, b) => a.on - b.on);
  for (const line of lines) {
    const item = items[line.item]!;
    if (item.balance < line.quantity) {
      const quantity = random.int(4, 12) * 50;
      item.balance += quantity;
      t.stockMovement.add({
        id: random.uuid(), item_id: item.id, kind: 'RECEIPT', quantity, balance_after: item.balance, occurred_on: isoDate(line.on), source: random.pick(STOCK_SOURCES),
        distribution_id: null, migrant_id: null, ...caseworker, recorded_at: new Date(line.on - HOUR),
      });
    }
    item.balance -= line.quantity;
    t.stockMovement.add({
      id: random.uuid(), item_id: item.id, kind: 'DISTRIBUTION', quantity: line.quantity, balance_after: item.balance, occurred_on: isoDate(line.on), source: null,
      distribution_id: line.distributionId, migrant_id: line.migrantId, ...caseworker, recorded_at: new Date(line.on),
    });
  }
  for (const item of items) {
    t.stockItem.add({ id: item.id, name: item.name, category: item.category, unit: item.unit, low_stock_threshold: item.lowStockThreshold, balance: item.balance, created_at: new Date(start), version: 1 });
  }
}

/** Two MHPSS group activities a week, attended by some of the migrants in the centre that day. */
function groupActivities(t: ReturnType<typeof tables>, random: Random, migrants: readonly DemoMigrant[], stays: readonly number[], start: number, anchor: number, mhpssStaff: ReturnType<typeof staff>): void {
  let first = 0;
  for (let day = start + 2 * DAY; day < anchor; day += random.chance(0.5) ? 3 * DAY : 4 * DAY) {
    const at = day - (day % DAY) + 10 * HOUR;
    if (at > anchor) break;
    while (first < migrants.length && stays[first]! < at - 90 * DAY) first++;
    const present: string[] = [];
    for (let i = first; i < migrants.length && migrants[i]!.registeredAt.getTime() <= at; i++) if (stays[i]! >= at) present.push(migrants[i]!.id);
    if (present.length < 3) continue;
    const id = random.uuid();
    t.mhpssGroup.add({ id, type: random.weighted(MHPSS_GROUP_TYPES), held_on: isoDate(at), facilitator: mhpssStaff.delivered_by_name, notes: null, ...mhpssStaff, recorded_at: new Date(at + 2 * HOUR), version: 1 });
    const attendees = new Set(Array.from({ length: Math.min(present.length, random.int(4, 15)) }, () => random.pick(present)));
    for (const migrantId of attendees) t.mhpssAttendance.add({ activity_id: id, migrant_id: migrantId, attended: true });
  }
}

/** Three awareness sessions a week at the centre and where migrants gather; attendance counted, never named. */
function awarenessSessions(t: ReturnType<typeof tables>, site: SiteConfig, random: Random, start: number, anchor: number, caseworker: ReturnType<typeof staff>): void {
  for (let day = start + DAY; day < anchor; day += random.int(1, 4) * DAY) {
    const at = day - (day % DAY) + 9 * HOUR;
    if (at > anchor) break;
    const topic = random.weighted(AWARENESS_TOPICS);
    t.awareness.add({
      id: random.uuid(), topic, topic_other: topic === 'OTHER' ? 'Cholera prevention' : null, place: random.pick(AWARENESS_PLACES(site.name)), held_on: isoDate(at),
      facilitator: caseworker.delivered_by_name, female_0_to_17: random.int(0, 3), female_18_to_29: random.int(1, 8), female_30_to_59: random.int(0, 4), female_60_plus: random.int(0, 1),
      male_0_to_17: random.int(0, 8), male_18_to_29: random.int(10, 45), male_30_to_59: random.int(2, 12), male_60_plus: random.int(0, 1), notes: null,
      ...caseworker, recorded_at: new Date(at + 2 * HOUR), version: 1,
    });
  }
}
