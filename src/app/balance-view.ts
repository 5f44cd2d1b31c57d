// What the API, the CLI and the web page show of the balance coach: the core's numbers per week, rounded
// to 0.01 at this edge only (the verdict judged the unrounded ones).
import type { IsoDate } from '../core/dates.js';
import type { GoalDirection, Sex } from '../core/energy/index.js';
import { roundTo } from '../core/rounding.js';
import type { WeekVolume } from '../core/training/balance.js';
import type { MuscleId, Region } from '../core/training/muscles.js';
import type { BalanceLift, LiftBests, LiftRatio, PowerliftingScores, StrengthBalance } from '../core/training/strength.js';
import { BALANCE_LIFTS } from '../core/training/strength.js';
import type { BalanceAnalysis, BalanceFlag, Suggestion } from '../core/training/verdict.js';

/** The body weight the strength scores used and where it came from. */
export interface BodyWeightUsed {
  kg: number;
  source: 'body-log' | 'profile';
}

export interface BalanceWeek {
  weekStart: IsoDate;
  /** Days of the week counted (the current week up to `asOf`). */
  days: number;
  byMuscle: Record<MuscleId, number>;
  byRegion: Record<Region, number>;
}

export interface BalanceReport {
  asOf: IsoDate;
  weeks: number;
  windowStart: IsoDate;
  windowEnd: IsoDate;
  windowDays: number;
  goal: GoalDirection;
  /** Hard sets done in the window, each counted once. */
  hardSets: number;
  /** Fractional hard sets per muscle per week, averaged over the window. */
  setsByMuscle: Record<MuscleId, number>;
  /** Hard sets per region per week (each set shared among its prime movers' regions). */
  regionSets: Record<Region, number>;
  pushSets: number;
  pullSets: number;
  lowerShare: number | null;
  pushPullRatio: number | null;
  daysSinceLowerBody: number | null;
  /** Days since each region and muscle was last trained (a day with at least one hard set for it); null: never. */
  daysSince: { regions: Record<Region, number | null>; muscles: Record<MuscleId, number | null> };
  firstTrainedOn: IsoDate | null;
  /** Training days a week per muscle (days with at least one hard set for it). */
  frequency: Record<MuscleId, number>;
  /** The last SERIES_WEEKS ISO weeks, oldest first, for charts. */
  weekly: BalanceWeek[];
  strength: {
    sex: Sex | null;
    bodyWeight: BodyWeightUsed | null;
    /** Weeks the best e1RMs are taken from. */
    weeks: number;
    e1rmKg: Record<BalanceLift, number | null>;
    squatKg: number | null;
    ratios: LiftRatio[];
    scores: PowerliftingScores | null;
  };
  flags: BalanceFlag[];
  suggestions: Array<Omit<Suggestion, 'exercises'> & { exercises: Array<{ id: string; name: string }> }>;
}

const r2 = (x: number): number => roundTo(x, 2);
const r2n = (x: number | null): number | null => (x === null ? null : r2(x));
function round<K extends string>(record: Record<K, number>): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const key of Object.keys(record) as K[]) out[key] = r2(record[key]);
  return out;
}

/** The report from the verdict's analysis and the strength numbers, rounded to 0.01. */
export function balanceReportView(input: {
  asOf: IsoDate;
  weeks: number;
  goal: GoalDirection;
  analysis: BalanceAnalysis;
  series: readonly WeekVolume[];
  strength: { sex: Sex | null; bodyWeight: BodyWeightUsed | null; weeks: number; bests: LiftBests; ratios: StrengthBalance; scores: PowerliftingScores | null };
  flags: BalanceFlag[];
  suggestions: BalanceReport['suggestions'];
}): BalanceReport {
  const { window: w, recency } = input.analysis;
  const s = input.strength;
  return {
    asOf: input.asOf,
    weeks: input.weeks,
    windowStart: w.from,
    windowEnd: w.to,
    windowDays: w.days,
    goal: input.goal,
    hardSets: w.hardSets,
    setsByMuscle: round(w.perWeek.byMuscle),
    regionSets: round(w.perWeek.byRegion),
    pushSets: r2(w.perWeek.push),
    pullSets: r2(w.perWeek.pull),
    lowerShare: r2n(w.lowerShare),
    pushPullRatio: r2n(w.pushPullRatio),
    daysSinceLowerBody: recency.daysSinceRegion.lower,
    daysSince: { regions: recency.daysSinceRegion, muscles: recency.daysSinceMuscle },
    firstTrainedOn: recency.firstTrainedOn,
    frequency: round(w.daysPerWeekByMuscle),
    weekly: input.series.map((week) => ({ weekStart: week.weekStart, days: week.days, byMuscle: round(week.byMuscle), byRegion: round(week.byRegion) })),
    strength: {
      sex: s.sex,
      bodyWeight: s.bodyWeight ? { kg: r2(s.bodyWeight.kg), source: s.bodyWeight.source } : null,
      weeks: s.weeks,
      e1rmKg: Object.fromEntries(BALANCE_LIFTS.map((lift) => [lift, r2n(s.bests[lift] ?? null)])) as Record<BalanceLift, number | null>,
      squatKg: r2n(s.ratios.squatKg),
      ratios: s.ratios.lifts.map((l) => ({ ...l, e1rmKg: r2(l.e1rmKg), ratio: roundTo(l.ratio, 3), expectedKg: r2(l.expectedKg), percentOff: r2(l.percentOff) })),
      scores: s.scores
        ? { totalKg: r2(s.scores.totalKg), wilks: r2(s.scores.wilks), wilks2020: r2(s.scores.wilks2020), dots: r2(s.scores.dots), ipfGl: r2n(s.scores.ipfGl) }
        : null,
    },
    flags: input.flags,
    suggestions: input.suggestions,
  };
}
