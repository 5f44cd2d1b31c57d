// How a tip writes the user's numbers: in their units, rounded the way a person says them.
import { groupThousands } from '../energy/goal.js';
import { roundTo } from '../rounding.js';
import { muscleById, type MuscleId } from '../training/muscles.js';
import type { BalanceLift } from '../training/strength.js';
import { formatWeight, kgToLb, type UnitSystem } from '../units.js';

/** A number without trailing zeros: 1.50 → "1.5", 2.0 → "2". */
export const num = (x: number, digits = 1): string => String(roundTo(x, digits));

/** A body weight in the user's units, to 0.1 ("81.6 kg", "180 lb"). */
export const weight = (kg: number, units: UnitSystem): string => formatWeight(kg, units);

/** A weekly rate's size in the user's units: kg to 0.01, lb to 0.1 ("0.35 kg", "0.8 lb"). Sign dropped. */
export function rate(kgPerWeek: number, units: UnitSystem): string {
  const kg = Math.abs(kgPerWeek);
  return units === 'metric' ? `${num(kg, 2)} kg` : `${num(kgToLb(kg), 1)} lb`;
}

/** A band of weekly rates in the user's units: "0.2–0.4 kg", "0.4–0.9 lb". */
export function rateRange(lowKg: number, highKg: number, units: UnitSystem): string {
  const [lo, hi] = [rate(lowKg, units), rate(highKg, units)];
  return `${lo.split(' ')[0]}–${hi}`;
}

/** "12" when a range collapses, else "8 and 14" written as "between 8 and 14". */
export const between = (low: number, high: number, digits = 1): string => (num(low, digits) === num(high, digits) ? `about ${num(low, digits)}` : `between ${num(low, digits)} and ${num(high, digits)}`);

/** A share as a whole percent ("35%"). */
export const pct = (share: number): string => `${Math.round(share * 100)}%`;

/** Energy in whole kcal with thousands grouped ("2,350"). */
export const kcal = (x: number): string => groupThousands(x);

/** "a", "a and b", "a, b and c". */
export function list(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** A muscle's name in running text ("quadriceps", "upper back (traps, rhomboids)"). */
export const muscle = (id: MuscleId): string => muscleById(id).label.toLowerCase();

/** "Quadriceps" at the start of a sentence. */
export const capitalize = (s: string): string => (s === '' ? s : s[0]!.toUpperCase() + s.slice(1));

const LIFT_NAMES: Readonly<Record<BalanceLift, string>> = {
  squat: 'back squat',
  'bench-press': 'bench press',
  deadlift: 'deadlift',
  'overhead-press': 'overhead press',
  'barbell-row': 'barbell row',
  'front-squat': 'front squat',
};

/** A lift's name in running text ("bench press"). */
export const liftName = (lift: BalanceLift): string => LIFT_NAMES[lift];

/** "today", "yesterday", "3 days ago". */
export const daysAgo = (days: number): string => (days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`);

/** "the last 4 weeks" for a 28-day window, "the last 12 days" for a shorter one. */
export const windowText = (days: number): string => (days % 7 === 0 ? `the last ${days / 7} week${days === 7 ? '' : 's'}` : `the last ${days} days`);
