// Bar and line charts drawn as SVG by React. Deliberately small and hand-written: the chart
// libraries we looked at draw on canvas (invisible to screen readers) and weigh 60 kB and more,
// for the handful of counts-over-time charts the portal shows. Every chart is a <figure> with
// its title as caption, an SVG that screen readers read as one image with a summary, a legend,
// each value in a <title> tooltip, and series told apart by pattern or line style, never by
// colour alone.
import { format } from '@mpa/i18n';
import { useId, type ReactNode } from 'react';
import { axisTicks, stackedExtents, valueRange } from './chart.helpers.js';
import { injectStyles } from './styles.js';
import { uiCatalogue, useLanguage, useMessages } from './use-messages.js';

export interface ChartSeries {
  readonly name: string;
  /** One per category; null where there is no value (drawn as a gap). */
  readonly values: readonly (number | null)[];
}

export interface ChartProps {
  /** Said by screen readers and shown as the caption. */
  readonly title: string;
  /** The x axis labels, one per value. */
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly formatValue?: (value: number) => string;
  /** In px; default 220. */
  readonly height?: number;
}

/** Six colours of at least 4.5:1 on white, in an order that keeps neighbours apart for colour-blind readers. */
const colours = ['#0033a0', '#b34700', '#0b6b2f', '#7b2d8e', '#a4000f', '#4b5563'];
const colourOf = (index: number) => colours[index % colours.length]!;
/** Line styles and point markers, the second and third way of telling lines apart. */
const dashes = ['none', '8 4', '2 3', '10 3 2 3'];
const markers = ['circle', 'square', 'triangle', 'diamond'] as const;

const width = 640;
const margin = { top: 12, right: 16, bottom: 28, left: 52 };
/** At most this many x labels, so they never overlap; the rest are in the tooltips. */
const maxCategoryLabels = 12;

interface Plot {
  readonly height: number;
  readonly ticks: number[];
  /** The y coordinate of a value. */
  readonly y: (value: number) => number;
  /** The x coordinate of a category's centre, and the width each category gets. */
  readonly x: (category: number) => number;
  readonly band: number;
}

function plotOf(categoryCount: number, low: number, high: number, height: number): Plot {
  const ticks = axisTicks(Math.min(low, high), Math.max(low, high));
  const bottom = ticks[0]!;
  const top = ticks[ticks.length - 1]!;
  const plotHeight = height - margin.top - margin.bottom;
  const band = (width - margin.left - margin.right) / categoryCount;
  return {
    height,
    ticks,
    band,
    y: (value) => margin.top + plotHeight * (1 - (Math.min(Math.max(value, bottom), top) - bottom) / (top - bottom)),
    x: (category) => margin.left + band * (category + 0.5),
  };
}

function useValueFormat(formatValue: ((value: number) => string) | undefined) {
  const language = useLanguage();
  return formatValue ?? ((value: number) => format.number(value, language));
}

/** Grid lines with the y axis' values, and the categories under the x axis. */
function Axes({ plot, categories, formatValue }: { plot: Plot; categories: readonly string[]; formatValue: (value: number) => string }) {
  const every = Math.ceil(categories.length / maxCategoryLabels);
  return (
    <g className="chart-axes" aria-hidden="true">
      {plot.ticks.map((tick) => (
        <g key={tick}>
          <line x1={margin.left} x2={width - margin.right} y1={plot.y(tick)} y2={plot.y(tick)} className={tick === 0 ? 'zero' : undefined} />
          <text x={margin.left - 6} y={plot.y(tick)} dy="0.32em" textAnchor="end">{formatValue(tick)}</text>
        </g>
      ))}
      {categories.map((category, index) =>
        index % every === 0 ? (
          <text key={index} x={plot.x(index)} y={plot.height - margin.bottom + 18} textAnchor="middle">{category}</text>
        ) : null,
      )}
    </g>
  );
}

/** The fill of a series' bars: solid, stripes, dots, cross-hatch, lines, in its colour. */
function BarPattern({ id, index }: { id: string; index: number }) {
  const colour = colourOf(index);
  const shapes: ReactNode[] = [
    <rect key="solid" width="8" height="8" fill={colour} />,
    <path key="stripes" d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={colour} strokeWidth="2" />,
    <circle key="dots" cx="4" cy="4" r="2" fill={colour} />,
    <path key="hatch" d="M0,0 l8,8 M8,0 l-8,8" stroke={colour} strokeWidth="1.5" />,
    <path key="rows" d="M0,2 h8 M0,6 h8" stroke={colour} strokeWidth="2" />,
    <path key="columns" d="M2,0 v8 M6,0 v8" stroke={colour} strokeWidth="2" />,
  ];
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill="#fff" />
      {shapes[index % shapes.length]}
    </pattern>
  );
}

function Marker({ index, x, y }: { index: number; x: number; y: number }) {
  const shape = markers[index % markers.length];
  if (shape === 'circle') return <circle cx={x} cy={y} r={4} />;
  if (shape === 'square') return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} />;
  if (shape === 'triangle') return <path d={`M${x},${y - 5} L${x + 4.5},${y + 3.5} L${x - 4.5},${y + 3.5} Z`} />;
  return <path d={`M${x},${y - 5} L${x + 5},${y} L${x},${y + 5} L${x - 5},${y} Z`} />;
}

