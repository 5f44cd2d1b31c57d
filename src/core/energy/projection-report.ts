import { addDays, type IsoDate } from '../dates.js';
import { ValidationError } from '../errors.js';
import { roundHalfUp, roundTo } from '../rounding.js';
import { formatWeight, type UnitSystem } from '../units.js';
import { groupThousands } from './goal.js';
import { hallBaseline, hallSteadyState, type HallPerson } from './hall.js';
import { dayReaching, holdIntakeChange, runPlan, solveIntakeChange, type PlanPhase } from './projection.js';

// A projection as people read it: the daily series of the Hall model beside the 3,500-kcal line, and
// the sentences "at this intake you reach X on D" and "to reach X by D eat Y, then Z to hold it".
// Intakes here are absolute kcal/day; the model works in changes from its baseline intake PAL·RMR₀.

/** One phase of a plan as a person states it: from this day on, eat this much (or this much more/less), at this activity level. */
export interface ReportPhase {
  fromDay: number;
  intakeKcal?: number | undefined;
  intakeChangeKcal?: number | undefined;
  pal?: number | undefined;
}

export interface ReportRequest {
  person: HallPerson;
  days: number;
  startDate: IsoDate;
  /** The plan's phases; with `targetKg` and no phases, the intake is solved for. */
  phases?: readonly ReportPhase[] | undefined;
  /** A goal weight: with phases, when it is reached; without, the intake that reaches it on the last day and the one that holds it. */
  targetKg?: number | undefined;
  units?: UnitSystem | undefined;
}

export interface ReportDay {
  day: number;
  date: IsoDate;
  weightKg: number;
  fatKg: number;
  leanKg: number;
  ruleWeightKg: number;
  intakeKcal: number;
}

export interface ProjectionReport {
  startDate: IsoDate;
  days: number;
  baseline: { weightKg: number; fatKg: number; leanKg: number; rmrKcal: number; intakeKcal: number; pal: number };
  series: ReportDay[];
  final: ReportDay;
  /** Where the last phase settles if kept up for good (the model's steady state), kg. */
  eventualWeightKg: number;
  /** First day with half of the way to the eventual weight behind, or null (no change, or not within the run). */
  halfDays: number | null;
  target: {
    weightKg: number;
    /** Day and date the model (and the 3,500-kcal line) first reaches it, if within the run. */
    reachDay: number | null;
    reachDate: IsoDate | null;
    ruleReachDay: number | null;
    /** The solved plan: eat this until the last day, then this to hold it. */
    intakeKcal: number | null;
    holdIntakeKcal: number | null;
    feasible: boolean;
  } | null;
  statements: string[];
}

const r3 = (x: number) => roundTo(x, 3);

/** First day the weight has covered half of the way from day 0 to `eventualKg`, or null. */
function halfwayDay(weights: ArrayLike<number>, eventualKg: number): number | null {
  const start = weights[0]!;
  const total = eventualKg - start;
  if (Math.abs(total) < 1e-9) return null;
  for (let d = 0; d < weights.length; d++) if ((weights[d]! - start) / total >= 0.5) return d;
  return null;
}

/** Turns absolute or relative phase intakes into model phases (changes from EI₀); the first phase must start on day 0. */
export function toPlanPhases(phases: readonly ReportPhase[], baselineIntakeKcal: number): PlanPhase[] {
  return phases.map((p, i) => {
    if (p.intakeKcal !== undefined && p.intakeChangeKcal !== undefined) {
      throw ValidationError.field(`phases.${i}.intakeKcal`, 'give intakeKcal or intakeChangeKcal, not both');
    }
    const change = p.intakeKcal !== undefined ? p.intakeKcal - baselineIntakeKcal : (p.intakeChangeKcal ?? 0);
    return { fromDay: p.fromDay, intakeChangeKcal: change, pal: p.pal };
  });
}

