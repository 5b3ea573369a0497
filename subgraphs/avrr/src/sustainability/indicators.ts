import type { ReintegrationDimension, SustainabilityIndicator } from '../__generated__/resolvers.js';

/**
 * The 15 indicators of the Reintegration Sustainability Survey, modelled on IOM's RSS, grouped by
 * dimension. Each is answered on a 1–5 scale (1 = worst, 5 = best) and normalised to 0–1 as
 * (answer − 1) / 4 before weighting.
 */
export const INDICATORS: Readonly<Record<ReintegrationDimension, readonly SustainabilityIndicator[]>> = {
  ECONOMIC: ['ECONOMIC_SATISFACTION', 'FOOD_SECURITY', 'EMPLOYMENT', 'DEBT_BURDEN', 'BORROWING_ABILITY'],
  SOCIAL: ['HOUSING', 'EDUCATION_ACCESS', 'HEALTH_ACCESS', 'DOCUMENTATION', 'SAFE_WATER'],
  PSYCHOSOCIAL: ['SUPPORT_NETWORK', 'COMMUNITY_PARTICIPATION', 'SENSE_OF_BELONGING', 'PSYCHOLOGICAL_WELLBEING', 'NO_PRESSURE_TO_REMIGRATE'],
};

export const DIMENSIONS: readonly ReintegrationDimension[] = ['ECONOMIC', 'SOCIAL', 'PSYCHOSOCIAL'];
export const ALL_INDICATORS: readonly SustainabilityIndicator[] = DIMENSIONS.flatMap((d) => INDICATORS[d]);

/** A versioned scoring configuration: weights per indicator and per dimension, and level thresholds. */
export interface ScoringConfig {
  indicatorWeights: Record<string, number>;
  dimensionWeights: Record<string, number>;
  /** Levels by the lowest composite score that reaches them, ascending. */
  thresholds: { level: string; minComposite: number }[];
}

export interface SustainabilityScores {
  economic: number;
  social: number;
  psychosocial: number;
  composite: number;
  level: string;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * Scores one survey: per dimension the weighted mean of its normalised answers, the composite the
 * weighted mean of the dimension scores, and the level the highest threshold the composite reaches.
 * Scores are rounded to 4 decimals (as stored).
 */
export function scoreSurvey(answers: Readonly<Record<string, number>>, config: ScoringConfig): SustainabilityScores {
  const dimension = (d: ReintegrationDimension) => {
    let sum = 0;
    let weights = 0;
    for (const indicator of INDICATORS[d]) {
      const w = config.indicatorWeights[indicator] ?? 0;
      sum += w * ((answers[indicator]! - 1) / 4);
      weights += w;
    }
    return weights > 0 ? sum / weights : 0;
  };
  const byDimension = { ECONOMIC: dimension('ECONOMIC'), SOCIAL: dimension('SOCIAL'), PSYCHOSOCIAL: dimension('PSYCHOSOCIAL') };
  let total = 0;
  let weights = 0;
  for (const d of DIMENSIONS) {
    const w = config.dimensionWeights[d] ?? 0;
    total += w * byDimension[d];
    weights += w;
  }
  const composite = weights > 0 ? total / weights : 0;
  const level = [...config.thresholds].sort((a, b) => a.minComposite - b.minComposite).filter((t) => composite >= t.minComposite).at(-1)?.level ?? 'UNCLASSIFIED';
  return { economic: round4(byDimension.ECONOMIC), social: round4(byDimension.SOCIAL), psychosocial: round4(byDimension.PSYCHOSOCIAL), composite: round4(composite), level };
}

/**
 * The default configuration: a documented PLACEHOLDER, not IOM's official weights. Every indicator
 * weighs 1 within its dimension, the three dimensions weigh the same, and the levels are LOW below
 * 0.33, MEDIUM from 0.33, HIGH from 0.66. A programme sets its own by creating and activating a new
 * scoring version; scores keep the version they were computed with.
 */
export const PLACEHOLDER_SCORING: ScoringConfig = {
  indicatorWeights: Object.fromEntries(ALL_INDICATORS.map((i) => [i, 1])),
  dimensionWeights: { ECONOMIC: 1, SOCIAL: 1, PSYCHOSOCIAL: 1 },
  thresholds: [{ level: 'LOW', minComposite: 0 }, { level: 'MEDIUM', minComposite: 0.33 }, { level: 'HIGH', minComposite: 0.66 }],
};
