import type { FieldIssue } from '../errors.js';
import { KJ_PER_KCAL } from '../units.js';
import { atwaterKcal, type Per100g } from './food-catalog.js';

export type { Per100g } from './food-catalog.js';

/**
 * Nutrients of an amount of food as eaten (or of a day): same fields and units as Per100g (kcal, mg
 * sodium, grams for the rest). Optional nutrients stay null only when nothing that went in knew them.
 */
export type Nutrients = Per100g;

/** All eight nutrients at zero: the start of a sum. */
export const ZERO_NUTRIENTS: Nutrients = {
  energyKcal: 0,
  proteinG: 0,
  fatG: 0,
  saturatedFatG: null,
  carbsG: 0,
  fiberG: null,
  sugarsG: null,
  sodiumMg: null,
};

/** Nutrients of `grams` of a food from its per-100 g values: value × grams ÷ 100 (USDA SR "per 100 g edible portion"); nulls stay null. */
export function scaleNutrients(per100g: Per100g, grams: number): Nutrients {
  const f = grams / 100;
  return mapNutrients(per100g, (v) => v * f);
}

/** Multiplies every nutrient by `factor` (an edit from 100 g to 150 g is × 1.5); nulls stay null. */
export function multiplyNutrients(n: Nutrients, factor: number): Nutrients {
  return mapNutrients(n, (v) => v * factor);
}

/** Sum of nutrients: a + b per field; an unknown (null) optional nutrient counts as 0 unless both are unknown. */
export function addNutrients(a: Nutrients, b: Nutrients): Nutrients {
  const add = (x: number | null, y: number | null) => (x === null && y === null ? null : (x ?? 0) + (y ?? 0));
  return {
    energyKcal: a.energyKcal + b.energyKcal,
    proteinG: a.proteinG + b.proteinG,
    fatG: a.fatG + b.fatG,
    saturatedFatG: add(a.saturatedFatG, b.saturatedFatG),
    carbsG: a.carbsG + b.carbsG,
    fiberG: add(a.fiberG, b.fiberG),
    sugarsG: add(a.sugarsG, b.sugarsG),
    sodiumMg: add(a.sodiumMg, b.sodiumMg),
  };
}

/** Sum of a list of nutrients (addNutrients folded over ZERO_NUTRIENTS). */
export function sumNutrients(list: readonly Nutrients[]): Nutrients {
  return list.reduce(addNutrients, ZERO_NUTRIENTS);
}

/** kJ → kcal: ÷ 4.184 (thermochemical calorie). */
export function kjToKcal(kj: number): number {
  return kj / KJ_PER_KCAL;
}

/** Sodium from salt: sodium mg = salt g × 400 (NaCl is 39.3 % sodium; EU Regulation 1169/2011 Annex I uses salt = sodium × 2.5). */
export function sodiumMgFromSaltG(saltG: number): number {
  return (saltG / 2.5) * 1000;
}

function mapNutrients(n: Nutrients, f: (v: number) => number): Nutrients {
  return {
    energyKcal: f(n.energyKcal),
    proteinG: f(n.proteinG),
    fatG: f(n.fatG),
    saturatedFatG: n.saturatedFatG === null ? null : f(n.saturatedFatG),
    carbsG: f(n.carbsG),
    fiberG: n.fiberG === null ? null : f(n.fiberG),
    sugarsG: n.sugarsG === null ? null : f(n.sugarsG),
    sodiumMg: n.sodiumMg === null ? null : f(n.sodiumMg),
  };
}

/** What a label may add to 4·P + 4·C + 9·F besides them: alcohol (7 kcal/g) and polyols (2.4 kcal/g), grams per 100 g. */
export interface EnergyExtras {
  alcoholG?: number | null;
  polyolsG?: number | null;
  /** false: skip the energy-versus-macros rule (a person's own food may use other factors). */
  checkEnergy?: boolean;
}

