import { ValidationError } from '../errors.js';
import { roundHalfUp } from '../rounding.js';

export type GoalDirection = 'lose' | 'maintain' | 'gain';

/** Atwater general factors, kcal per gram. */
export const KCAL_PER_G_PROTEIN = 4;
export const KCAL_PER_G_CARBS = 4;
export const KCAL_PER_G_FAT = 9;
/** Share of the day's energy from fat, %. */
export const FAT_PCT = 25;
/** Accepted range for a user's own protein target, g/kg/day. */
export const PROTEIN_G_PER_KG_MIN = 0.5;
export const PROTEIN_G_PER_KG_MAX = 3.5;

/** Protein defaults, g/kg/day: 1.6 while cutting or bulking (Morton 2018 plateau), 0.8 (the adult RDA) to maintain. */
export const DEFAULT_PROTEIN_G_PER_KG: Readonly<Record<GoalDirection, number>> = {
  lose: 1.6,
  maintain: 0.8,
  gain: 1.6,
};

export interface Macros {
  proteinG: number;
  fatG: number;
  carbsG: number;
  proteinKcal: number;
  fatKcal: number;
  carbsKcal: number;
  proteinGPerKg: number;
  fatPct: number;
}

export interface MacroTargets extends Macros {
  /** True when protein plus fat alone use more than the budget, so carbs were floored at 0. */
  exceedsBudget: boolean;
}

export interface MacroInput {
  goalKcal: number;
  weightKg: number;
  direction: GoalDirection;
  proteinGPerKg?: number | null;
}

/** Protein target = g/kg × body weight (Morton 2018, Br J Sports Med 52:376); kg, g/kg/day → g/day, unrounded. */
export function proteinTargetG(weightKg: number, proteinGPerKg: number): number {
  return weightKg * proteinGPerKg;
}

/** Macro split: protein g/kg × W (4 kcal/g), fat 25 % of energy (9 kcal/g), carbs the rest (4 kcal/g, ≥ 0) (Atwater factors; Morton 2018); kcal, kg → whole grams. */
export function macrosForGoal({ goalKcal, weightKg, direction, proteinGPerKg }: MacroInput): MacroTargets {
  if (!Number.isFinite(goalKcal) || goalKcal <= 0) {
    throw ValidationError.field('goalKcal', `must be a positive number of kcal (got ${goalKcal})`);
  }
  if (!Number.isFinite(weightKg) || weightKg <= 0) {
    throw ValidationError.field('weightKg', `must be a positive number of kg (got ${weightKg})`);
  }
  if (!Object.hasOwn(DEFAULT_PROTEIN_G_PER_KG, direction)) {
    throw ValidationError.field('direction', `must be lose, maintain or gain (got ${JSON.stringify(direction)})`);
  }
  const gPerKg = proteinGPerKg ?? DEFAULT_PROTEIN_G_PER_KG[direction];
  if (!Number.isFinite(gPerKg) || gPerKg < PROTEIN_G_PER_KG_MIN || gPerKg > PROTEIN_G_PER_KG_MAX) {
    throw ValidationError.field(
      'proteinGPerKg',
      `must be between ${PROTEIN_G_PER_KG_MIN} and ${PROTEIN_G_PER_KG_MAX} g per kg of body weight (got ${gPerKg})`,
    );
  }
  const proteinG = roundHalfUp(proteinTargetG(weightKg, gPerKg));
  const proteinKcal = proteinG * KCAL_PER_G_PROTEIN;
  const fatG = roundHalfUp((goalKcal * FAT_PCT) / 100 / KCAL_PER_G_FAT);
  const fatKcal = fatG * KCAL_PER_G_FAT;
  const leftKcal = goalKcal - proteinKcal - fatKcal;
  const carbsG = Math.max(0, roundHalfUp(leftKcal / KCAL_PER_G_CARBS));
  return {
    proteinG,
    fatG,
    carbsG,
    proteinKcal,
    fatKcal,
    carbsKcal: carbsG * KCAL_PER_G_CARBS,
    proteinGPerKg: gPerKg,
    fatPct: FAT_PCT,
    exceedsBudget: leftKcal < 0,
  };
}
