import { ValidationError } from '../errors.js';
import { KG_PER_LB } from '../units.js';
import { assertPal, hallBaseline, hallSteadyState, simulateHall, type HallBaseline, type HallPerson, type HallTrajectory } from './hall.js';

// Projections on top of the Hall model (science.md §3): a plan is a list of phases, each a step change
// of intake (relative to the baseline intake PAL·RMR₀) and, optionally, of activity (PAL). Every run is
// paired with the static 3,500-kcal-per-pound line (science.md §2.2) so the difference can be shown.

/** The static rule's energy per pound, 3500 kcal/lb (Wishnofsky 1958; MyFitnessPal; science.md §2.2); kcal/lb. */
export const KCAL_PER_LB_RULE = 3500;
/** Longest projection, days (ten years: long enough for the model to settle, science.md §3.2). */
export const MAX_PROJECTION_DAYS = 3650;

/** From `fromDay` on: intake changed by `intakeChangeKcal` from baseline, and activity at `pal` (default: unchanged). */
export interface PlanPhase {
  fromDay: number;
  intakeChangeKcal: number;
  pal?: number | undefined;
}

export interface ProjectionRun {
  baseline: HallBaseline;
  trajectory: HallTrajectory;
  /** The 3,500-kcal-per-lb line for the same plan, kg per day. */
  ruleWeightKg: Float64Array;
  /** Intake change and PAL in force on each day. */
  intakeChangeKcal: Float64Array;
  pal: Float64Array;
}

/** Weight by the static rule: W₀ + Σ(daily balance)/3500 lb, with an activity change counted as (PAL − PAL₀)·RMR₀ of extra burn (science.md §2.2, row 22); kg. */
export function ruleOfThumbWeightKg(weightKg: number, dailyBalanceKcal: ArrayLike<number>, days: number): Float64Array {
  const out = new Float64Array(days + 1);
  out[0] = weightKg;
  let stored = 0;
  for (let d = 1; d <= days; d++) {
    stored += dailyBalanceKcal[d - 1]!;
    out[d] = weightKg + (stored / KCAL_PER_LB_RULE) * KG_PER_LB;
  }
  return out;
}

function checkDays(days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > MAX_PROJECTION_DAYS) {
    throw ValidationError.field('days', `must be a whole number of days from 1 to ${MAX_PROJECTION_DAYS} (got ${days})`);
  }
}

/** Per-day intake change and PAL (day 0…days) from step phases; the first phase must start on day 0. */
export function phaseDrivers(phases: readonly PlanPhase[], days: number, basePal: number): { intakeChangeKcal: Float64Array; pal: Float64Array } {
  if (phases.length === 0) throw ValidationError.field('phases', 'give at least one phase');
  const sorted = [...phases].sort((a, b) => a.fromDay - b.fromDay);
  sorted.forEach((p, i) => {
    if (!Number.isInteger(p.fromDay) || p.fromDay < 0) throw ValidationError.field(`phases.${i}.fromDay`, 'must be a whole day ≥ 0');
    if (!Number.isFinite(p.intakeChangeKcal)) throw ValidationError.field(`phases.${i}.intakeChangeKcal`, 'must be a number of kcal');
    if (p.pal !== undefined) assertPal(p.pal, `phases.${i}.pal`);
  });
  if (sorted[0]!.fromDay !== 0) throw ValidationError.field('phases.0.fromDay', 'the first phase must start on day 0');
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.fromDay === sorted[i - 1]!.fromDay) throw ValidationError.field(`phases.${i}.fromDay`, `two phases start on day ${sorted[i]!.fromDay}`);
  }
  const intake = new Float64Array(days + 1);
  const pal = new Float64Array(days + 1);
  let k = 0;
  for (let d = 0; d <= days; d++) {
    while (k + 1 < sorted.length && sorted[k + 1]!.fromDay <= d) k++;
    intake[d] = sorted[k]!.intakeChangeKcal;
    pal[d] = sorted[k]!.pal ?? basePal;
  }
  return { intakeChangeKcal: intake, pal };
}

/** Runs a phased plan through the Hall model (science.md §3.3) next to the 3,500-kcal line; kg per day. */
export function projectPlan(
  person: HallPerson,
  phases: readonly PlanPhase[],
  days: number,
  opts: { correctGlycogenFlux?: boolean | undefined } = {},
): ProjectionRun {
  checkDays(days);
  return runPlan(hallBaseline(person), phases, days, opts);
}

