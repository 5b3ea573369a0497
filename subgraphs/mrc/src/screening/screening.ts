import type { EntityManager } from '@mikro-orm/postgresql';
import { globalId, InputCheck, recordAudit, requireSiteId, type SiteConfig, type Viewer } from '@mpa/platform';
import { randomUUID } from 'node:crypto';
import type { RecordCounsellingInput, RecordScreeningInput, VulnerabilityFactor } from '../__generated__/resolvers.js';
import { createOnce } from '../migrants/case-helpers.js';
import { Migrant, type MigrantRecord } from '../migrants/migrant.entity.js';
import { applyMigrantPatch, migrantForEdit } from '../migrants/update-migrant.js';
import {
  CounsellingSession, VulnerabilityScreening, type CounsellingSessionRecord, type DeterminantLevel, type ScreeningFactorValue, type VulnerabilityScreeningRecord,
} from './screening.entity.js';

/** The level each determinant belongs to. */
export const FACTOR_LEVEL: Record<VulnerabilityFactor, DeterminantLevel> = {
  UNACCOMPANIED_CHILD: 'INDIVIDUAL',
  SEPARATED_CHILD: 'INDIVIDUAL',
  VICTIM_OF_TRAFFICKING_INDICATORS: 'INDIVIDUAL',
  MEDICAL_CONDITION: 'INDIVIDUAL',
  DISABILITY: 'INDIVIDUAL',
  PREGNANCY: 'INDIVIDUAL',
  MENTAL_HEALTH_CONDITION: 'INDIVIDUAL',
  OLDER_PERSON: 'INDIVIDUAL',
  SURVIVOR_OF_VIOLENCE: 'INDIVIDUAL',
  SKILLS_OR_EDUCATION: 'INDIVIDUAL',
  GOOD_HEALTH: 'INDIVIDUAL',
  NO_FAMILY_SUPPORT: 'HOUSEHOLD_FAMILY',
  FAMILY_SUPPORT: 'HOUSEHOLD_FAMILY',
  DEBT: 'HOUSEHOLD_FAMILY',
  DEPENDANTS: 'HOUSEHOLD_FAMILY',
  FAMILY_VIOLENCE: 'HOUSEHOLD_FAMILY',
  DISCRIMINATION: 'COMMUNITY',
  NO_COMMUNITY_SUPPORT: 'COMMUNITY',
  COMMUNITY_SUPPORT: 'COMMUNITY',
  INSECURITY: 'COMMUNITY',
  NO_ACCESS_TO_SERVICES: 'COMMUNITY',
  NO_LEGAL_STATUS: 'STRUCTURAL',
  CONFLICT_OR_VIOLENCE: 'STRUCTURAL',
  ENVIRONMENTAL_SHOCK: 'STRUCTURAL',
  ECONOMIC_CRISIS: 'STRUCTURAL',
  ACCESS_TO_PROTECTION: 'STRUCTURAL',
};

/** Factors that make a screening (and the case) a protection matter. */
export function protectionMarkers(factors: readonly ScreeningFactorValue[]): { uam: boolean; vot: boolean } {
  const risk = (factor: string) => factors.some((f) => f.kind === 'RISK' && f.factor === factor);
  return { uam: risk('UNACCOMPANIED_CHILD'), vot: risk('VICTIM_OF_TRAFFICKING_INDICATORS') };
}

const SENSITIVE_FACTORS: ReadonlySet<string> = new Set([
  'UNACCOMPANIED_CHILD', 'VICTIM_OF_TRAFFICKING_INDICATORS', 'MEDICAL_CONDITION', 'DISABILITY', 'PREGNANCY',
  'MENTAL_HEALTH_CONDITION', 'SURVIVOR_OF_VIOLENCE', 'FAMILY_VIOLENCE',
]);

/**
 * Whether a screening is sensitive (DESIGN §4: medical, protection, VoT, UAM), every read of it
 * logged: a health, pregnancy, disability, mental-health or violence risk, or a protection marker.
 */
export function isSensitiveScreening(factors: readonly ScreeningFactorValue[]): boolean {
  return factors.some((f) => f.kind === 'RISK' && SENSITIVE_FACTORS.has(f.factor));
}

export interface ScreeningResult {
  screening: VulnerabilityScreeningRecord;
  migrant: MigrantRecord;
  created: boolean;
}

