import { ValidationError } from '../errors.js';
import { assertAdultHeightCm, assertAdultWeightKg } from '../units.js';
import { assertAdultAge } from './resting.js';
import type { Sex } from './resting.js';

export type IomPa = 'sedentary' | 'low-active' | 'active' | 'very-active';
export type NasemPa = 'inactive' | 'low-active' | 'active' | 'very-active';

export interface IomEerInput {
  sex: Sex;
  age: number;
  /** Height in METRES (the IOM equations use m). */
  heightM: number;
  weightKg: number;
  pa: IomPa;
}

export interface NasemEerInput {
  sex: Sex;
  age: number;
  /** Height in centimetres (the NASEM 2023 equations use cm). */
  heightCm: number;
  weightKg: number;
  pa: NasemPa;
}

/** IOM 2005 PA coefficients are sex-specific; the women's set applied to men is a known reprint error. */
const IOM_PA: Record<Sex, Record<IomPa, number>> = {
  male: { sedentary: 1.0, 'low-active': 1.11, active: 1.25, 'very-active': 1.48 },
  female: { sedentary: 1.0, 'low-active': 1.12, active: 1.27, 'very-active': 1.45 },
};

interface NasemCoefficients {
  intercept: number;
  age: number;
  height: number;
  weight: number;
}

const NASEM: Record<Sex, Record<NasemPa, NasemCoefficients>> = {
  male: {
    inactive: { intercept: 753.07, age: -10.83, height: 6.5, weight: 14.1 },
    'low-active': { intercept: 581.47, age: -10.83, height: 8.3, weight: 14.94 },
    active: { intercept: 1004.82, age: -10.83, height: 6.52, weight: 15.91 },
    'very-active': { intercept: -517.88, age: -10.83, height: 15.61, weight: 19.11 },
  },
  female: {
    inactive: { intercept: 584.9, age: -7.01, height: 5.72, weight: 11.71 },
    'low-active': { intercept: 575.77, age: -7.01, height: 6.6, weight: 12.14 },
    active: { intercept: 710.25, age: -7.01, height: 6.54, weight: 12.34 },
    'very-active': { intercept: 511.83, age: -7.01, height: 9.07, weight: 12.56 },
  },
};

function requireSex(sex: Sex): void {
  if (sex !== 'male' && sex !== 'female') {
    throw ValidationError.field('sex', `must be "male" or "female" (got ${JSON.stringify(sex)})`);
  }
}

function requirePa<T extends string>(pa: T, allowed: Record<string, unknown>): void {
  if (!Object.hasOwn(allowed, pa)) {
    throw ValidationError.field('pa', `unknown activity category ${JSON.stringify(pa)}; use ${Object.keys(allowed).join(', ')}`);
  }
}

/** IOM 2005 adult EER: men 662 − 9.53·A + PA·(15.91·W + 539.6·H), women 354 − 6.91·A + PA·(9.36·W + 726·H) (IOM DRI 2002/2005); y, kg, m → kcal/day. */
export function iomEer({ sex, age, heightM, weightKg, pa }: IomEerInput): number {
  requireSex(sex);
  requirePa(pa, IOM_PA[sex]);
  if (!Number.isFinite(heightM) || heightM < 0.9 || heightM > 2.5) {
    throw ValidationError.field('heightM', `must be in metres, 0.9–2.5 (got ${heightM})`);
  }
  assertAdultWeightKg(weightKg, 'weightKg');
  assertAdultAge(age, 'age');
  const coefficient = IOM_PA[sex][pa];
  return sex === 'male'
    ? 662 - 9.53 * age + coefficient * (15.91 * weightKg + 539.6 * heightM)
    : 354 - 6.91 * age + coefficient * (9.36 * weightKg + 726 * heightM);
}

/** NASEM 2023 adult EER: one linear equation per sex and PA category, a + b·A + c·H + d·W (NASEM DRI for Energy 2023, science.md §1.7); y, cm, kg → kcal/day. */
export function nasemEer({ sex, age, heightCm, weightKg, pa }: NasemEerInput): number {
  requireSex(sex);
  requirePa(pa, NASEM[sex]);
  assertAdultHeightCm(heightCm, 'heightCm');
  assertAdultWeightKg(weightKg, 'weightKg');
  assertAdultAge(age, 'age');
  const c = NASEM[sex][pa];
  return c.intercept + c.age * age + c.height * heightCm + c.weight * weightKg;
}
