// Estimated one-rep max from a set of `reps` at `load`, after the formulas compiled by LeSuer et al. 1997
// (J Strength Cond Res 11(4):211–213) and Mayhew et al. 2008 (shared/reference/science.md §5.1).
// Every formula takes and returns the same mass unit; callers pass kilograms.
import { ValidationError } from '../errors.js';

/** One-rep-max formula ids; Epley is the default (science.md §5.1). */
export const E1RM_FORMULAS = [
  { id: 'epley', label: 'Epley (1985)', formula: 'w·(1 + r/30)' },
  { id: 'brzycki', label: 'Brzycki (1993)', formula: 'w·36/(37 − r)' },
  { id: 'lombardi', label: 'Lombardi (1989)', formula: 'w·r^0.10' },
  { id: 'mayhew', label: 'Mayhew et al. (1992)', formula: '100·w/(52.2 + 41.9·e^(−0.055·r))' },
  { id: 'oconner', label: "O'Conner et al. (1989)", formula: 'w·(1 + 0.025·r)' },
  { id: 'wathan', label: 'Wathan (1994)', formula: '100·w/(48.8 + 53.8·e^(−0.075·r))' },
  { id: 'lander', label: 'Lander (1985)', formula: '100·w/(101.3 − 2.67123·r)' },
] as const;

/** Id of one entry of E1RM_FORMULAS. */
export type E1rmFormula = (typeof E1RM_FORMULAS)[number]['id'];

export const DEFAULT_E1RM_FORMULA: E1rmFormula = 'epley';

/**
 * Sets above this many reps are left out of e1RM records: the formulas lose accuracy as reps rise and
 * are validated for r ≤ 10 (Reynolds et al. 2006; Whisenant et al. 2003; science.md §5.1 notes).
 */
export const MAX_E1RM_REPS = 10;

/** Epley 1985: 1RM = w·(1 + r/30); any mass unit. */
export function epley(w: number, r: number): number {
  return w * (1 + r / 30);
}

/** Brzycki 1993: 1RM = w·36/(37 − r), undefined at r ≥ 37; any mass unit. */
export function brzycki(w: number, r: number): number {
  if (r >= 37) throw ValidationError.field('reps', `Brzycki is undefined at ${r} reps (needs fewer than 37)`);
  return (w * 36) / (37 - r);
}

/** Lombardi 1989: 1RM = w·r^0.10; any mass unit. */
export function lombardi(w: number, r: number): number {
  return w * r ** 0.1;
}

/** Mayhew et al. 1992: 1RM = 100·w / (52.2 + 41.9·e^(−0.055·r)); any mass unit. */
export function mayhew(w: number, r: number): number {
  return (100 * w) / (52.2 + 41.9 * Math.exp(-0.055 * r));
}

/** O'Conner et al. 1989: 1RM = w·(1 + 0.025·r); any mass unit. */
export function oconner(w: number, r: number): number {
  return w * (1 + 0.025 * r);
}

/** Wathan 1994: 1RM = 100·w / (48.8 + 53.8·e^(−0.075·r)); any mass unit. */
export function wathan(w: number, r: number): number {
  return (100 * w) / (48.8 + 53.8 * Math.exp(-0.075 * r));
}

/** Lander 1985: 1RM = 100·w / (101.3 − 2.67123·r); any mass unit. */
export function lander(w: number, r: number): number {
  return (100 * w) / (101.3 - 2.67123 * r);
}

const RAW: Record<E1rmFormula, (w: number, r: number) => number> = { epley, brzycki, lombardi, mayhew, oconner, wathan, lander };

/** True when `value` is the id of a formula in E1RM_FORMULAS. */
export function isE1rmFormula(value: unknown): value is E1rmFormula {
  return typeof value === 'string' && Object.hasOwn(RAW, value);
}

/**
 * Estimated one-rep max by `formula` (science.md §5.1; Epley by default), in the unit of `load`.
 * A single rep returns the load itself (science.md oracle 39): five of the formulas would otherwise
 * credit a lifter with more than they lifted.
 */
export function estimateOneRepMax(load: number, reps: number, formula: E1rmFormula = DEFAULT_E1RM_FORMULA): number {
  if (!Number.isFinite(load) || load < 0) throw ValidationError.field('load', `must be a load of 0 or more (got ${load})`);
  if (!Number.isInteger(reps) || reps < 1) throw ValidationError.field('reps', `must be a whole number of 1 or more (got ${reps})`);
  if (reps === 1) return load;
  return RAW[formula](load, reps);
}
