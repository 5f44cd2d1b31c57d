import { useEffect, useRef, useState } from 'react';
import type { ExerciseProgress } from '../../../contract/index.js';
import { displayLoad, type LoadUnit } from '../../../core/training/plates.js';

type Points = ExerciseProgress['points'];

const DAY = 86_400;

/** The time span to show: a week around a single session, else every session with half a day to spare. */
function xRange(times: readonly number[]): [number, number] {
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  return lo === hi ? [lo - 3 * DAY, hi + 3 * DAY] : [lo - DAY / 2, hi + DAY / 2];
}

/** Seconds since the epoch of a local date at noon UTC: uPlot's time axis. */
const toTime = (date: string) => Date.parse(`${date}T12:00:00Z`) / 1000;

/**
 * e1RM and top set per session over time, drawn with uPlot, which is loaded only when a chart is shown
 * (it and its stylesheet stay out of the main bundle).
 */
export function ProgressChart({ points, unit, label }: { points: Points; unit: LoadUnit; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el || points.length === 0) return;
    let plot: { destroy(): void; setSize(s: { width: number; height: number }): void } | null = null;
    let cancelled = false;
    const styles = getComputedStyle(el);
    const accent = styles.getPropertyValue('--accent').trim() || '#1f6f43';
    const muted = styles.getPropertyValue('--muted').trim() || '#4d5550';
    const grid = styles.getPropertyValue('--border').trim() || '#c4cbc5';
    import('./uplot-loader.js')
      .then(({ default: UPlot }) => {
        if (cancelled) return;
        const data = [
          points.map((p) => toTime(p.date)),
          points.map((p) => (p.e1rmKg === null ? null : displayLoad(p.e1rmKg, unit))),
          points.map((p) => (p.topLoadKg === null ? null : displayLoad(p.topLoadKg, unit))),
        ];
        const axis = { stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
        plot = new UPlot(
          {
            width: Math.max(280, el.clientWidth),
            height: 240,
            series: [
              {},
              { label: `e1RM (${unit})`, stroke: accent, width: 2, points: { size: 7, fill: accent } },
              { label: `Top set (${unit})`, stroke: muted, width: 1.5, dash: [6, 4], points: { size: 5 } },
            ],
            axes: [axis, { ...axis, size: 50 }],
            scales: {
              // Fixed from the data: a lone session sits in the middle of a week, otherwise half a day of margin.
              x: { time: true, auto: false, range: xRange(data[0] as number[]) },
              // Loads start well above zero: frame them with some room above and below instead.
              y: { range: (_u, min, max) => [Math.max(0, Math.floor(min * 0.9)), Math.ceil(max * 1.06 + 1)] },
            },
            legend: { live: false },
          },
          data as unknown as [number[], ...Array<Array<number | null>>],
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
  }, [points, unit]);

  if (points.length === 0) return <p className="muted">No sessions logged yet.</p>;
  return (
    <figure className="chart">
      <div ref={box} className="chart__box" role="img" aria-label={label} data-testid="progress-chart" />
      {failed && <p className="field-error">The chart could not be drawn; the table below has the same numbers.</p>}
    </figure>
  );
}