/** The figure around every chart: caption, the image (or the empty state) and the legend. */
function ChartFigure({ title, summary, height, legend, children }: {
  title: string;
  /** Undefined when there is nothing to draw. */
  summary: string | undefined;
  height: number;
  legend: ReactNode;
  children: ReactNode;
}) {
  injectStyles();
  const t = useMessages(uiCatalogue);
  const captionId = useId();
  return (
    // Named by its caption explicitly: not every browser and screen reader derives it.
    <figure className="mpa-ui chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{title}</figcaption>
      {summary === undefined ? (
        <div className="empty"><p>{t.chartEmpty}</p></div>
      ) : (
        <>
          <svg role="img" aria-label={`${title}. ${summary}`} viewBox={`0 0 ${width} ${height}`} width="100%" height={height}>
            {children}
          </svg>
          <ul className="chart-legend">{legend}</ul>
        </>
      )}
    </figure>
  );
}

/** The summary screen readers hear, or undefined when no value is present. */
function useSummary(kind: 'bar' | 'line', { categories, series }: ChartProps, range: [number, number] | undefined, formatValue: (value: number) => string) {
  const t = useMessages(uiCatalogue);
  if (range === undefined || categories.length === 0) return undefined;
  return t.chartSummary({
    kind: kind === 'bar' ? t.barChart : t.lineChart,
    series: t.list(series.map((s) => s.name)),
    from: categories[0]!,
    to: categories[categories.length - 1]!,
    low: formatValue(range[0]),
    high: formatValue(range[1]),
  });
}

/** Bars per category, one per series side by side, or stacked into one bar with `stacked`. */
export function BarChart(props: ChartProps & { readonly stacked?: boolean }) {
  const { title, categories, series, height = 220, stacked = false } = props;
  const t = useMessages(uiCatalogue);
  const formatValue = useValueFormat(props.formatValue);
  const id = useId();
  const range = valueRange(series.flatMap((s) => s.values));
  const extents = stacked ? stackedExtents(series, categories.length) : undefined;
  // The axis shows the stacks' totals, and always starts from zero: a bar's length is its value.
  const reach = extents === undefined ? range : valueRange(extents.flat().flatMap((extent) => extent ?? []));
  const summary = useSummary('bar', props, range, formatValue);
  const plot = plotOf(Math.max(categories.length, 1), Math.min(0, reach?.[0] ?? 0), Math.max(0, reach?.[1] ?? 0), height);
  const barWidth = stacked ? plot.band * 0.6 : (plot.band * 0.8) / Math.max(series.length, 1);
  const patternId = (index: number) => `${id}-pattern-${index}`;
  const legend = series.map((s, index) => (
    <li key={index}>
      <svg width="24" height="14" aria-hidden="true"><rect x="1" y="1" width="22" height="12" fill={`url(#${patternId(index)})`} stroke={colourOf(index)} /></svg>
      {s.name}
    </li>
  ));
  return (
    <ChartFigure title={title} summary={summary} height={height} legend={legend}>
      <defs>{series.map((_, index) => <BarPattern key={index} id={patternId(index)} index={index} />)}</defs>
      <Axes plot={plot} categories={categories} formatValue={formatValue} />
      {series.map((s, index) => (
        <g key={index} className="chart-series" fill={`url(#${patternId(index)})`} stroke={colourOf(index)}>
          {categories.map((category, c) => {
            const value = s.values[c] ?? null;
            if (value === null) return null;
            const [from, to] = extents?.[c]?.[index] ?? [0, value];
            const left = stacked ? plot.x(c) - barWidth / 2 : plot.x(c) - plot.band * 0.4 + barWidth * index;
            return (
              <rect key={c} x={left} width={barWidth} y={Math.min(plot.y(from), plot.y(to))} height={Math.abs(plot.y(from) - plot.y(to))}>
                <title>{t.chartValue(s.name, category, formatValue(value))}</title>
              </rect>
            );
          })}
        </g>
      ))}
    </ChartFigure>
  );
}

/** One line per series over the categories; a missing value breaks the line. */
export function LineChart(props: ChartProps & { readonly min?: number; readonly max?: number }) {
  const { title, categories, series, height = 220 } = props;
  const t = useMessages(uiCatalogue);
  const formatValue = useValueFormat(props.formatValue);
  const range = valueRange(series.flatMap((s) => s.values));
  const summary = useSummary('line', props, range, formatValue);
  const plot = plotOf(Math.max(categories.length, 1), props.min ?? Math.min(0, range?.[0] ?? 0), props.max ?? (range?.[1] ?? 0), height);
  const legend = series.map((s, index) => (
    <li key={index}>
      <svg width="32" height="14" aria-hidden="true" stroke={colourOf(index)} fill={colourOf(index)}>
        <line x1="0" x2="32" y1="7" y2="7" strokeWidth="2" strokeDasharray={dashes[index % dashes.length]} />
        <Marker index={index} x={16} y={7} />
      </svg>
      {s.name}
    </li>
  ));
  return (
    <ChartFigure title={title} summary={summary} height={height} legend={legend}>
      <Axes plot={plot} categories={categories} formatValue={formatValue} />
      {series.map((s, index) => {
        // A new move at every point after a gap, so nulls interrupt the line instead of bridging it.
        const path = categories
          .map((_, c) => {
            const value = s.values[c] ?? null;
            if (value === null) return '';
            const previous = c === 0 ? null : (s.values[c - 1] ?? null);
            return `${previous === null ? 'M' : 'L'}${plot.x(c)},${plot.y(value)}`;
          })
          .join('');
        return (
          <g key={index} className="chart-series" stroke={colourOf(index)} fill={colourOf(index)}>
            <path d={path} fill="none" strokeWidth="2" strokeDasharray={dashes[index % dashes.length]} />
            {categories.map((category, c) => {
              const value = s.values[c] ?? null;
              return value === null ? null : (
                <g key={c}>
                  <title>{t.chartValue(s.name, category, formatValue(value))}</title>
                  <Marker index={index} x={plot.x(c)} y={plot.y(value)} />
                </g>
              );
            })}
          </g>
        );
      })}
    </ChartFigure>
  );
}
