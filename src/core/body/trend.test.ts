import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import { dailyMeans, dailyTrendSeries, hackersDietTrend, leastSquaresSlope, rateAgainstGoal, TREND_WARMUP_DAYS, trendAlpha, weeklyTrendRateKg, weightTrend, type DayWeight } from './trend.js';

const day = (i: number) => addDays('2026-01-01', i);
const series = (kgs: Array<number | null>): DayWeight[] => kgs.flatMap((kg, i) => (kg === null ? [] : [{ date: day(i), kg }]));

describe("The Hacker's Diet worked example (science.md §4.1)", () => {
  it('#31 with the book’s one-decimal rounding: 173.3, 173.2, 173.0', () => {
    const sut = hackersDietTrend([171.5, 172, 171.5], { start: 173.5, decimals: 1 });
    expect(sut).toEqual([173.3, 173.2, 173.0]);
  });

  // science.md prints row 32 as 173.30, 173.17, 173.03, but the third step is 173.17 + (171.5 − 173.17)/10 = 173.003:
  // the printed 173.03 drops a zero (the rounded form, row 31, gives 173.0 as well).
  it('#32 without rounding: 173.30, 173.17, 173.003 (±0.005)', () => {
    const sut = hackersDietTrend([171.5, 172, 171.5], { start: 173.5 });
    [173.3, 173.17, 173.003].forEach((expected, i) => expect(Math.abs(sut[i]! - expected)).toBeLessThanOrEqual(0.005));
  });

  it('the published Nov 4 step: trend 173.2, weight 171.5 → increment −0.17 → −0.2 → 173.0', () => {
    expect(hackersDietTrend([171.5], { start: 173.2, decimals: 1 })).toEqual([173.0]);
  });

  it('starts the trend at the first weight when no start is given', () => {
    expect(hackersDietTrend([80, 81])).toEqual([80, 80.1]);
  });
});

describe('time-aware trend (science.md §4.3)', () => {
  it.each([
    [1, 0.1],
    [2, 0.19],
    [7, 1 - 0.9 ** 7],
  ])('α for a %i-day gap = %f', (gap, alpha) => {
    expect(trendAlpha(gap)).toBeCloseTo(alpha, 12);
  });

  it('equals the daily trend on consecutive days', () => {
    const kgs = [80, 80.6, 79.8, 80.2, 79.9];
    expect(weightTrend(series(kgs)).map((t) => t.trendKg)).toEqual(hackersDietTrend(kgs));
  });

  it('across a gap equals the daily update repeated with the new weight', () => {
    const sut = weightTrend(series([80, null, null, 77]));
    const daily = hackersDietTrend([80, 77, 77, 77]);
    expect(sut[1]!.trendKg).toBeCloseTo(daily[3]!, 12);
  });

  it('averages several weigh-ins on one day', () => {
    const sut = dailyMeans([
      { date: '2026-01-02', kg: 80 },
      { date: '2026-01-01', kg: 81 },
      { date: '2026-01-02', kg: 81 },
    ]);
    expect(sut).toEqual([
      { date: '2026-01-01', kg: 81 },
      { date: '2026-01-02', kg: 80.5 },
    ]);
  });

  it('forgets what came more than TREND_WARMUP_DAYS before: a truncated history gives the same trend', () => {
    const kgs = Array.from({ length: 400 }, (_, i) => 90 - i * 0.02 + (i % 3) * 0.4 + (i < 50 ? 5 : 0));
    const full = weightTrend(series(kgs));
    const cut = weightTrend(series(kgs).filter((d) => d.date >= addDays(day(399), -TREND_WARMUP_DAYS)));
    expect(Math.abs(cut.at(-1)!.trendKg - full.at(-1)!.trendKg)).toBeLessThan(1e-4);
  });

  it('fills every day for the chart: scale weight where weighed, trend drawn between', () => {
    const sut = dailyTrendSeries(series([null, 80, null, 80.4]), day(0), day(4));
    expect(sut.map((d) => d.date)).toEqual([day(1), day(2), day(3), day(4)]);
    expect(sut.map((d) => d.scaleKg)).toEqual([80, null, 80.4, null]);
    const t3 = 80 + trendAlpha(2) * 0.4;
    expect(sut[1]!.trendKg).toBeCloseTo((80 + t3) / 2, 12);
    expect(sut[3]!.trendKg).toBeCloseTo(t3, 12);
  });
});

describe('least squares and the weekly rate', () => {
  it('fits a line exactly', () => {
    const sut = leastSquaresSlope([0, 1, 2, 3].map((x) => ({ x, y: 80 - 0.1 * x })))!;
    expect(sut.slope).toBeCloseTo(-0.1, 12);
    expect(sut.intercept).toBeCloseTo(80, 12);
    expect(sut.standardError).toBeCloseTo(0, 12);
  });

  it('has no slope for a single point', () => {
    expect(leastSquaresSlope([{ x: 1, y: 1 }])).toBeNull();
  });

  it('reads −0.5 kg/week from a steady loss once the trend has caught up', () => {
    const kgs = Array.from({ length: 60 }, (_, i) => 90 - (0.5 / 7) * i);
    const sut = weeklyTrendRateKg(series(kgs), day(59));
    expect(sut).toBeCloseTo(-0.5, 2);
  });

  it('needs weigh-ins at least a week apart', () => {
    expect(weeklyTrendRateKg(series([80, 80.1, 80.2]), day(2))).toBeNull();
  });

  it.each([
    [-0.5, -0.5, 'on-track'],
    [-0.4, -0.5, 'on-track'],
    [-0.9, -0.5, 'faster'],
    [-0.2, -0.5, 'slower'],
    [0.3, -0.5, 'wrong-way'],
    [0.05, 0, 'on-track'],
    [-0.3, 0, 'drifting'],
    [0.2, 0.23, 'on-track'],
  ])('rate %f against goal %f is %s', (rate, goal, status) => {
    expect(rateAgainstGoal(rate, goal).status).toBe(status);
  });
});
