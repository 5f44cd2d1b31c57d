import { ValidationError } from '../errors.js';
import { assertAdultHeightCm, assertAdultWeightKg } from '../units.js';

export type Sex = 'male' | 'female';
export type RestingFormula = 'mifflin' | 'harris-benedict' | 'katch-mcardle' | 'cunningham';

/** The inputs of the weight/height/age equations: kg, cm, years. */
export interface BodyMeasures {
  sex: Sex;
  weightKg: number;
  heightCm: number;
  age: number;
}

/** A person for `restingEnergy`; body fat (%) is needed only by the lean-mass formulas. */
export interface RestingPerson extends BodyMeasures {
  bodyFatPct?: number | null;
}

export interface RestingFormulaInfo {
  id: RestingFormula;
  label: string;
  source: string;
  /** True when the formula needs a body-fat percentage. */
  needsBodyFat: boolean;
}

/** The resting-energy formulas offered to users, in the order the UI lists them (science.md §1.1–1.4). */
export const RESTING_FORMULAS: readonly RestingFormulaInfo[] = [
  {
    id: 'mifflin',
    label: 'Mifflin–St Jeor',
    source: 'Mifflin MD, St Jeor ST, et al. Am J Clin Nutr 1990;51(2):241–247',
    needsBodyFat: false,
  },
  {
    id: 'harris-benedict',
    label: 'Harris–Benedict (Roza–Shizgal)',
    source: 'Roza AM, Shizgal HM. Am J Clin Nutr 1984;40(1):168–182',
    needsBodyFat: false,
  },
  {
    id: 'katch-mcardle',
    label: 'Katch–McArdle',
    source: "Katch & McArdle's exercise-physiology textbook (no primary paper found)",
    needsBodyFat: true,
  },
  {
    id: 'cunningham',
    label: 'Cunningham',
    source: 'Cunningham JJ. Am J Clin Nutr 1980;33:2372–2374',
    needsBodyFat: true,
  },
];

/** Mifflin–St Jeor simplified: 10·W + 6.25·H − 5·A + 5 (men) / −161 (women) (Mifflin 1990); kg, cm, y → kcal/day. */
export function mifflinStJeor({ sex, weightKg, heightCm, age }: BodyMeasures): number {
  return 10 * weightKg + 6.25 * heightCm - 5 * age + (sex === 'male' ? 5 : -161);
}

/** Mifflin–St Jeor published regression: 9.99·W + 6.25·H − 4.92·A + 166·sex − 161 (Mifflin 1990); kg, cm, y → kcal/day. */
export function mifflinStJeorOriginal({ sex, weightKg, heightCm, age }: BodyMeasures): number {
  return 9.99 * weightKg + 6.25 * heightCm - 4.92 * age + 166 * (sex === 'male' ? 1 : 0) - 161;
}

/** Harris–Benedict revised: 88.362 + 13.397·W + 4.799·H − 5.677·A (men), 447.593 + 9.247·W + 3.098·H − 4.330·A (women) (Roza & Shizgal 1984); kcal/day. */
export function harrisBenedictRevised({ sex, weightKg, heightCm, age }: BodyMeasures): number {
  return sex === 'male'
    ? 88.362 + 13.397 * weightKg + 4.799 * heightCm - 5.677 * age
    : 447.593 + 9.247 * weightKg + 3.098 * heightCm - 4.33 * age;
}

/** Harris–Benedict original: 66.4730 + 13.7516·W + 5.0033·H − 6.7550·A (men), 655.0955 + 9.5634·W + 1.8496·H − 4.6756·A (women) (Harris & Benedict 1918/1919); kcal/day. */
export function harrisBenedictOriginal({ sex, weightKg, heightCm, age }: BodyMeasures): number {
  return sex === 'male'
    ? 66.473 + 13.7516 * weightKg + 5.0033 * heightCm - 6.755 * age
    : 655.0955 + 9.5634 * weightKg + 1.8496 * heightCm - 4.6756 * age;
}

/** Katch–McArdle: 370 + 21.6·LBM (Katch & McArdle textbook); lean body mass kg → kcal/day. */
export function katchMcArdle(leanMassKg: number): number {
  return 370 + 21.6 * leanMassKg;
}

/** Cunningham: 500 + 22·FFM (Cunningham 1980, Am J Clin Nutr 33:2372); fat-free mass kg → kcal/day. */
export function cunningham(fatFreeMassKg: number): number {
  return 500 + 22 * fatFreeMassKg;
}

/** Lean body mass: W·(1 − BF%/100) (science.md §1.3); kg and % → kg. */
export function leanMassKg(weightKg: number, bodyFatPct: number): number {
  return weightKg * (1 - bodyFatPct / 100);
}

/** Adult age bound 18–120 years (the adult equations' domain, product bound); throws ValidationError on `field`. */
export function assertAdultAge(age: number, field = 'age'): void {
  if (!Number.isFinite(age)) throw ValidationError.field(field, 'must be a number of years');
  if (age < 18 || age > 120) {
    throw ValidationError.field(field, `${age} years is outside 18–120; these equations are for adults`);
  }
}

/** Body-fat bound 3–70 % (product bound for the lean-mass formulas); throws ValidationError on "bodyFatPct". */
export function assertBodyFatPct(bodyFatPct: number): void {
  if (!Number.isFinite(bodyFatPct) || bodyFatPct < 3 || bodyFatPct > 70) {
    throw ValidationError.field('bodyFatPct', `must be between 3 and 70 % (got ${bodyFatPct})`);
  }
}

/** Checks sex, weight (30–350 kg), height (90–250 cm) and age (18–120 y); throws ValidationError naming the field. */
export function assertBodyMeasures(p: BodyMeasures): void {
  if (p.sex !== 'male' && p.sex !== 'female') {
    throw ValidationError.field('sex', `must be "male" or "female" (got ${JSON.stringify(p.sex)})`);
  }
  assertAdultWeightKg(p.weightKg, 'weightKg');
  assertAdultHeightCm(p.heightCm, 'heightCm');
  assertAdultAge(p.age, 'age');
}

function requireLeanMass(person: RestingPerson, label: string): number {
  const bf = person.bodyFatPct;
  if (bf === undefined || bf === null) {
    throw ValidationError.field('bodyFatPct', `is required for the ${label} formula; enter a body-fat percentage or choose Mifflin–St Jeor`);
  }
  assertBodyFatPct(bf);
  return leanMassKg(person.weightKg, bf);
}

/** Resting energy by the chosen formula (science.md §1.1–1.4), validated inputs, unrounded kcal/day. */
export function restingEnergy(person: RestingPerson, formula: RestingFormula): number {
  assertBodyMeasures(person);
  switch (formula) {
    case 'mifflin':
      return mifflinStJeor(person);
    case 'harris-benedict':
      return harrisBenedictRevised(person);
    case 'katch-mcardle':
      return katchMcArdle(requireLeanMass(person, 'Katch–McArdle'));
    case 'cunningham':
      return cunningham(requireLeanMass(person, 'Cunningham'));
    default:
      throw ValidationError.field('formula', `unknown formula ${JSON.stringify(formula)}; use ${RESTING_FORMULAS.map((f) => f.id).join(', ')}`);
  }
}

/** Display metadata of one formula (RESTING_FORMULAS); throws ValidationError on "formula" for an unknown id. */
export function restingFormulaInfo(formula: RestingFormula): RestingFormulaInfo {
  const info = RESTING_FORMULAS.find((f) => f.id === formula);
  if (!info) throw ValidationError.field('formula', `unknown formula ${JSON.stringify(formula)}`);
  return info;
}