/** Runs a phased plan from a baseline already computed (science.md §3.3); kg per day. */
export function runPlan(baseline: HallBaseline, phases: readonly PlanPhase[], days: number, opts: { correctGlycogenFlux?: boolean | undefined } = {}): ProjectionRun {
  checkDays(days);
  const drivers = phaseDrivers(phases, days, baseline.pal);
  for (let d = 0; d <= days; d++) {
    if (baseline.intakeKcal + drivers.intakeChangeKcal[d]! < 0) {
      throw ValidationError.field('intakeChangeKcal', `cuts intake below zero (baseline intake is ${Math.round(baseline.intakeKcal)} kcal/day)`);
    }
  }
  const trajectory = simulateHall(baseline, days, { ...drivers, correctGlycogenFlux: opts.correctGlycogenFlux });
  const balance = drivers.intakeChangeKcal.map((di, d) => di - (drivers.pal[d]! - baseline.pal) * baseline.rmrKcal);
  return { baseline, trajectory, ruleWeightKg: ruleOfThumbWeightKg(baseline.weightKg, balance, days), ...drivers };
}

/** First day the series reaches `targetKg` coming from its day-0 value, or null if it never does. */
export function dayReaching(weights: ArrayLike<number>, targetKg: number): number | null {
  const start = weights[0]!;
  const down = targetKg < start;
  for (let d = 0; d < weights.length; d++) {
    const w = weights[d]!;
    if (down ? w <= targetKg : w >= targetKg) return d;
  }
  return null;
}

/** First day the change from day 0 reaches `fraction` of the change at the last day (t½ at 0.5, t95 at 0.95; science.md §3.2); days, or null. */
export function daysToFraction(weights: ArrayLike<number>, fraction: number): number | null {
  const start = weights[0]!;
  const total = weights[weights.length - 1]! - start;
  if (total === 0) return null;
  for (let d = 0; d < weights.length; d++) {
    if ((weights[d]! - start) / total >= fraction) return d;
  }
  return null;
}

function bisect(f: (x: number) => number, lo: number, hi: number, tol = 1e-6): number {
  let a = lo;
  let b = hi;
  for (let i = 0; i < 100 && b - a > tol; i++) {
    const mid = 0.5 * (a + b);
    if (f(mid) > 0) b = mid;
    else a = mid;
  }
  return 0.5 * (a + b);
}

export interface IntakeSolution {
  /** Constant intake change from baseline that lands on the target on the last day, kcal/day. */
  intakeChangeKcal: number;
  /** False when even eating nothing (or twice the baseline) misses the target; the change is then the bound. */
  feasible: boolean;
}

/** Intake change that makes the Hall model weigh `targetKg` on day `days` at constant PAL, by bisection on ΔEI in [−EI₀, +2·EI₀]; kcal/day. */
export function solveIntakeChange(baseline: HallBaseline, targetKg: number, days: number, opts: { pal?: number; correctGlycogenFlux?: boolean } = {}): IntakeSolution {
  checkDays(days);
  const pal = opts.pal ?? baseline.pal;
  const palDays = new Float64Array(days + 1).fill(pal);
  const intake = new Float64Array(days + 1);
  const endWeight = (change: number) => {
    intake.fill(change);
    return simulateHall(baseline, days, { intakeChangeKcal: intake, pal: palDays, correctGlycogenFlux: opts.correctGlycogenFlux }).weightKg[days]!;
  };
  const lo = -baseline.intakeKcal;
  const hi = 2 * baseline.intakeKcal;
  if (endWeight(lo) > targetKg) return { intakeChangeKcal: lo, feasible: false };
  if (endWeight(hi) < targetKg) return { intakeChangeKcal: hi, feasible: false };
  return { intakeChangeKcal: bisect((x) => endWeight(x) - targetKg, lo, hi, 1e-4), feasible: true };
}

/** Intake change whose steady state (hallSteadyState) weighs `targetKg`: what holds the target once reached, by bisection; kcal/day. */
export function holdIntakeChange(baseline: HallBaseline, targetKg: number, opts: { pal?: number } = {}): number {
  const pal = opts.pal ?? baseline.pal;
  return bisect((x) => hallSteadyState(baseline, x, { pal }).weightKg - targetKg, -baseline.intakeKcal, 3 * baseline.intakeKcal, 1e-4);
}
