import { ValidationError } from '../errors.js';
import { roundHalfUp, roundTo } from '../rounding.js';
import { KG_PER_LB, formatWeight, kgToLb } from '../units.js';
import { activityLevelInfo } from './activity.js';
import type { ActivityLevel } from './activity.js';
import { macrosForGoal } from './macros.js';
import type { GoalDirection, Macros } from './macros.js';
import { leanMassKg, restingEnergy, restingFormulaInfo } from './resting.js';
import type { RestingFormula, Sex } from './resting.js';

/** The nine MyPlate goals, in lb/week. */
export const IMPERIAL_GOAL_IDS = ['lose-2', 'lose-1.5', 'lose-1', 'lose-0.5', 'maintain', 'gain-0.5', 'gain-1', 'gain-1.5', 'gain-2'] as const;
/** Their metric twins in kg/week, plus maintain. */
export const METRIC_GOAL_IDS = [
  'lose-1kg',
  'lose-0.75kg',
  'lose-0.5kg',
  'lose-0.25kg',
  'maintain',
  'gain-0.25kg',
  'gain-0.5kg',
  'gain-0.75kg',
  'gain-1kg',
] as const;

export type GoalId = (typeof IMPERIAL_GOAL_IDS)[number] | (typeof METRIC_GOAL_IDS)[number];

export interface GoalInfo {
  id: GoalId;
  label: string;
  /** Signed target change, kg/week (negative for loss). */
  weeklyChangeKg: number;
  unit: 'lb' | 'kg';
  /** Unsigned rate in `unit` per week. */
  ratePerWeek: number;
  direction: GoalDirection;
}

/** 3500 kcal per lb ÷ 7 days: daily kcal per lb/week (MyFitnessPal / MyNetDiary rule, science.md §2.1). */
export const KCAL_PER_DAY_PER_LB_WEEK = 500;
/** 7700 kcal per kg ÷ 7 days: daily kcal per kg/week (science.md §2.1). */
export const KCAL_PER_DAY_PER_KG_WEEK = 1100;
/** Lowest budget set for a loss goal, kcal/day (MyFitnessPal convention, not science; science.md §2.1). */
export const CALORIE_FLOOR_KCAL: Readonly<Record<Sex, number>> = { female: 1200, male: 1500 };

function makeGoal(direction: GoalDirection, ratePerWeek: number, unit: 'lb' | 'kg'): GoalInfo {
  if (direction === 'maintain') {
    return { id: 'maintain', label: 'Maintain weight', weeklyChangeKg: 0, unit, ratePerWeek: 0, direction };
  }
  const id = `${direction}-${ratePerWeek}${unit === 'kg' ? 'kg' : ''}` as GoalId;
  const sign = direction === 'lose' ? -1 : 1;
  const perWeekKg = unit === 'lb' ? ratePerWeek * KG_PER_LB : ratePerWeek;
  const verb = direction === 'lose' ? 'Lose' : 'Gain';
  return { id, label: `${verb} ${ratePerWeek} ${unit} per week`, weeklyChangeKg: sign * perWeekKg, unit, ratePerWeek, direction };
}

/** Every goal: the nine imperial (lb/week) goals, then the eight metric (kg/week) twins, each from loss to gain. */
export const GOALS: readonly GoalInfo[] = [
  makeGoal('lose', 2, 'lb'),
  makeGoal('lose', 1.5, 'lb'),
  makeGoal('lose', 1, 'lb'),
  makeGoal('lose', 0.5, 'lb'),
  makeGoal('maintain', 0, 'lb'),
  makeGoal('gain', 0.5, 'lb'),
  makeGoal('gain', 1, 'lb'),
  makeGoal('gain', 1.5, 'lb'),
  makeGoal('gain', 2, 'lb'),
  makeGoal('lose', 1, 'kg'),
  makeGoal('lose', 0.75, 'kg'),
  makeGoal('lose', 0.5, 'kg'),
  makeGoal('lose', 0.25, 'kg'),
  makeGoal('gain', 0.25, 'kg'),
  makeGoal('gain', 0.5, 'kg'),
  makeGoal('gain', 0.75, 'kg'),
  makeGoal('gain', 1, 'kg'),
];

export type GoalFlagCode = 'rate-above-1pct' | 'gain-above-lean' | 'floor-applied' | 'macros-exceed-budget';

export interface GoalFlag {
  code: GoalFlagCode;
  severity: 'info' | 'warning';
  message: string;
}

export interface GoalInput {
  sex: Sex;
  age: number;
  heightCm: number;
  weightKg: number;
  activity: ActivityLevel;
  goal: GoalId;
  /** Resting-energy formula; default 'mifflin'. */
  formula?: RestingFormula;
  bodyFatPct?: number | null;
  proteinGPerKg?: number | null;
}

