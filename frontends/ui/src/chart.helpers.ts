// Scales of the portal's charts: round axis steps and the value range a chart has to show.

/** A step of 1, 2 or 5 times a power of ten, so axis labels read 0, 20, 40 rather than 0, 17, 34. */
function roundStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const leading = rough / power;
  return (leading <= 1 ? 1 : leading <= 2 ? 2 : leading <= 5 ? 5 : 10) * power;
}

/** About `count` evenly spaced round values covering [low, high] (0 included when the data allows). */
export function axisTicks(low: number, high: number, count = 4): number[] {
  if (low === high) return high === 0 ? [0, 1] : [Math.min(0, low), Math.max(0, high)];
  const step = roundStep((high - low) / count);
  const ticks: number[] = [];
  // Rounded to the step's precision: 0.1 + 0.2 must print as 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const top = Math.ceil(high / step) * step;
  for (let value = Math.floor(low / step) * step; value < top + step / 2; value += step) {
    ticks.push(Number(value.toFixed(digits)));
  }
  return ticks;
}

/** The lowest and highest value drawn, or undefined when every value is missing. */
export function valueRange(values: readonly (number | null)[]): [number, number] | undefined {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  return present.length === 0 ? undefined : [Math.min(...present), Math.max(...present)];
}

/**
 * The tops and bottoms of stacked bars: each series starts where the ones before it ended,
 * positives upwards and negatives downwards from zero. `[category][series] = [from, to]`.
 */
export function stackedExtents(series: readonly { values: readonly (number | null)[] }[], categoryCount: number): ([number, number] | null)[][] {
  return Array.from({ length: categoryCount }, (_, category) => {
    let up = 0;
    let down = 0;
    return series.map(({ values }) => {
      const value = values[category] ?? null;
      if (value === null) return null;
      const from = value >= 0 ? up : down;
      if (value >= 0) up += value;
      else down += value;
      return [from, from + value];
    });
  });
}
