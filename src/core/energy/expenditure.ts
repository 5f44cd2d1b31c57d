import { addDays, daysBetween, type IsoDate } from '../dates.js';
import { ValidationError } from '../errors.js';
import { dailyMeans, leastSquaresSlope } from '../body/trend.js';
import { CALORIE_FLOOR_KCAL, dailyDeltaKcal, type GoalId } from './goal.js';
import { HALL_PARAMS } from './hall.js';
import type { Sex } from './resting.js';

// Learned expenditure (science.md §4.2–4.3, MacroFactor-style): what you ate minus what you stored.
//   expenditure = mean logged intake − (rate of change of the weight trend) × ρ
// How the estimate stays honest:
// - Missed days are left out, never counted as zero: the mean is over the days with a usable log, and
//   the weight change comes from the weigh-ins, which do not care whether you logged food.
// - Partial days are left out too: a day marked incomplete, or a day below 800 kcal (the ceiling of a
//   medically supervised very-low-calorie diet, so a logged day below it is almost always a half-logged
//   day), and today, which is not over yet (the caller ends the window yesterday).
// - No estimate from too little data: fewer than 14 days, under 80 % of days with a usable log
//   (science.md §4.3), or fewer than 6 weigh-ins spread over at least 10 days. A 1 kg swing of water over
//   one week reads as 1,100 kcal a day, so shorter spans say more about salt than about energy.
// - The rate of change is the least-squares slope of the day's weights over the window (the Hacker's
//   Diet fits a line to the trend; fitting the weights avoids the smoothing's start-up lag and gives a
//   standard error), with its error widened for day-to-day correlation of water weight.
// - The formula (Mifflin × activity) is a prior with a 15 % standard deviation; the two are blended by
//   inverse variance, so the prior fades as days accumulate and the band narrows.

/** Energy per kg of weight change used by the static rule and science.md §4.3: 7700 kcal/kg. */
export const KCAL_PER_KG_CHANGE = 7700;
/** Below this a logged day is treated as partial: the < 800 kcal/day definition of a very-low-calorie diet. */
export const MIN_PLAUSIBLE_INTAKE_KCAL = 800;
export const EXPENDITURE_WINDOW_DAYS = 28;
export const MIN_WINDOW_DAYS = 14;
export const MIN_INTAKE_COVERAGE = 0.8;
export const MIN_WEIGH_IN_DAYS = 6;
export const MIN_WEIGH_IN_SPAN_DAYS = 10;
/** Relative standard deviation given to the formula prior (Mifflin ±10 % for most adults, plus the activity guess). */
export const PRIOR_RELATIVE_SD = 0.15;
/** Uncertainty of the energy density of weight change, kcal/kg (7700 for fat-rich loss, ~5500 for lean people; Hall 2008). */
const ENERGY_DENSITY_SD = 1000;
/** 95 % two-sided normal quantile for the band. */
const Z95 = 1.96;
/** Learned and formula expenditure "disagree" beyond this share of the formula (product rule). */
export const DISAGREEMENT_SHARE = 0.1;

/** Expenditure = intake − change in stored energy per day (MacroFactor help centre, science.md §4.2, rows 33–34); kcal/day. */
export function expenditureFromBalance(intakeKcal: number, storedKcalPerDay: number): number {
  return intakeKcal - storedKcalPerDay;
}

/** TDEE = mean intake − (trend_end − trend_start)·ρ / N (science.md §4.3, row 35); kcal/day, kg, days, kcal/kg. */
export function adaptiveTdee(meanIntakeKcal: number, trendStartKg: number, trendEndKg: number, days: number, energyDensity = KCAL_PER_KG_CHANGE): number {
  if (!(days > 0)) throw ValidationError.field('days', 'must be more than zero');
  return expenditureFromBalance(meanIntakeKcal, ((trendEndKg - trendStartKg) * energyDensity) / days);
}

/** Energy density of weight change ρ(F) = (1 − p)·ρ_F + p·ρ_L, p = 10.4/(10.4 + F) (Hall 2008, Int J Obes 32:573; science.md §2.2, row 30); fat kg → kcal/kg. */
export function hallEnergyDensity(fatKg: number): number {
  const p = 10.4 / (10.4 + fatKg);
  return (1 - p) * HALL_PARAMS.rhoF + p * HALL_PARAMS.rhoL;
}