// A crowd-sourced or label row may differ from the Atwater sum by this much before we call it wrong:
// per-serving values typed into per-100 g fields, kJ in the kcal field and slipped digits are far outside.
const ENERGY_TOLERANCE_SHARE = 0.2;
const ENERGY_TOLERANCE_KCAL = 25;
// Labels round each value, so a few tenths of a gram over is rounding, not an error.
const PART_OVER_WHOLE_TOLERANCE_G = 0.5;
const MAX_G_PER_100G = 100;
const MAX_KCAL_PER_100G = 900;

/**
 * Sanity checks of a per-100 g row from a label or a crowd-sourced database (wger's Open Food Facts
 * rules, peers.md §5.6): every gram value 0–100, energy 0–900 kcal, saturated fat ≤ fat, sugars ≤
 * carbohydrate, protein + fat + carbohydrate ≤ 100 g, and energy within 20 % or 25 kcal of the range
 * 4·P + 4·C + 9·F − 2·fibre … 4·P + 4·C + 9·F + 2·fibre + 7·alcohol + 2.4·polyols (the band covers
 * US labels, whose carbohydrate includes fibre, and EU labels, whose carbohydrate does not).
 * Returns one issue per failed rule, with the nutrient as the field; an empty list means plausible.
 */
export function nutrientProblems(n: Per100g, extras: EnergyExtras = {}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const grams: Array<[string, number | null]> = [
    ['proteinG', n.proteinG],
    ['fatG', n.fatG],
    ['saturatedFatG', n.saturatedFatG],
    ['carbsG', n.carbsG],
    ['fiberG', n.fiberG],
    ['sugarsG', n.sugarsG],
  ];
  for (const [field, v] of grams) {
    if (v !== null && (!Number.isFinite(v) || v < 0 || v > MAX_G_PER_100G)) {
      issues.push({ field, message: `${v} g per 100 g is impossible (must be 0–100)` });
    }
  }
  if (!Number.isFinite(n.energyKcal) || n.energyKcal < 0 || n.energyKcal > MAX_KCAL_PER_100G) {
    issues.push({ field: 'energyKcal', message: `${n.energyKcal} kcal per 100 g is impossible (must be 0–900)` });
  }
  if (n.sodiumMg !== null && (!Number.isFinite(n.sodiumMg) || n.sodiumMg < 0 || n.sodiumMg > 100_000)) {
    issues.push({ field: 'sodiumMg', message: `${n.sodiumMg} mg per 100 g is impossible` });
  }
  if (issues.length > 0) return issues;
  if (n.saturatedFatG !== null && n.saturatedFatG > n.fatG + PART_OVER_WHOLE_TOLERANCE_G) {
    issues.push({ field: 'saturatedFatG', message: `saturated fat ${n.saturatedFatG} g is more than total fat ${n.fatG} g` });
  }
  if (n.sugarsG !== null && n.sugarsG > n.carbsG + PART_OVER_WHOLE_TOLERANCE_G) {
    issues.push({ field: 'sugarsG', message: `sugars ${n.sugarsG} g are more than carbohydrate ${n.carbsG} g` });
  }
  if (n.proteinG + n.fatG + n.carbsG > MAX_G_PER_100G + PART_OVER_WHOLE_TOLERANCE_G) {
    issues.push({ field: 'carbsG', message: `protein + fat + carbohydrate = ${round1(n.proteinG + n.fatG + n.carbsG)} g, more than 100 g` });
  }
  if (extras.checkEnergy === false) return issues;
  const base = atwaterKcal(n);
  const fibre = 2 * (n.fiberG ?? 0);
  const low = base - fibre;
  const high = base + fibre + 7 * (extras.alcoholG ?? 0) + 2.4 * (extras.polyolsG ?? 0);
  const slack = Math.max(ENERGY_TOLERANCE_KCAL, ENERGY_TOLERANCE_SHARE * n.energyKcal);
  if (n.energyKcal < low - slack || n.energyKcal > high + slack) {
    issues.push({
      field: 'energyKcal',
      message: `${round1(n.energyKcal)} kcal does not fit 4·protein + 4·carbs + 9·fat = ${Math.round(base)} kcal`,
    });
  }
  return issues;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
