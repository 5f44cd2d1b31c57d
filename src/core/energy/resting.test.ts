import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { lbToKg } from '../units.js';
import {
  RESTING_FORMULAS,
  cunningham,
  harrisBenedictOriginal,
  harrisBenedictRevised,
  katchMcArdle,
  leanMassKg,
  mifflinStJeor,
  mifflinStJeorOriginal,
  restingEnergy,
  restingFormulaInfo,
} from './resting.js';
import type { RestingFormula, RestingPerson, Sex } from './resting.js';

const person = (sex: Sex, age: number, heightCm: number, weightKg: number, bodyFatPct?: number | null): RestingPerson => ({
  sex,
  age,
  heightCm,
  weightKg,
  bodyFatPct,
});

function issueOf(fn: () => unknown): { field: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError && e.details[0]) return e.details[0];
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('weight/height/age equations (science.md oracle rows 10–15)', () => {
  it.each([
    ['#10 Mifflin simplified, woman 25 y 170 cm 80 kg', mifflinStJeor, person('female', 25, 170, 80), 1576.5],
    ['#11 Mifflin simplified, man 30 y 180 cm 80 kg', mifflinStJeor, person('male', 30, 180, 80), 1780.0],
    ['#12 Mifflin original, man 30 y 180 cm 80 kg', mifflinStJeorOriginal, person('male', 30, 180, 80), 1781.6],
    ['Mifflin original, woman 25 y 170 cm 80 kg [C]', mifflinStJeorOriginal, person('female', 25, 170, 80), 1577.7],
    ['#14 Roza–Shizgal, man 30 y 180 cm 80 kg', harrisBenedictRevised, person('male', 30, 180, 80), 1853.632],
    ['#15 Roza–Shizgal, woman 30 y 165 cm 60 kg', harrisBenedictRevised, person('female', 30, 165, 60), 1383.683],
    ['Harris–Benedict 1919, man 30 y 180 cm 80 kg [C]', harrisBenedictOriginal, person('male', 30, 180, 80), 1864.545],
    ['Harris–Benedict 1919, woman 30 y 165 cm 60 kg [C]', harrisBenedictOriginal, person('female', 30, 165, 60), 1393.8155],
  ])('%s', (_name, sut, input, expected) => {
    expect(Math.abs(sut(input) - expected)).toBeLessThanOrEqual(0.01);
  });

  it.each([
    person('male', 30, 180, 80),
    person('female', 25, 170, 80),
    person('male', 55, 175, 95),
    person('female', 45, 160, 62),
    person('male', 20, 190, 70),
  ])('the two Mifflin forms differ by a few kcal at typical inputs (%o)', (p) => {
    expect(Math.abs(mifflinStJeor(p) - mifflinStJeorOriginal(p))).toBeLessThan(10);
  });

  it.each([
    ['weight', { weightKg: 81 }, 10],
    ['height', { heightCm: 181 }, 6.25],
    ['age', { age: 31 }, -5],
  ])('Mifflin simplified moves by its %s coefficient', (_name, change, slope) => {
    const base = person('female', 30, 180, 80);
    expect(mifflinStJeor({ ...base, ...change }) - mifflinStJeor(base)).toBeCloseTo(slope, 9);
  });

  it('Mifflin simplified separates the sexes by 166 kcal', () => {
    expect(mifflinStJeor(person('male', 40, 170, 70)) - mifflinStJeor(person('female', 40, 170, 70))).toBe(166);
  });
});

