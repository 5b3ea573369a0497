import { globalId, requireScope, Scope } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { ALL_INDICATORS, DIMENSIONS, INDICATORS } from './indicators.js';
import { ScoringVersion } from './sustainability.entity.js';
import { activateScoringVersion, createScoringVersion, recordSustainabilitySurvey, roundLabel } from './surveys.js';

const dimensionOf = (indicator: string) => DIMENSIONS.find((d) => (INDICATORS[d] as readonly string[]).includes(indicator))!;

/** Sustainability surveys, their scores and trend, and the versioned scoring configuration. */
export const sustainabilityResolvers: Resolvers = {
  Query: {
    sustainabilityScoringVersions: (_root, _args, ctx) => {
      requireScope(ctx.viewer, Scope.AvrRead);
      return ctx.em.find(ScoringVersion, {}, { orderBy: { createdAt: 'desc' } });
    },
  },
  Mutation: {
    recordSustainabilitySurvey: (_root, { caseId, input }, ctx) => recordSustainabilitySurvey(ctx.em, ctx.viewer, caseId, input),
    createScoringVersion: (_root, { input }, ctx) => createScoringVersion(ctx.em, ctx.viewer, input),
    activateScoringVersion: (_root, { id }, ctx) => activateScoringVersion(ctx.em, ctx.viewer, id),
  },
  AvrCase: {
    sustainabilitySurveys: (avrCase, _args, ctx) => ctx.loaders.surveysByCase.load(avrCase.id),
  },
  SustainabilitySurvey: {
    id: (s) => globalId('avrr', s.id),
    roundLabel: (s) => roundLabel(s.round),
    economicScore: (s) => Number(s.economicScore),
    socialScore: (s) => Number(s.socialScore),
    psychosocialScore: (s) => Number(s.psychosocialScore),
    compositeScore: (s) => Number(s.compositeScore),
    compositeChange: async (s, _args, ctx) => {
      if (s.round === 0) return null;
      const previous = (await ctx.loaders.surveysByCase.load(s.caseId)).find((p) => p.round === s.round - 1);
      return previous ? Math.round((Number(s.compositeScore) - Number(previous.compositeScore)) * 10_000) / 10_000 : null;
    },
    scoringVersion: async (s, _args, ctx) => (await ctx.loaders.scoringVersionById.load(s.scoringVersionId))!,
    answers: async (s, _args, ctx) => {
      await ctx.loaders.auditRead.load(`SustainabilitySurveyAnswers|${globalId('avrr', s.id)}`);
      return ALL_INDICATORS.map((indicator) => ({ indicator, dimension: dimensionOf(indicator), value: s.answers[indicator]! }));
    },
  },
  ScoringVersion: {
    id: (v) => globalId('avrr', v.id),
    indicatorWeights: (v) => ALL_INDICATORS.map((indicator) => ({ indicator, weight: v.indicatorWeights[indicator] ?? 0 })),
    dimensionWeights: (v) => DIMENSIONS.map((dimension) => ({ dimension, weight: v.dimensionWeights[dimension] ?? 0 })),
  },
};