export interface GoalResult {
  formula: RestingFormula;
  bmrKcal: number;
  maintenanceKcal: number;
  goalKcal: number;
  rawGoalKcal: number;
  dailyDeltaKcal: number;
  weeklyChangeKg: number;
  floorApplied: boolean;
  /** The floor guarding a loss goal (1200 women, 1500 men); null for maintain and gain goals. */
  floorKcal: number | null;
  activityFactor: number;
  macros: Macros;
  flags: GoalFlag[];
  explanation: string[];
}

/** Metadata of one goal (GOALS); throws ValidationError on "goal" for an unknown id. */
export function goalInfo(id: GoalId): GoalInfo {
  const info = GOALS.find((g) => g.id === id);
  if (!info) throw ValidationError.field('goal', `unknown goal ${JSON.stringify(id)}; use one of ${GOALS.map((g) => g.id).join(', ')}`);
  return info;
}

/** Signed daily kcal change for a goal: ±500 per lb/week (3500 kcal/lb) or ±1100 per kg/week (7700 kcal/kg) (science.md §2.1); kcal/day. */
export function dailyDeltaKcal(goal: GoalId): number {
  const g = goalInfo(goal);
  if (g.direction === 'maintain') return 0;
  const perUnit = g.unit === 'lb' ? KCAL_PER_DAY_PER_LB_WEEK : KCAL_PER_DAY_PER_KG_WEEK;
  return (g.direction === 'lose' ? -1 : 1) * g.ratePerWeek * perUnit;
}

/** Lean-gain band 0.25–0.5 % of body weight per week (Iraki et al. 2019, Sports 7:154); kg → kg/week. */
export function leanGainRangeKg(weightKg: number): { minKg: number; maxKg: number } {
  return { minKg: weightKg * 0.0025, maxKg: weightKg * 0.005 };
}

