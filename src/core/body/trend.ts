import { addDays, daysBetween, type IsoDate } from '../dates.js';
import { roundTo } from '../rounding.js';

// The weight trend of The Hacker's Diet (John Walker, 1991–2005; science.md §4.1): an exponentially
// smoothed moving average with smoothing 0.1, so one salty dinner moves the trend by a tenth of the
// scale's jump. Days without a weigh-in use the time-aware α = 1 − 0.9^Δdays, which is exactly the
// classic update repeated Δ times toward the new weight.

/** The Hacker's Diet smoothing constant (science.md §4.1). */
export const TREND_ALPHA = 0.1;
/** Days of weigh-ins before a range that fix its trend: the start's weight in the trend is 0.9^120 ≈ 3·10⁻⁶. */
export const TREND_WARMUP_DAYS = 120;

/** One day's weight: the mean of that day's weigh-ins, kg. */
export interface DayWeight {
  date: IsoDate;
  kg: number;
}

export interface TrendDay {
  date: IsoDate;
  /** Mean scale weight of the day, or null on a day without a weigh-in. */
  scaleKg: number | null;
  /** The trend (days before the first weigh-in have none and are left out). */
  trendKg: number;
}

/** Hacker's Diet trend: T_t = T_{t−1} + 0.1·(W_t − T_{t−1}), T_0 = `start` or W_0; with `decimals`, the increment and trend are rounded as in the book's paper method (science.md §4.1, rows 31–32); same unit as the weights. */
export function hackersDietTrend(weights: readonly number[], opts: { start?: number; decimals?: number } = {}): number[] {
  const out: number[] = [];
  let trend = opts.start;
  for (const w of weights) {
    if (trend === undefined) {
      trend = w;
    } else {
      const increment = TREND_ALPHA * (w - trend);
      trend = opts.decimals === undefined ? trend + increment : roundTo(trend + roundTo(increment, opts.decimals), opts.decimals);
    }
    out.push(trend);
  }
  return out;
}

/** Time-aware smoothing factor α = 1 − 0.9^Δdays (science.md §4.3); Δ = 1 gives the classic 0.1. */
export function trendAlpha(gapDays: number): number {
  return 1 - (1 - TREND_ALPHA) ** gapDays;
}

/** Mean weight per day from weigh-ins in any order, sorted by date (several weigh-ins a day allowed); kg. */
export function dailyMeans(weighIns: ReadonlyArray<{ date: IsoDate; kg: number }>): DayWeight[] {
  const sums = new Map<IsoDate, { sum: number; n: number }>();
  for (const w of weighIns) {
    const s = sums.get(w.date) ?? { sum: 0, n: 0 };
    s.sum += w.kg;
    s.n += 1;
    sums.set(w.date, s);
  }
  return [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, s]) => ({ date, kg: s.sum / s.n }));
}

/** The trend at each weigh-in day, with α = 1 − 0.9^Δdays across gaps (science.md §4.3); input sorted by date, kg. */
export function weightTrend(days: readonly DayWeight[]): Array<DayWeight & { trendKg: number }> {
  const out: Array<DayWeight & { trendKg: number }> = [];
  let prev: { date: IsoDate; trendKg: number } | null = null;
  for (const d of days) {
    const trendKg: number = prev === null ? d.kg : prev.trendKg + trendAlpha(daysBetween(prev.date, d.date)) * (d.kg - prev.trendKg);
    out.push({ ...d, trendKg });
    prev = { date: d.date, trendKg };
  }
  return out;
}

/** Every day from `from` to `to` with its scale weight and trend; between weigh-ins the trend is drawn straight from one to the next, after the last it holds. */
export function dailyTrendSeries(days: readonly DayWeight[], from: IsoDate, to: IsoDate): TrendDay[] {
  const trend = weightTrend(days);
  const out: TrendDay[] = [];
  const span = daysBetween(from, to);
  let k = 0;
  for (let i = 0; i <= span; i++) {
    const date = addDays(from, i);
    while (k < trend.length && trend[k]!.date < date) k++;
    const here = trend[k]?.date === date ? trend[k]! : null;
    const before = here ?? (k > 0 ? trend[k - 1]! : null);
    if (!before) continue;
    let trendKg = before.trendKg;
    const next = here ? null : trend[k];
    if (!here && next) {
      const t = daysBetween(before.date, date) / daysBetween(before.date, next.date);
      trendKg = before.trendKg + t * (next.trendKg - before.trendKg);
    }
    out.push({ date, scaleKg: here ? here.kg : null, trendKg });
  }
  return out;
}

/** Least-squares slope of y over x (x in days), with its standard error; null with fewer than 2 distinct x. */
export function leastSquaresSlope(points: ReadonlyArray<{ x: number; y: number }>): { slope: number; intercept: number; standardError: number | null; residuals: number[] } | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const residuals = points.map((p) => p.y - (intercept + slope * p.x));
  const sse = residuals.reduce((s, r) => s + r * r, 0);
  return { slope, intercept, residuals, standardError: n > 2 ? Math.sqrt(sse / (n - 2) / sxx) : null };
}

/** Weekly rate of the trend: least-squares slope of the trend at weigh-in days over the last `windowDays` to `asOf`, × 7; kg/week, or null with under 2 weigh-ins a week apart. */
export function weeklyTrendRateKg(days: readonly DayWeight[], asOf: IsoDate, windowDays = 14): number | null {
  const from = addDays(asOf, -(windowDays - 1));
  const inWindow = weightTrend(days.filter((d) => d.date <= asOf)).filter((d) => d.date >= from);
  if (inWindow.length < 2 || daysBetween(inWindow[0]!.date, inWindow[inWindow.length - 1]!.date) < 7) return null;
  const fit = leastSquaresSlope(inWindow.map((d) => ({ x: daysBetween(from, d.date), y: d.trendKg })));
  return fit ? fit.slope * 7 : null;
}

/** How the trend moves against the goal; 'drifting' is a maintain goal's weight moving either way. */
export type RateStatus = 'on-track' | 'faster' | 'slower' | 'wrong-way' | 'drifting';

/** Compares the weekly trend rate with the goal's (kg/week, signed): on track within max(0.1 kg, 25 % of the goal's rate); a product rule. */
export function rateAgainstGoal(rateKg: number, goalKg: number): { status: RateStatus; differenceKg: number } {
  const differenceKg = rateKg - goalKg;
  const tolerance = Math.max(0.1, 0.25 * Math.abs(goalKg));
  if (Math.abs(differenceKg) <= tolerance) return { status: 'on-track', differenceKg };
  if (goalKg !== 0 && Math.sign(rateKg) === -Math.sign(goalKg)) return { status: 'wrong-way', differenceKg };
  if (goalKg === 0) return { status: 'drifting', differenceKg };
  return { status: Math.abs(rateKg) > Math.abs(goalKg) ? 'faster' : 'slower', differenceKg };
}
