// The user's numbers a tip's condition reads: a plain snapshot for one as-of date, built by the app from
// the profile, the food diary, the workout log, the balance coach, the body log and sleep. A part the
// user has no data for is null, and every condition that needs it stays quiet.
import type { RateStatus } from '../body/trend.js';
import type { IsoDate } from '../dates.js';
import type { GoalDirection } from '../energy/macros.js';
import type { Sex } from '../energy/resting.js';
import type { MuscleId } from '../training/muscles.js';
import type { BalanceLift } from '../training/strength.js';
import type { UnitSystem } from '../units.js';

/** The person: sex, age, and body weight (the trend weight on the as-of date when weighed, else the profile's); kg. */
export interface TipPerson {
  sex: Sex;
  age: number;
  weightKg: number;
}

/** The goal in force (the budget the diary uses). */
export interface TipGoal {
  direction: GoalDirection;
  /** Signed goal rate, kg/week (negative for loss). */
  weeklyChangeKg: number;
  goalKcal: number;
  maintenanceKcal: number;
  floorApplied: boolean;
  floorKcal: number | null;
  /** The protein target of the macros, g/kg/day. */
  proteinTargetGPerKg: number;
  /** Codes of the goal's flags (rate-above-1pct, gain-above-lean, floor-applied, …). */
  flags: readonly string[];
}

/** Food over the last logged days before the as-of date (today is not over, so it is left out). */
export interface TipFood {
  /** Logged days (≥ 1 entry) among the 14 days before the as-of date. */
  loggedDaysLast14: number;
  /** Logged days the means are over: the last 7 within the 28 days before the as-of date. */
  days: number;
  meanKcal: number;
  meanProteinG: number;
  meanFatG: number;
  meanCarbsG: number;
  /** Mean fiber, g/day; null when fiber is unknown for more than a fifth of the energy (quick adds, bare entries). */
  meanFiberG: number | null;
  /** Fiber per 1,000 kcal of the entries whose fiber is known; null as meanFiberG. */
  fiberGPer1000Kcal: number | null;
  /** Share of the energy from entries without a fiber value (quick adds), 0–1. */
  unknownFiberShare: number;
  /** Share of the energy from entries that carry protein, fat or carbohydrate (a calories-only quick add carries none), 0–1. */
  macroKnownShare: number;
  /** Mean budget of those days: goal + exercise when the user adds it; null without a goal. */
  meanBudgetKcal: number | null;
  /** Days whose food exceeded that day's budget by more than 100 kcal. */
  daysOverBudget: number;
  /** Mean meals a day holding ≥ 0.4 g/kg of protein (Iraki 2019's per-meal dose); null without a body weight. */
  proteinMealsPerDay: number | null;
}

/** One of the big lifts' best estimated 1RM in the last 3 weeks against the 3 weeks before; kg. */
export interface TipLiftProgress {
  lift: BalanceLift;
  recentKg: number;
  earlierKg: number;
  /** Sessions of the lift in the 6 weeks. */
  sessions: number;
}

/** A lift off its usual ratio to the squat (the balance coach's strength check). */
export interface TipLiftRatio {
  lift: Exclude<BalanceLift, 'squat'>;
  e1rmKg: number;
  expectedKg: number;
  /** Percent above (+) or below (−) the expected e1RM. */
  percentOff: number;
  lagging: boolean;
  ahead: boolean;
}

/** Training over the balance coach's last 4 weeks, and recency; null when nothing was ever logged. */
export interface TipTraining {
  firstTrainedOn: IsoDate;
  /** Days from the first training day to the as-of date, both counted. */
  historyDays: number;
  /** Days the window covers (4 weeks, or fewer for a new log). */
  windowDays: number;
  /** Hard sets in the window, each counted once. */
  hardSets: number;
  /** Fractional hard sets per muscle per week (primary 1, secondary 0.5). */
  setsByMuscle: Readonly<Partial<Record<MuscleId, number>>>;
  /** Training days a week per muscle. */
  frequency: Readonly<Partial<Record<MuscleId, number>>>;
  upperSetsPerWeek: number;
  lowerSetsPerWeek: number;
  /** lower / (upper + lower); null without upper or lower sets. */
  lowerShare: number | null;
  pushSetsPerWeek: number;
  pullSetsPerWeek: number;
  pushPullRatio: number | null;
  /** Days since each region was last trained; null: never. */
  daysSinceLowerBody: number | null;
  daysSinceUpperBody: number | null;
  /** Days with a logged workout among the 7 ending on the as-of date. */
  trainingDaysLast7: number;
  /** The balance coach's flag codes. */
  flags: readonly string[];
  ratios: readonly TipLiftRatio[];
  lifts: readonly TipLiftProgress[];
}

/** Exercise energy of the last 7 days and whether the budget adds it. */
export interface TipExercise {
  inBudget: boolean;
  /** Net exercise kcal over the 7 days ending on the as-of date. */
  kcalLast7: number;
}

/** The body log: weigh-ins, the trend and its weekly rate against the goal. */
export interface TipBody {
  /** Days with a weigh-in among the 14 ending on the as-of date. */
  weighInDaysLast14: number;
  latest: { date: IsoDate; scaleKg: number; trendKg: number } | null;
  /** Least-squares slope of the trend over the last 14 days, kg/week; null with too few weigh-ins. */
  weeklyRateKg: number | null;
  rateStatus: RateStatus | null;
  /** Days since the first weigh-in on record (within the last 120 days read), or null. */
  daysSinceFirstWeighIn: number | null;
}

/** Expenditure learned from the logs, beside the formula's maintenance. */
export interface TipExpenditure {
  learnedKcal: number;
  formulaKcal: number;
  /** (learned − formula) / formula, e.g. 0.12. */
  differenceShare: number;
  /** Share of the estimate still from the formula prior, 0–1. */
  priorShare: number;
}

export interface TipSleep {
  /** Nights logged among the 7 ending on the as-of date. */
  nights: number;
  averageHours: number;
}

/** Everything a tip may read, for one user on one as-of date. */
export interface TipContext {
  asOf: IsoDate;
  units: UnitSystem;
  person: TipPerson | null;
  goal: TipGoal | null;
  food: TipFood | null;
  training: TipTraining | null;
  exercise: TipExercise | null;
  body: TipBody | null;
  expenditure: TipExpenditure | null;
  sleep: TipSleep | null;
}

/** A context with nothing known but the date and units: no tip fires on it. */
export function emptyTipContext(asOf: IsoDate, units: UnitSystem = 'metric'): TipContext {
  return { asOf, units, person: null, goal: null, food: null, training: null, exercise: null, body: null, expenditure: null, sleep: null };
}
