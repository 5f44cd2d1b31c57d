import { useEffect, useRef, useState } from 'react';

export interface WeeklySeries {
  label: string;
  values: readonly number[];
  /** A CSS colour variable of the theme ("--accent") or a colour. */
  color: string;
  dashed?: boolean;
}

type Plot = { destroy(): void; setSize(s: { width: number; height: number }): void };

/** Seconds since the epoch of a local date at noon UTC: uPlot's time axis. */
const toTime = (date: string) => Date.parse(`${date}T12:00:00Z`) / 1000;
const DAY = 86_400;

/**
 * Hard sets per ISO week as lines with a dot per week, drawn with uPlot, which is loaded only when a chart
 * is shown. The numbers are also in the page's table, for screen readers and for when the chart fails.
 */
export function WeeklyChart({ weeks, series, label, testId, height = 220 }: { weeks: readonly string[]; series: readonly WeeklySeries[]; label: string; testId: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el || weeks.length === 0) return;
    let plot: Plot | null = null;
    let cancelled = false;
    const css = getComputedStyle(el);
    const color = (c: string) => (c.startsWith('--') ? css.getPropertyValue(c).trim() || '#1f6f43' : c);
    const muted = color('--muted');
    const grid = color('--border');
    const size = () => ({ width: Math.max(260, el.clientWidth), height });
    const times = weeks.map(toTime);
    const max = Math.max(1, ...series.flatMap((s) => s.values));
    import('./uplot-loader.js')
      .then(({ default: UPlot }) => {
        if (cancelled) return;
        const axis = { stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
        plot = new UPlot(
          {
            ...size(),
            series: [
              {},
              ...series.map((s) => ({
                label: s.label,
                stroke: color(s.color),
                width: s.dashed ? 1.5 : 2.5,
                dash: s.dashed ? [6, 4] : undefined,
                points: { show: !s.dashed, size: 6, fill: color(s.color) },
              })),
            ],
            axes: [
              {
                ...axis,
                // One tick per week start (every second or third on a narrow screen), labelled like "Nov 30".
                splits: () => {
                  const step = el.clientWidth < 420 ? 3 : el.clientWidth < 700 ? 2 : 1;
                  return times.filter((_, i) => (times.length - 1 - i) % step === 0);
                },
                values: (_u: unknown, ticks: number[]) => ticks.map((t) => new Date(t * 1000).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' })),
              },
              { ...axis, size: 44, label: 'hard sets' },
            ],
            scales: { x: { time: true, auto: false, range: [times[0]! - 3 * DAY, times[times.length - 1]! + 3 * DAY] }, y: { auto: false, range: [0, Math.ceil(max * 1.1 + 1)] } },
            legend: { live: false },
            cursor: { drag: { x: false, y: false } },
          },
          [times, ...series.map((s) => [...s.values])] as unknown as [number[], ...number[][]],
          el,
        );
      })
      .catch(() => setFailed(true));
    const resize = () => plot?.setSize(size());
    window.addEventListener('resize', resize);
    return () => {
      cancelled = true;
      window.removeEventListener('resize', resize);
      plot?.destroy();
    };
  }, [weeks, series, height]);

  return (
    <figure className="chart">
      <div ref={box} className="chart__box" role="img" aria-label={label} data-testid={testId} />
      {failed && <p className="field-error">The chart could not be drawn; the table has the same numbers.</p>}
    </figure>
  );
}
