import { ValidationError } from '../errors.js';
import { KG_PER_LB } from '../units.js';
import type { Portion } from './food-catalog.js';

export type { Portion } from './food-catalog.js';

/** Avoirdupois ounce: 1/16 lb = 28.349523125 g exactly (1959 international pound). */
export const G_PER_OZ = (KG_PER_LB * 1000) / 16;

/** Mass units every food accepts, with grams per unit. */
const MASS_UNITS: ReadonlyArray<{ unit: 'g' | 'kg' | 'oz' | 'lb'; grams: number; names: readonly string[] }> = [
  { unit: 'g', grams: 1, names: ['g', 'gram', 'grams', 'gr', 'gm'] },
  { unit: 'kg', grams: 1000, names: ['kg', 'kilogram', 'kilograms', 'kilo', 'kilos'] },
  { unit: 'oz', grams: G_PER_OZ, names: ['oz', 'ounce', 'ounces'] },
  { unit: 'lb', grams: KG_PER_LB * 1000, names: ['lb', 'lbs', 'pound', 'pounds'] },
];

export type MassUnit = (typeof MASS_UNITS)[number]['unit'];

/** An amount resolved to grams: the unit as stored (a mass unit or the food's portion unit) and its label. */
export interface ResolvedAmount {
  amount: number;
  unit: string;
  grams: number;
  /** "2 × 1 large (50 g)", "150 g", "5.3 oz". */
  label: string;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The mass unit a text names ("grams" → g, "ounces" → oz), or null. */
export function massUnitOf(text: string): MassUnit | null {
  const t = norm(text);
  return MASS_UNITS.find((m) => m.names.includes(t))?.unit ?? null;
}

/** Grams in one of a mass unit: g 1, kg 1000, oz 28.349523125, lb 453.59237 (1959 international pound). */
export function gramsPerMassUnit(unit: MassUnit): number {
  return MASS_UNITS.find((m) => m.unit === unit)!.grams;
}

/** The portion a unit names: by its `unit` ("large", "cup, chopped"), else by its `label` ("1/3 cup"), case-insensitively. */
export function findPortion(portions: readonly Portion[], unit: string): { portion: Portion; byLabel: boolean } | null {
  const t = norm(unit);
  const byUnit = portions.find((p) => norm(p.unit) === t);
  if (byUnit) return { portion: byUnit, byLabel: false };
  const byLabel = portions.find((p) => norm(p.label) === t);
  return byLabel ? { portion: byLabel, byLabel: true } : null;
}

/**
 * Grams of `amount` × `unit` of a food: a mass unit (g, kg, oz = 28.349523125 g, lb = 453.59237 g); one of
 * the food's portion units, where `amount` counts that unit: grams = amount × portion.grams ÷ portion.amount
 * (USDA SR WEIGHT: "Gm_Wgt for Amount × Msre_Desc"); or a portion's label, where `amount` counts whole
 * portions: grams = amount × portion.grams. Throws ValidationError on `amount` or `unit`.
 */
export function resolveAmount(amount: number, unit: string, portions: readonly Portion[]): ResolvedAmount {
  if (!Number.isFinite(amount) || amount <= 0) {
    throw ValidationError.field('amount', `must be a number greater than 0 (got ${amount})`);
  }
  if (amount > 100_000) throw ValidationError.field('amount', `${amount} is too large`);
  const mass = massUnitOf(unit);
  if (mass) {
    const grams = amount * gramsPerMassUnit(mass);
    if (grams > 100_000) throw ValidationError.field('amount', `${amount} ${mass} is more than 100 kg`);
    return { amount, unit: mass, grams, label: `${trim(amount)} ${mass}` };
  }
  const found = findPortion(portions, unit);
  if (!found) {
    const known = ['g', 'oz', ...portions.map((p) => p.unit)];
    throw ValidationError.field('unit', `'${unit}' is not a unit of this food; use one of ${[...new Set(known)].map((k) => `'${k}'`).join(', ')}`);
  }
  const { portion } = found;
  // "2 × 1 large" is "2 large": a label of one unit is stored as that unit when the unit names only this portion.
  const byLabel = found.byLabel && !(portion.amount === 1 && findPortion(portions, portion.unit)?.portion === portion);
  const grams = byLabel ? amount * portion.grams : (amount * portion.grams) / portion.amount;
  if (grams > 100_000) throw ValidationError.field('amount', `${amount} × ${portion.label} is more than 100 kg`);
  return byLabel
    ? { amount, unit: portion.label, grams, label: `${trim(amount)} × ${portion.label}` }
    : { amount, unit: portion.unit, grams, label: `${trim(amount)} ${portion.unit}` };
}

/** Splits "1/2 cup", "1 1/2 cups", "2 large", "0.333 cup" into an amount and the unit text after it; the amount is 1 when none leads. */
export function splitAmount(text: string): { amount: number; unit: string } {
  const t = text.trim();
  const m = /^(?:(\d+)\s+(\d+)\/(\d+)|(\d+)\/(\d+)|(\d+(?:\.\d+)?|\.\d+))(?![\d/])\s*(.*)$/.exec(t);
  if (!m) return { amount: 1, unit: t === '' ? 'serving' : t };
  const [, whole, mixedNum, mixedDen, num, den, decimal, rest] = m;
  let amount: number;
  if (whole !== undefined) amount = Number(whole) + Number(mixedNum) / Number(mixedDen);
  else if (num !== undefined) amount = Number(num) / Number(den);
  else amount = Number(decimal);
  const unit = (rest ?? '').replace(/^[,\s]+/, '').trim();
  return { amount: Number.isFinite(amount) && amount > 0 ? amount : 1, unit: unit === '' ? 'serving' : unit };
}

const FRACTIONS: ReadonlyArray<[number, string]> = [
  [1 / 8, '1/8'],
  [1 / 6, '1/6'],
  [1 / 4, '1/4'],
  [1 / 3, '1/3'],
  [1 / 2, '1/2'],
  [2 / 3, '2/3'],
  [3 / 4, '3/4'],
];

/** A household amount as people write it: whole and common fractions ("1/3", "1 1/2" for 0.333, 1.5; within 0.01), else up to 3 decimals. */
export function formatAmount(n: number): string {
  const whole = Math.floor(n);
  const frac = n - whole;
  if (frac < 0.01) return String(whole);
  const hit = FRACTIONS.find(([v]) => Math.abs(frac - v) < 0.01);
  if (hit) return whole === 0 ? hit[1] : `${whole} ${hit[1]}`;
  return trim(n);
}

function trim(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
