import { useEffect, useRef, useState } from 'react';

export interface ChartSeries {
  label: string;
  values: ReadonlyArray<number | null>;
  /** A solid line, a dashed line, or dots only (scale weights). */
  style: 'line' | 'dashed' | 'points';
  /** A CSS colour variable of the theme, e.g. "--accent". */
  color: string;
}

interface LineChartProps {
  /** Seconds since the epoch (see chartTime). */
  times: readonly number[];
  series: readonly ChartSeries[];
  /** What the chart shows, for screen readers; the page also gives the numbers in text. */
  label: string;
  testId: string;
  height?: number;
}

type Plot = { destroy(): void; setSize(s: { width: number; height: number }): void };

/** A time chart drawn with uPlot, loaded only when a chart is shown; colours follow the theme (light or dark). */
export function LineChart({ times, series, label, testId, height = 260 }: LineChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el || times.length === 0) return;
    let plot: Plot | null = null;
    let cancelled = false;
    const css = getComputedStyle(el);
    const color = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    const muted = color('--muted', '#4d5550');
    const grid = color('--border', '#c4cbc5');
    const size = () => ({ width: Math.max(260, el.clientWidth), height });
    import('./uplot-loader.js')
      .then(({ default: UPlot }) => {
        if (cancelled) return;
        const axis = { stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
        plot = new UPlot(
          {
            ...size(),
            series: [
              {},
              ...series.map((s) => {
                const c = color(s.color, '#1f6f43');
                if (s.style === 'points') return { label: s.label, stroke: c, width: 0, paths: () => null, points: { show: true, size: 5, fill: c, stroke: c } };
                return { label: s.label, stroke: c, width: s.style === 'dashed' ? 1.5 : 2.5, dash: s.style === 'dashed' ? [6, 4] : undefined, points: { show: false }, spanGaps: true };
              }),
            ],
            axes: [axis, { ...axis, size: 56 }],
            scales: { x: { time: true }, y: { range: (_u: unknown, min: number, max: number) => [Math.floor(min - 0.5), Math.ceil(max + 0.5)] } },
            legend: { live: false },
            cursor: { drag: { x: false, y: false } },
          },
          [times as number[], ...series.map((s) => s.values as Array<number | null>)] as unknown as [number[], ...Array<Array<number | null>>],
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
  }, [times, series, height]);

  return (
    <figure className="chart">
      <div ref={box} className="chart__box body-chart" role="img" aria-label={label} data-testid={testId} />
      {failed && <p className="field-error">The chart could not be drawn; the numbers are in the text.</p>}
    </figure>
  );
}