/** Runs a request through the Hall model (science.md §3) and words the result; kg, kcal/day, one row per day 0…days. */
export function projectionReport(req: ReportRequest): ProjectionReport {
  const baseline = hallBaseline(req.person);
  const units = req.units ?? 'metric';
  const w = (kg: number) => formatWeight(kg, units);
  const dateOf = (d: number) => addDays(req.startDate, d);
  let phases: PlanPhase[];
  let solved: { intakeKcal: number; holdIntakeKcal: number; feasible: boolean } | null = null;
  if (req.phases && req.phases.length > 0) {
    phases = toPlanPhases(req.phases, baseline.intakeKcal);
  } else if (req.targetKg !== undefined) {
    const solution = solveIntakeChange(baseline, req.targetKg, req.days);
    const hold = holdIntakeChange(baseline, req.targetKg);
    solved = { intakeKcal: baseline.intakeKcal + solution.intakeChangeKcal, holdIntakeKcal: baseline.intakeKcal + hold, feasible: solution.feasible };
    phases = [{ fromDay: 0, intakeChangeKcal: solution.intakeChangeKcal }];
  } else {
    throw ValidationError.field('phases', 'give an intake (phases) or a target weight');
  }
  const run = runPlan(baseline, phases, req.days);
  const t = run.trajectory;
  const series: ReportDay[] = [];
  for (let d = 0; d <= req.days; d++) {
    series.push({
      day: d,
      date: dateOf(d),
      weightKg: r3(t.weightKg[d]!),
      fatKg: r3(t.fatKg[d]!),
      leanKg: r3(t.leanKg[d]!),
      ruleWeightKg: r3(run.ruleWeightKg[d]!),
      intakeKcal: roundHalfUp(t.intakeKcal[d]!),
    });
  }
  const final = series[req.days]!;
  const last = phases.reduce((a, b) => (b.fromDay > a.fromDay ? b : a));
  const eventualWeightKg = r3(hallSteadyState(baseline, last.intakeChangeKcal, { pal: last.pal ?? baseline.pal }).weightKg);
  const halfDays = halfwayDay(t.weightKg, eventualWeightKg);

  const statements: string[] = [];
  let target: ProjectionReport['target'] = null;
  if (req.targetKg !== undefined) {
    const reachDay = dayReaching(t.weightKg, req.targetKg);
    const ruleReachDay = dayReaching(run.ruleWeightKg, req.targetKg);
    target = {
      weightKg: req.targetKg,
      reachDay,
      reachDate: reachDay === null ? null : dateOf(reachDay),
      ruleReachDay,
      intakeKcal: solved ? roundHalfUp(solved.intakeKcal) : null,
      holdIntakeKcal: solved ? roundHalfUp(solved.holdIntakeKcal) : null,
      feasible: solved ? solved.feasible : reachDay !== null,
    };
    if (solved) {
      statements.push(
        solved.feasible
          ? `To reach ${w(req.targetKg)} by ${dateOf(req.days)}, eat ${groupThousands(solved.intakeKcal)} kcal a day, then ${groupThousands(solved.holdIntakeKcal)} kcal a day to hold it.`
          : `${w(req.targetKg)} by ${dateOf(req.days)} is out of reach at any intake the model allows; choose a later date.`,
      );
    } else if (reachDay !== null) {
      const rule = ruleReachDay === null ? 'the 3,500-kcal rule never gets there in this run' : `the 3,500-kcal rule says ${dateOf(ruleReachDay)}`;
      statements.push(`At this intake you reach ${w(req.targetKg)} on ${dateOf(reachDay)} (day ${reachDay}); ${rule}.`);
    } else {
      statements.push(`At this intake you do not reach ${w(req.targetKg)} within ${req.days} days; the model settles near ${w(eventualWeightKg)}.`);
    }
  }
  const df = final.fatKg - series[0]!.fatKg;
  const dl = final.leanKg - series[0]!.leanKg;
  const signed = (kg: number) => `${kg >= 0 ? '+' : '−'}${w(Math.abs(kg))}`;
  statements.push(
    `On ${final.date} (day ${req.days}) the model says ${w(final.weightKg)} (fat ${signed(df)}, lean ${signed(dl)}); the 3,500-kcal rule says ${w(final.ruleWeightKg)}.`,
  );
  if (solved?.feasible) {
    statements.push(
      `Stay at ${groupThousands(solved.intakeKcal)} kcal for good and you would settle near ${w(eventualWeightKg)}, which is why the intake rises to ${groupThousands(solved.holdIntakeKcal)} once you are there.`,
    );
  } else if (Math.abs(eventualWeightKg - baseline.weightKg) >= 0.1) {
    const half = halfDays !== null ? `half of the way by day ${halfDays}` : `less than half of the way within ${req.days} days`;
    statements.push(`Kept up for good, the last phase settles near ${w(eventualWeightKg)}: ${half}. The 3,500-kcal rule never levels off.`);
  }
  return {
    startDate: req.startDate,
    days: req.days,
    baseline: {
      weightKg: baseline.weightKg,
      fatKg: r3(baseline.fatKg),
      leanKg: r3(baseline.leanKg),
      rmrKcal: roundHalfUp(baseline.rmrKcal),
      intakeKcal: roundHalfUp(baseline.intakeKcal),
      pal: baseline.pal,
    },
    series,
    final,
    eventualWeightKg,
    halfDays,
    target,
    statements,
  };
}