export interface IntakeDay {
  date: IsoDate;
  kcal: number;
  /** False when the person marked the day's log unfinished. */
  complete: boolean;
}

export type ExclusionReason = 'incomplete' | 'implausible';

export interface LearnExpenditureInput {
  /** Last day of the window, inclusive (yesterday: today is not over). */
  asOf: IsoDate;
  weighIns: ReadonlyArray<{ date: IsoDate; kg: number }>;
  intake: readonly IntakeDay[];
  /** Formula expenditure (resting × activity), kcal/day; null when there is no profile. */
  priorKcal: number | null;
  windowDays?: number;
  energyDensity?: number;
}

export interface ExpenditureEstimate {
  /** The blend of data and prior, kcal/day; null when there is too little data. */
  kcal: number | null;
  /** 95 % band of the blend, kcal/day. */
  lowKcal: number | null;
  highKcal: number | null;
  /** From the logs alone, kcal/day. */
  observedKcal: number | null;
  priorKcal: number | null;
  /** Share of the blend that still comes from the formula, 0–1. */
  priorShare: number | null;
  from: IsoDate;
  to: IsoDate;
  windowDays: number;
  intakeDays: number;
  excluded: Array<{ date: IsoDate; reason: ExclusionReason; kcal: number }>;
  missingDays: number;
  weighInDays: number;
  meanIntakeKcal: number | null;
  /** Weight change along the fitted line, kg/week. */
  trendRateKgPerWeek: number | null;
  /** Why there is no estimate (empty when there is one). */
  insufficient: string[];
}

/** Learned expenditure over a rolling window: mean usable intake − LS weight slope × ρ, blended with the formula prior by inverse variance (science.md §4.3; rules in the header); kcal/day. */
export function learnExpenditure(input: LearnExpenditureInput): ExpenditureEstimate {
  const windowDays = input.windowDays ?? EXPENDITURE_WINDOW_DAYS;
  const rho = input.energyDensity ?? KCAL_PER_KG_CHANGE;
  const weights = dailyMeans(input.weighIns.filter((w) => w.date <= input.asOf));
  const firstWeighIn = weights[0]?.date ?? input.asOf;
  const earliest = addDays(input.asOf, -(windowDays - 1));
  const from = firstWeighIn > earliest ? firstWeighIn : earliest;
  const to = input.asOf;
  const span = daysBetween(from, to) + 1;

  const excluded: ExpenditureEstimate['excluded'] = [];
  const usable: number[] = [];
  for (const d of input.intake) {
    if (d.date < from || d.date > to) continue;
    if (!d.complete) excluded.push({ date: d.date, reason: 'incomplete', kcal: d.kcal });
    else if (d.kcal < MIN_PLAUSIBLE_INTAKE_KCAL) excluded.push({ date: d.date, reason: 'implausible', kcal: d.kcal });
    else usable.push(d.kcal);
  }
  const inWindow = weights.filter((w) => w.date >= from);
  const weighInSpan = inWindow.length > 1 ? daysBetween(inWindow[0]!.date, inWindow[inWindow.length - 1]!.date) : 0;
  const meanIntake = usable.length > 0 ? usable.reduce((a, b) => a + b, 0) / usable.length : null;

  const insufficient: string[] = [];
  if (span < MIN_WINDOW_DAYS) {
    insufficient.push(
      `Only ${span} day${span === 1 ? '' : 's'} since your first weigh-in; the estimate needs ${MIN_WINDOW_DAYS}, because a 1 kg swing of water weight over a week would read as 1,100 kcal a day.`,
    );
  }
  if (usable.length < MIN_INTAKE_COVERAGE * span) {
    insufficient.push(
      `${usable.length} of ${span} days have a complete food log; the estimate needs ${Math.round(MIN_INTAKE_COVERAGE * 100)} % (${Math.ceil(MIN_INTAKE_COVERAGE * span)} days). Days you skipped are left out, never counted as zero.`,
    );
  }
  if (inWindow.length < MIN_WEIGH_IN_DAYS || weighInSpan < MIN_WEIGH_IN_SPAN_DAYS) {
    insufficient.push(
      `${inWindow.length} weigh-in day${inWindow.length === 1 ? '' : 's'} over ${weighInSpan} days; the estimate needs ${MIN_WEIGH_IN_DAYS} spread over at least ${MIN_WEIGH_IN_SPAN_DAYS} days to see the trend through day-to-day water swings.`,
    );
  }

  const fit = leastSquaresSlope(inWindow.map((w) => ({ x: daysBetween(from, w.date), y: w.kg })));
  const base: ExpenditureEstimate = {
    kcal: null,
    lowKcal: null,
    highKcal: null,
    observedKcal: null,
    priorKcal: input.priorKcal,
    priorShare: null,
    from,
    to,
    windowDays: span,
    intakeDays: usable.length,
    excluded,
    missingDays: span - usable.length - excluded.length,
    weighInDays: inWindow.length,
    meanIntakeKcal: meanIntake,
    trendRateKgPerWeek: fit ? fit.slope * 7 : null,
    insufficient,
  };
  if (insufficient.length > 0 || !fit || meanIntake === null) return base;

  const observed = expenditureFromBalance(meanIntake, fit.slope * rho);
  const observedSd = Math.sqrt((rho * slopeError(fit)) ** 2 + (ENERGY_DENSITY_SD * fit.slope) ** 2 + intakeError(usable, span) ** 2);
  let kcal = observed;
  let sd = observedSd;
  let priorShare = 0;
  if (input.priorKcal !== null) {
    const priorVar = (PRIOR_RELATIVE_SD * input.priorKcal) ** 2;
    const obsVar = observedSd ** 2;
    priorShare = obsVar / (obsVar + priorVar);
    kcal = priorShare * input.priorKcal + (1 - priorShare) * observed;
    sd = Math.sqrt((obsVar * priorVar) / (obsVar + priorVar));
  }
  return { ...base, kcal, observedKcal: observed, lowKcal: kcal - Z95 * sd, highKcal: kcal + Z95 * sd, priorShare };
}