/** Records a screening; UAM or trafficking indicators mark the case for the protection team and set its risk to HIGH. */
export async function recordScreening(em: EntityManager, site: SiteConfig, viewer: Viewer, input: RecordScreeningInput): Promise<ScreeningResult> {
  const check = new InputCheck();
  const migrantId = requireSiteId(input.migrantId, site.code, 'input.migrantId');
  const today = new Date().toISOString().slice(0, 10);
  const screenedOn = check.pastDate('screenedOn', input.screenedOn ?? today, site.openedOn) ?? today;
  if (input.factors.length > 50) check.fail('factors', 'must have at most 50 entries');
  const seen = new Set<string>();
  const factors: ScreeningFactorValue[] = input.factors.map((f, i) => {
    if (FACTOR_LEVEL[f.factor] !== f.level) check.fail(`factors.${i}.factor`, `${f.factor} is a ${FACTOR_LEVEL[f.factor]} factor, not ${f.level}`);
    if (seen.has(f.factor)) check.fail(`factors.${i}.factor`, `${f.factor} is listed twice`);
    seen.add(f.factor);
    return { level: f.level, factor: f.factor, kind: f.kind, note: check.optionalText(`factors.${i}.note`, f.note, 500) };
  });
  const note = check.optionalText('note', input.note, 2000);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  check.done();
  const markers = protectionMarkers(factors);

  const { record, created } = await createOnce(
    idempotencyKey,
    (key) => em.fork().findOne(VulnerabilityScreening, { idempotencyKey: key }),
    () =>
      em.transactional(async (tx) => {
        const migrant = await migrantForEdit(tx, site, migrantId);
        const screening = tx.create(VulnerabilityScreening, {
          id: randomUUID(), migrantId, screenedOn, screenedBy: viewer.subject, factors, assessment: input.assessment,
          needs: [...new Set(input.needs)], note, recordedAt: new Date(), idempotencyKey, version: 1,
        });
        await tx.flush();
        await recordAudit(tx, {
          viewer, action: 'create', entity: 'VulnerabilityScreening', entityId: globalId(site.code, migrantId),
          changes: [{ field: 'screening', from: null, to: { assessment: input.assessment, needs: screening.needs, factors: factors.map((f) => `${f.kind}:${f.factor}`) } }],
        });
        if (markers.uam || markers.vot) {
          await applyMigrantPatch(tx, site, viewer, migrant, {
            riskLevel: 'HIGH',
            isUnaccompaniedChild: migrant.isUnaccompaniedChild || markers.uam,
            hasTraffickingIndicators: migrant.hasTraffickingIndicators || markers.vot,
          }, 'vulnerability screening');
        }
        return screening;
      }),
  );
  return { screening: record, migrant: await em.fork().findOneOrFail(Migrant, { id: record.migrantId }), created };
}

export interface CounsellingResult {
  session: CounsellingSessionRecord;
  migrant: MigrantRecord;
  created: boolean;
}

export async function recordCounselling(em: EntityManager, site: SiteConfig, viewer: Viewer, input: RecordCounsellingInput): Promise<CounsellingResult> {
  const check = new InputCheck();
  const migrantId = requireSiteId(input.migrantId, site.code, 'input.migrantId');
  const today = new Date().toISOString().slice(0, 10);
  const heldOn = check.pastDate('heldOn', input.heldOn ?? today, site.openedOn) ?? today;
  if (!input.topics.length) check.fail('topics', 'name at least one topic');
  const outcome = check.optionalText('outcome', input.outcome, 2000);
  const followUpOn = input.followUpOn ?? null;
  if (followUpOn && followUpOn < heldOn) check.fail('followUpOn', 'cannot be before the session');
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  check.done();

  const { record, created } = await createOnce(
    idempotencyKey,
    (key) => em.fork().findOne(CounsellingSession, { idempotencyKey: key }),
    () =>
      em.transactional(async (tx) => {
        await migrantForEdit(tx, site, migrantId);
        const session = tx.create(CounsellingSession, {
          id: randomUUID(), migrantId, heldOn, topics: [...new Set(input.topics)], outcome, followUpOn, counsellor: viewer.subject,
          recordedAt: new Date(), idempotencyKey, version: 1,
        });
        await tx.flush();
        await recordAudit(tx, {
          viewer, action: 'create', entity: 'CounsellingSession', entityId: globalId(site.code, migrantId),
          changes: [{ field: 'counselling', from: null, to: { heldOn, topics: session.topics, followUpOn } }],
        });
        return session;
      }),
  );
  return { session: record, migrant: await em.fork().findOneOrFail(Migrant, { id: record.migrantId }), created };
}
