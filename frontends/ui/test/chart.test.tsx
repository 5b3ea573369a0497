import { setLanguage } from '@mpa/i18n';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { axisTicks, stackedExtents } from '../src/chart.helpers.js';
import { BarChart, LineChart } from '../src/ui.js';

afterEach(() => {
  cleanup();
  act(() => setLanguage('en'));
  localStorage.clear();
});

const months = ['Jan', 'Feb', 'Mar'];
const registrations = [
  { name: 'Bossaso', values: [12, null, 30] },
  { name: 'Hargeisa', values: [8, 10, 5] },
];

/** The tooltips of every bar or point, in drawing order. */
const tooltips = (figure: HTMLElement) => [...figure.querySelectorAll('svg[role="img"] title')].map((title) => title.textContent);

describe('the bar chart', () => {
  it('is a figure captioned by its title, one image whose label summarises the data, with a legend', () => {
    render(<BarChart title="Registrations per month" categories={months} series={registrations} />);
    const figure = screen.getByRole('figure', { name: 'Registrations per month' });
    const image = within(figure).getByRole('img');
    expect(image.getAttribute('aria-label')).toBe(
      'Registrations per month. Bar chart of Bossaso and Hargeisa, Jan to Mar; values from 5 to 30.',
    );
    expect(within(figure).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Bossaso', 'Hargeisa']);
  });

  it('names every bar in a tooltip and leaves a gap for a missing value', () => {
    render(<BarChart title="Registrations" categories={months} series={registrations} formatValue={(v) => `${v} people`} />);
    const figure = screen.getByRole('figure');
    expect(tooltips(figure)).toEqual([
      'Bossaso, Jan: 12 people',
      'Bossaso, Mar: 30 people',
      'Hargeisa, Jan: 8 people',
      'Hargeisa, Feb: 10 people',
      'Hargeisa, Mar: 5 people',
    ]);
    expect(figure.querySelectorAll('.chart-series rect')).toHaveLength(5);
  });

  it('tells series apart by pattern, not by colour alone', () => {
    render(<BarChart title="Registrations" categories={months} series={registrations} />);
    const patterns = [...document.querySelectorAll('pattern')];
    expect(patterns).toHaveLength(2);
    // The second series is striped: its pattern draws lines, the first one a solid square.
    expect(patterns[0]!.querySelector('path')).toBeNull();
    expect(patterns[1]!.querySelector('path')).not.toBeNull();
    const fills = [...document.querySelectorAll('.chart-series')].map((g) => g.getAttribute('fill'));
    expect(fills).toEqual([`url(#${patterns[0]!.id})`, `url(#${patterns[1]!.id})`]);
  });

  it('stacks the series into one bar per category, each starting where the one below ended', () => {
    render(<BarChart title="Registrations" categories={months} series={registrations} stacked height={228} />);
    const bars = [...document.querySelectorAll<SVGRectElement>('.chart-series rect')];
    const jan = [bars[0]!, bars[2]!].map((bar) => ({ top: Number(bar.getAttribute('y')), height: Number(bar.getAttribute('height')) }));
    // Hargeisa's January bar sits on Bossaso's: its bottom is Bossaso's top.
    expect(jan[1]!.top + jan[1]!.height).toBeCloseTo(jan[0]!.top);
    // 20 of an axis to 40 (the March total is 35) over a plot 188 px high.
    expect(jan[0]!.height + jan[1]!.height).toBeCloseTo((20 / 40) * 188);
  });

  it('says there is no data instead of drawing an empty grid', () => {
    render(<BarChart title="Registrations" categories={months} series={[{ name: 'Bossaso', values: [null, null, null] }]} />);
    const figure = screen.getByRole('figure', { name: 'Registrations' });
    expect(within(figure).queryByRole('img')).toBeNull();
    expect(figure.textContent).toContain('No data to show for this period.');
  });

  it('speaks Somali when the portal does', () => {
    act(() => setLanguage('so'));
    render(<BarChart title="Diiwaangelin" categories={[]} series={[]} />);
    expect(screen.getByRole('figure').textContent).toContain('Xog lama hayo muddadan.');
  });
});

describe('the line chart', () => {
  it('breaks the line at a missing value and marks every known point', () => {
    render(<LineChart title="Arrivals" categories={['W1', 'W2', 'W3', 'W4']} series={[{ name: 'Bossaso', values: [4, null, 6, 9] }]} />);
    const figure = screen.getByRole('figure', { name: 'Arrivals' });
    const path = figure.querySelector('.chart-series path')!.getAttribute('d')!;
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path.match(/L/g)).toHaveLength(1);
    expect(tooltips(figure)).toEqual(['Bossaso, W1: 4', 'Bossaso, W3: 6', 'Bossaso, W4: 9']);
    expect(within(figure).getByRole('img').getAttribute('aria-label')).toContain('Line chart of Bossaso, W1 to W4; values from 4 to 9.');
  });

  it('draws each line in its own dash and marker, shown in the legend too', () => {
    render(<LineChart title="Arrivals" categories={months} series={registrations} min={0} max={50} />);
    const lines = [...document.querySelectorAll('.chart-series > path')].map((p) => p.getAttribute('stroke-dasharray'));
    expect(new Set(lines).size).toBe(2);
    const legend = [...document.querySelectorAll('.chart-legend line')].map((l) => l.getAttribute('stroke-dasharray'));
    expect(legend).toEqual(lines);
    // With max 50 the axis reaches past 50, whatever the data (30 at most).
    expect([...document.querySelectorAll('.chart-axes text')].map((text) => text.textContent)).toEqual(['0', '20', '40', '60', 'Jan', 'Feb', 'Mar']);
  });
});

describe('the axis', () => {
  it('counts in round steps covering the data', () => {
    expect(axisTicks(0, 35)).toEqual([0, 10, 20, 30, 40]);
    expect(axisTicks(0, 0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(axisTicks(-12, 30)).toEqual([-20, 0, 20, 40]);
    expect(axisTicks(0, 0)).toEqual([0, 1]);
  });

  it('stacks negatives downwards and positives upwards', () => {
    expect(stackedExtents([{ values: [3, -2] }, { values: [4, -1] }], 2)).toEqual([
      [[0, 3], [3, 7]],
      [[0, -2], [-2, -3]],
    ]);
  });
});