/** Slope error widened for lag-1 autocorrelation of the residuals (water weight lingers for days), and with a residual floor of 0.25 kg. */
function slopeError(fit: NonNullable<ReturnType<typeof leastSquaresSlope>>): number {
  const r = fit.residuals;
  const n = r.length;
  const sse = r.reduce((s, e) => s + e * e, 0);
  let lag = 0;
  for (let i = 1; i < n; i++) lag += r[i]! * r[i - 1]!;
  const rho1 = sse > 0 ? Math.max(0, Math.min(0.9, lag / sse)) : 0;
  const inflation = Math.sqrt((1 + rho1) / (1 - rho1));
  const se = fit.standardError ?? 0;
  const residualSd = n > 2 ? Math.sqrt(sse / (n - 2)) : 0;
  // Scale the standard error up as if the residual spread were at least 0.25 kg.
  const floorScale = residualSd > 0 ? Math.max(1, 0.25 / residualSd) : 1;
  return se * inflation * floorScale;
}

/** Sampling error of the mean intake when only some days of the window are logged (finite-population correction). */
function intakeError(days: readonly number[], span: number): number {
  const n = days.length;
  if (n < 2) return 0;
  const mean = days.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(days.reduce((s, d) => s + (d - mean) ** 2, 0) / (n - 1));
  return (sd / Math.sqrt(n)) * Math.sqrt(Math.max(0, 1 - n / span));
}

/** Learned and formula expenditure side by side: difference and whether they disagree by more than 10 % of the formula (product rule); kcal/day. */
export function compareExpenditure(learnedKcal: number, formulaKcal: number): { differenceKcal: number; differenceShare: number; disagree: boolean } {
  const differenceKcal = learnedKcal - formulaKcal;
  const differenceShare = differenceKcal / formulaKcal;
  return { differenceKcal, differenceShare, disagree: Math.abs(differenceShare) > DISAGREEMENT_SHARE };
}

/** Calorie budget from an expenditure: TDEE ± 500 kcal per lb/week or 1100 per kg/week, floored at 1200 F / 1500 M for loss (science.md §2.1, §4.3); kcal/day. */
export function budgetFromExpenditure(tdeeKcal: number, goal: GoalId, sex: Sex): { goalKcal: number; floorApplied: boolean } {
  const raw = Math.floor(tdeeKcal + dailyDeltaKcal(goal) + 0.5);
  const floor = goal.startsWith('lose') ? CALORIE_FLOOR_KCAL[sex] : 0;
  return raw < floor ? { goalKcal: floor, floorApplied: true } : { goalKcal: raw, floorApplied: false };
}