/** Groups an integer's digits by thousands with commas ("1,780"), rounded half up; locale-independent. */
export function groupThousands(n: number): string {
  const r = roundHalfUp(n);
  const digits = String(Math.abs(r)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return r < 0 ? `-${digits}` : digits;
}

/** A mass per week in the goal's unit: kg to 2 decimals, lb to 1 decimal. */
function massIn(kg: number, unit: 'lb' | 'kg'): string {
  return unit === 'kg' ? `${roundTo(kg, 2).toFixed(2)} kg` : `${roundTo(kgToLb(kg), 1).toFixed(1)} lb`;
}

function rateFlag(goal: GoalInfo, weightKg: number, bodyWeight: string): GoalFlag | null {
  const onePct = weightKg * 0.01;
  if (Math.abs(goal.weeklyChangeKg) <= onePct) return null;
  const rate = `${goal.ratePerWeek} ${goal.unit} a week`;
  const why =
    goal.direction === 'lose'
      ? 'Losing faster than about 1% a week costs more lean mass (muscle), not just fat; a slower rate keeps more of it.'
      : 'Gaining faster than that adds mostly fat, not muscle.';
  return {
    code: 'rate-above-1pct',
    severity: 'warning',
    message: `${goal.direction === 'lose' ? 'Losing' : 'Gaining'} ${rate} is more than 1% of your body weight (${massIn(onePct, goal.unit)} a week at ${bodyWeight}). ${why}`,
  };
}

function leanFlag(goal: GoalInfo, weightKg: number, bodyWeight: string): GoalFlag | null {
  const { minKg, maxKg } = leanGainRangeKg(weightKg);
  if (goal.direction !== 'gain' || goal.weeklyChangeKg <= maxKg) return null;
  const kgRange = `${roundTo(minKg, 2).toFixed(2)}–${roundTo(maxKg, 2).toFixed(2)} kg`;
  const lbRange = `${roundTo(kgToLb(minKg), 1).toFixed(1)}–${roundTo(kgToLb(maxKg), 1).toFixed(1)} lb`;
  const range = goal.unit === 'lb' ? `${kgRange} (${lbRange})` : kgRange;
  return {
    code: 'gain-above-lean',
    severity: 'info',
    message:
      `Gaining ${goal.ratePerWeek} ${goal.unit} a week is faster than lean gain: about 0.25–0.5% of body weight a week ` +
      `(Iraki et al. 2019), which is ${range} a week at ${bodyWeight}. Above that, more of the gain is fat.`,
  };
}

function floorFlag(goal: GoalInfo, sex: Sex, rawGoalKcal: number, floorKcal: number, maintenance: number): GoalFlag {
  const perUnit = goal.unit === 'lb' ? KCAL_PER_DAY_PER_LB_WEEK : KCAL_PER_DAY_PER_KG_WEEK;
  const expected = (maintenance - floorKcal) / perUnit;
  const outlook =
    expected > 0
      ? `At that budget expect about ${roundTo(expected, goal.unit === 'lb' ? 1 : 2)} ${goal.unit} a week, not ${goal.ratePerWeek}.`
      : `That is at or above your estimated maintenance (${groupThousands(maintenance)} kcal/day), so expect little or no loss from eating less alone.`;
  return {
    code: 'floor-applied',
    severity: 'warning',
    message:
      `Losing ${goal.ratePerWeek} ${goal.unit} a week would mean ${groupThousands(rawGoalKcal)} kcal/day, below the ` +
      `${groupThousands(floorKcal)} kcal/day minimum we set for ${sex === 'female' ? 'women' : 'men'}, so your goal is ` +
      `${groupThousands(floorKcal)} kcal/day. ${outlook}`,
  };
}

function macrosFlag(m: Macros, goalKcal: number): GoalFlag {
  return {
    code: 'macros-exceed-budget',
    severity: 'warning',
    message:
      `Protein (${m.proteinG} g) and fat (${m.fatG} g) alone come to ${groupThousands(m.proteinKcal + m.fatKcal)} kcal, ` +
      `more than the ${groupThousands(goalKcal)} kcal budget, so carbs are set to 0 g. Lower the protein target or choose a slower rate.`,
  };
}

/** Daily calorie goal: BMR × activity ± 500 kcal per lb/week or 1100 per kg/week, floored at 1200 F / 1500 M for loss (MyFitnessPal model, science.md §2.1), with macros and flags; kcal/day. */
export function computeGoal(input: GoalInput): GoalResult {
  const goal = goalInfo(input.goal);
  const activity = activityLevelInfo(input.activity);
  const formula = input.formula ?? 'mifflin';
  const formulaInfo = restingFormulaInfo(formula);
  const bmr = restingEnergy(input, formula);
  const maintenance = bmr * activity.factor;
  const delta = dailyDeltaKcal(goal.id);
  const rawGoalKcal = roundHalfUp(maintenance + delta);
  const floorKcal = goal.direction === 'lose' ? CALORIE_FLOOR_KCAL[input.sex] : null;
  const floorApplied = floorKcal !== null && rawGoalKcal < floorKcal;
  const goalKcal = floorApplied && floorKcal !== null ? floorKcal : rawGoalKcal;
  const { exceedsBudget, ...macros } = macrosForGoal({
    goalKcal,
    weightKg: input.weightKg,
    direction: goal.direction,
    proteinGPerKg: input.proteinGPerKg,
  });

  const bodyWeight = formatWeight(input.weightKg, goal.unit === 'lb' ? 'imperial' : 'metric');
  const flags: GoalFlag[] = [];
  if (floorApplied && floorKcal !== null) flags.push(floorFlag(goal, input.sex, rawGoalKcal, floorKcal, maintenance));
  const rate = rateFlag(goal, input.weightKg, bodyWeight);
  if (rate) flags.push(rate);
  const lean = leanFlag(goal, input.weightKg, bodyWeight);
  if (lean) flags.push(lean);
  if (exceedsBudget) flags.push(macrosFlag(macros, goalKcal));

  const bmrKcal = roundHalfUp(bmr);
  const maintenanceKcal = roundHalfUp(maintenance);
  const leanMass =
    formulaInfo.needsBodyFat && input.bodyFatPct != null
      ? `, ${roundTo(leanMassKg(input.weightKg, input.bodyFatPct), 1)} kg lean mass`
      : '';
  const explanation = [
    `Resting energy (${formulaInfo.label}${leanMass}): ${groupThousands(bmrKcal)} kcal/day`,
    `× ${activity.factor} for ${activity.label.toLowerCase()} = ${groupThousands(maintenanceKcal)} kcal to maintain`,
  ];
  if (goal.direction === 'maintain') {
    explanation.push(`No change to maintain weight: ${groupThousands(goalKcal)} kcal/day`);
  } else {
    const sign = delta < 0 ? '−' : '+';
    explanation.push(`${sign} ${groupThousands(Math.abs(delta))} kcal for ${goal.ratePerWeek} ${goal.unit}/week = ${groupThousands(rawGoalKcal)} kcal/day`);
  }
  if (floorApplied && floorKcal !== null) {
    explanation.push(`Raised to ${groupThousands(floorKcal)} kcal/day, the lowest goal we set for ${input.sex === 'female' ? 'women' : 'men'}`);
  }
  explanation.push(
    `Protein ${macros.proteinGPerKg} g/kg × ${roundTo(input.weightKg, 1)} kg = ${macros.proteinG} g; ` +
      `fat ${macros.fatPct}% of energy = ${macros.fatG} g; carbs the rest = ${macros.carbsG} g`,
  );
  if (goal.direction !== 'maintain') {
    explanation.push('This is a starting estimate: the fixed kcal-per-lb rule overstates change over months, so re-check against your weight trend after a few weeks');
  }

  return {
    formula,
    bmrKcal,
    maintenanceKcal,
    goalKcal,
    rawGoalKcal,
    dailyDeltaKcal: roundHalfUp(delta),
    weeklyChangeKg: roundTo(goal.weeklyChangeKg, 4),
    floorApplied,
    floorKcal,
    activityFactor: activity.factor,
    macros,
    flags,
    explanation,
  };
}
