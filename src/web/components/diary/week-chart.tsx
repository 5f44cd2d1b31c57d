import { useEffect, useRef, useState } from 'react';
import type { WeekView } from '../../../contract/index.js';

const DAY = 86_400;
/** Seconds since the epoch of a local date at noon UTC: uPlot's time axis. */
const toTime = (date: string) => Date.parse(`${date}T12:00:00Z`) / 1000;

/**
 * Calories eaten per day as bars, with the day's budget (goal + counted exercise) as a line; uPlot is
 * loaded only when the chart is shown.
 */
export function WeekChart({ week }: { week: WeekView }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let plot: { destroy(): void; setSize(s: { width: number; height: number }): void } | null = null;
    let cancelled = false;
    const css = getComputedStyle(el);
    const color = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    const accent = color('--accent', '#1f6f43');
    const muted = color('--muted', '#4d5550');
    const grid = color('--border', '#c4cbc5');
    import('./uplot-loader.js')
      .then(({ default: UPlot }) => {
        if (cancelled) return;
        const xs = week.days.map((d) => toTime(d.date));
        const food = week.days.map((d) => (d.entries > 0 ? d.foodKcal : null));
        const budget = week.days.map((d) => d.budgetKcal);
        const bars = UPlot.paths.bars!({ size: [0.6, 60], align: 0 });
        const axis = { stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
        const top = Math.max(...food.map((v) => v ?? 0), ...budget.map((v) => v ?? 0), 500);
        plot = new UPlot(
          {
            width: Math.max(280, el.clientWidth),
            height: 240,
            series: [
              {},
              {
                label: 'Eaten (kcal)',
                paths: bars,
                points: { show: false },
                stroke: accent,
                fill: `${accent}cc`,
                width: 0,
              },
              { label: 'Budget (kcal)', stroke: muted, width: 2, dash: [6, 4], points: { show: false } },
            ],
            axes: [
              // One label per day, whatever the width: Mon … Sun.
              { ...axis, splits: () => xs, values: (_u: unknown, ticks: number[]) => ticks.map((t) => new Date(t * 1000).toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' })) },
              { ...axis, size: 56 },
            ],
            scales: {
              x: { time: true, auto: false, range: [xs[0]! - DAY / 2, xs[6]! + DAY / 2] },
              y: { auto: false, range: [0, Math.ceil((top * 1.1) / 100) * 100] },
            },
            legend: { live: false },
            cursor: { show: false },
          },
          [xs, food, budget] as unknown as [number[], ...Array<Array<number | null>>],
          el,
        );
      })
      .catch(() => setFailed(true));
    const resize = () => plot?.setSize({ width: Math.max(280, el.clientWidth), height: 240 });
    window.addEventListener('resize', resize);
    return () => {
      cancelled = true;
      window.removeEventListener('resize', resize);
      plot?.destroy();
    };
  }, [week]);

  return (
    <figure className="chart week-chart">
      <div ref={box} className="chart__box" role="img" aria-label="Calories eaten each day of the week against the day’s budget" data-testid="week-chart" />
      {failed && <p className="field-error">The chart could not be drawn; the table below has the same numbers.</p>}
    </figure>
  );
}
