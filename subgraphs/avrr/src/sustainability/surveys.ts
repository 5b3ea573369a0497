import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, conflict, globalId, InputCheck, notFound, parseGlobalId, recordAudit, type Viewer } from '@mpa/platform';
import { randomUUID } from 'node:crypto';
import type { RecordSurveyInput, ScoringVersionInput } from '../__generated__/resolvers.js';
import { preconditionFailed } from '../lifecycle/avr-lifecycle.js';
import { requireAvrWrite } from '../lifecycle/edit-avr-case.js';
import { openCaseFor } from '../support/record-support.js';
import { ALL_INDICATORS, DIMENSIONS, INDICATORS, scoreSurvey } from './indicators.js';
import { ScoringVersion, Survey, type ScoringVersionRecord, type SurveyRecord } from './sustainability.entity.js';

export function roundLabel(round: number): string {
  return round === 0 ? 'BASELINE' : `FOLLOW_UP_${round}`;
}

/** Records a survey round, scored with the active scoring version. Idempotent on the key. */
export async function recordSustainabilitySurvey(em: EntityManager, viewer: Viewer, caseId: string, input: RecordSurveyInput): Promise<SurveyRecord> {
  requireAvrWrite(viewer);
  const check = new InputCheck();
  if (!Number.isInteger(input.round) || input.round < 0 || input.round > 20) check.fail('round', 'must be 0 (BASELINE) to 20');
  const conductedOn = check.pastDate('conductedOn', input.conductedOn, '2000-01-01')!;
  const answers: Record<string, number> = {};
  input.answers.forEach((a, i) => {
    if (a.indicator in answers) check.fail(`answers.${i}.indicator`, `${a.indicator} is answered twice`);
    if (!Number.isInteger(a.value) || a.value < 1 || a.value > 5) check.fail(`answers.${i}.value`, 'must be 1 to 5');
    answers[a.indicator] = a.value;
  });
  const missing = ALL_INDICATORS.filter((i) => !(i in answers));
  if (missing.length) check.fail('answers', `must answer all 15 indicators; missing ${missing.join(', ')}`);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  check.done();
  if (idempotencyKey) {
    const earlier = await em.findOne(Survey, { idempotencyKey });
    if (earlier) return earlier;
  }
  const avrCase = await openCaseFor(em, caseId, 'a sustainability survey', true);
  if (!['ARRIVED', 'REINTEGRATION', 'CLOSED'].includes(avrCase.status)) {
    throw preconditionFailed(`AVR case ${avrCase.caseNumber} is ${avrCase.status}; surveys start after return.`, ['status=ARRIVED']);
  }
  if (input.round > 0 && !(await em.findOne(Survey, { caseId: avrCase.id, round: input.round - 1 }))) {
    throw preconditionFailed(`Round ${roundLabel(input.round)} of AVR case ${avrCase.caseNumber} needs ${roundLabel(input.round - 1)} first.`, [roundLabel(input.round - 1)]);
  }
  try {
    return await em.fork().transactional(async (tx) => {
      const version = await tx.findOneOrFail(ScoringVersion, { active: true });
      const scores = scoreSurvey(answers, version);
      const survey = tx.create(Survey, {
        id: randomUUID(), caseId: avrCase.id, round: input.round, conductedOn, answers, scoringVersionId: version.id,
        economicScore: scores.economic.toFixed(4), socialScore: scores.social.toFixed(4), psychosocialScore: scores.psychosocial.toFixed(4),
        compositeScore: scores.composite.toFixed(4), level: scores.level, recordedBy: viewer.subject, recordedAt: new Date(), idempotencyKey,
      });
      tx.persist(survey);
      await tx.flush();
      await recordAudit(tx, { viewer, action: 'create', entity: 'SustainabilitySurvey', entityId: globalId('avrr', survey.id), reason: `For AVR case ${avrCase.caseNumber}` });
      return survey;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      const winner = idempotencyKey ? await em.fork().findOne(Survey, { idempotencyKey }) : null;
      if (winner) return winner;
      throw conflict(`AVR case ${avrCase.caseNumber} already has its ${roundLabel(input.round)} survey.`);
    }
    throw err;
  }
}

/** Adds a scoring version, inactive, after checking every weight and threshold. */
export async function createScoringVersion(em: EntityManager, viewer: Viewer, input: ScoringVersionInput): Promise<ScoringVersionRecord> {
  requireAvrWrite(viewer);
  const check = new InputCheck();
  const name = check.requiredText('name', input.name, 50);
  const description = check.requiredText('description', input.description, 2000);
  const indicatorWeights: Record<string, number> = {};
  input.indicatorWeights.forEach((w, i) => {
    if (w.indicator in indicatorWeights) check.fail(`indicatorWeights.${i}`, `${w.indicator} is weighted twice`);
    if (!Number.isFinite(w.weight) || w.weight < 0 || w.weight > 100) check.fail(`indicatorWeights.${i}.weight`, 'must be 0 to 100');
    indicatorWeights[w.indicator] = w.weight;
  });
  const unweighted = ALL_INDICATORS.filter((i) => !(i in indicatorWeights));
  if (unweighted.length) check.fail('indicatorWeights', `must weigh all 15 indicators; missing ${unweighted.join(', ')}`);
  else for (const d of DIMENSIONS) if (!INDICATORS[d].some((i) => indicatorWeights[i]! > 0)) check.fail('indicatorWeights', `${d} needs at least one positive weight`);
  const dimensionWeights: Record<string, number> = {};
  input.dimensionWeights.forEach((w, i) => {
    if (w.dimension in dimensionWeights) check.fail(`dimensionWeights.${i}`, `${w.dimension} is weighted twice`);
    if (!Number.isFinite(w.weight) || w.weight < 0 || w.weight > 100) check.fail(`dimensionWeights.${i}.weight`, 'must be 0 to 100');
    dimensionWeights[w.dimension] = w.weight;
  });
  if (DIMENSIONS.some((d) => !(d in dimensionWeights))) check.fail('dimensionWeights', 'must weigh all three dimensions');
  else if (!DIMENSIONS.some((d) => dimensionWeights[d]! > 0)) check.fail('dimensionWeights', 'needs at least one positive weight');
  const thresholds = input.thresholds.map((t, i) => {
    const level = check.requiredText(`thresholds.${i}.level`, t.level, 30);
    if (!Number.isFinite(t.minComposite) || t.minComposite < 0 || t.minComposite > 1) check.fail(`thresholds.${i}.minComposite`, 'must be 0 to 1');
    return { level, minComposite: t.minComposite };
  }).sort((a, b) => a.minComposite - b.minComposite);
  if (!thresholds.length || thresholds[0]!.minComposite !== 0) check.fail('thresholds', 'need a level starting at 0');
  check.done();
  try {
    return await em.fork().transactional(async (tx) => {
      const version = tx.create(ScoringVersion, {
        id: randomUUID(), name, description, indicatorWeights, dimensionWeights, thresholds, active: false, createdAt: new Date(), createdBy: viewer.subject,
      });
      tx.persist(version);
      await tx.flush();
      await recordAudit(tx, { viewer, action: 'create', entity: 'ScoringVersion', entityId: globalId('avrr', version.id) });
      return version;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw badUserInput([{ field: 'input.name', message: `a scoring version named ${name} exists` }]);
    throw err;
  }
}

/** Makes a version the active one, in one transaction (the partial unique index keeps one active). */
export async function activateScoringVersion(em: EntityManager, viewer: Viewer, id: string): Promise<ScoringVersionRecord> {
  requireAvrWrite(viewer);
  const parsed = parseGlobalId(id);
  if (!parsed || parsed.site !== 'avrr') throw badUserInput([{ field: 'id', message: 'is not a scoring version identifier (`avrr:…`)' }]);
  return em.fork().transactional(async (tx) => {
    const version = await tx.findOne(ScoringVersion, { id: parsed.local });
    if (!version) throw notFound('Scoring version', id);
    if (version.active) return version;
    const previous = await tx.findOne(ScoringVersion, { active: true });
    if (previous) {
      previous.active = false;
      await tx.flush();
    }
    version.active = true;
    await tx.flush();
    await recordAudit(tx, {
      viewer, action: 'update', entity: 'ScoringVersion', entityId: globalId('avrr', version.id),
      changes: [{ field: 'active', from: false, to: true }], reason: previous ? `Replaces ${previous.name}` : null,
    });
    return version;
  });
}