describe('lean-mass equations (science.md oracle rows 16–17)', () => {
  it.each([
    ['#16 Katch–McArdle, LBM 47.7 kg', katchMcArdle, 47.7, 1400, 1],
    ['Katch–McArdle, LBM 0 → intercept', katchMcArdle, 0, 370, 0],
    ['#17 Cunningham, FFM 70 kg', cunningham, 70, 2040, 0.01],
    ['Cunningham, FFM 0 → intercept', cunningham, 0, 500, 0],
  ])('%s', (_name, sut, mass, expected, tolerance) => {
    expect(Math.abs(sut(mass) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it.each([
    [82, 15, 69.7],
    [lbToKg(140), 25, 47.627],
    [80, 20, 64],
    [80, 0, 80],
  ])('leanMassKg(%d kg, %d %%) = %d kg', (weightKg, bf, expected) => {
    expect(leanMassKg(weightKg, bf)).toBeCloseTo(expected, 3);
  });
});

describe('restingEnergy', () => {
  const man = person('male', 30, 180, 80, 20);
  it.each([
    ['mifflin', 1780],
    ['harris-benedict', 1853.632],
    ['katch-mcardle', 370 + 21.6 * 64],
    ['cunningham', 500 + 22 * 64],
  ] as const)('%s for the 30 y, 180 cm, 80 kg, 20 %% fat man = %d kcal/day', (formula, expected) => {
    expect(restingEnergy(man, formula)).toBeCloseTo(expected, 6);
  });

  it('returns unrounded kcal', () => {
    expect(restingEnergy(person('female', 30, 165, 60), 'harris-benedict')).toBeCloseTo(1383.683, 9);
  });

  it('Katch–McArdle from the 140 lb, 25 % woman is 1,399 kcal ([C]; the published 1,400 rounds LBM up to 47.7 kg)', () => {
    expect(restingEnergy(person('female', 40, 165, lbToKg(140), 25), 'katch-mcardle')).toBeCloseTo(1398.7475, 4);
  });

  it.each([
    ['katch-mcardle', undefined, 'is required for the Katch–McArdle formula'],
    ['katch-mcardle', null, 'is required for the Katch–McArdle formula'],
    ['cunningham', undefined, 'is required for the Cunningham formula'],
    ['cunningham', 2.9, 'must be between 3 and 70 %'],
    ['katch-mcardle', 70.1, 'must be between 3 and 70 %'],
    ['cunningham', Number.NaN, 'must be between 3 and 70 %'],
  ] as const)('%s with body fat %s → bodyFatPct: %s', (formula, bf, message) => {
    const sut = issueOf(() => restingEnergy(person('male', 30, 180, 80, bf), formula));
    expect(sut.field).toBe('bodyFatPct');
    expect(sut.message).toContain(message);
  });

  it.each([3, 70])('accepts body fat at the bound %d %%', (bf) => {
    expect(restingEnergy(person('male', 30, 180, 80, bf), 'cunningham')).toBeCloseTo(500 + 22 * 80 * (1 - bf / 100), 9);
  });

  it('ignores body fat when the formula does not use it', () => {
    expect(restingEnergy(person('male', 30, 180, 80, 95), 'mifflin')).toBe(1780);
  });

  it.each([
    ['sex', { sex: 'other' as Sex }],
    ['weightKg', { weightKg: 20 }],
    ['weightKg', { weightKg: Number.NaN }],
    ['heightCm', { heightCm: 270 }],
    ['heightCm', { heightCm: 1.8 }],
    ['age', { age: 17 }],
    ['age', { age: 121 }],
  ])('rejects a bad %s (%o)', (field, change) => {
    expect(issueOf(() => restingEnergy({ ...man, ...change }, 'mifflin')).field).toBe(field);
  });

  it('rejects an unknown formula on the formula field', () => {
    expect(issueOf(() => restingEnergy(man, 'owen' as RestingFormula)).field).toBe('formula');
  });
});

describe('RESTING_FORMULAS', () => {
  it('lists the four formulas in UI order', () => {
    expect(RESTING_FORMULAS.map((f) => f.id)).toEqual(['mifflin', 'harris-benedict', 'katch-mcardle', 'cunningham']);
  });

  it.each(RESTING_FORMULAS.map((f) => [f.id, f] as const))('%s has a label, a source and says if it needs body fat', (id, sut) => {
    expect(sut.label.length).toBeGreaterThan(3);
    expect(sut.source.length).toBeGreaterThan(10);
    expect(sut.needsBodyFat).toBe(id === 'katch-mcardle' || id === 'cunningham');
    expect(restingFormulaInfo(id)).toBe(sut);
  });

  it.each(RESTING_FORMULAS.filter((f) => f.needsBodyFat).map((f) => f.id))('%s really throws without body fat', (id) => {
    expect(issueOf(() => restingEnergy(man(), id)).field).toBe('bodyFatPct');
  });

  it('restingFormulaInfo rejects an unknown id', () => {
    expect(issueOf(() => restingFormulaInfo('owen' as RestingFormula)).field).toBe('formula');
  });
});

function man(): RestingPerson {
  return person('male', 30, 180, 80);
}
