import { describe, expect, it } from 'vitest';
import { fieldOfError } from '../testing/errors.js';
import { iomEer, nasemEer } from './eer.js';
import type { IomEerInput, IomPa, NasemEerInput, NasemPa } from './eer.js';
import type { Sex } from './resting.js';

/**
 * IOM "EER for Men and Women 30 Years of Age" (Food and Nutrition Board, DRI 2002/2005; reproduced at
 * accessphysiotherapy.mhmedical.com bookid=3100 sectionid=259274540). Per height: the weights at BMI 18.5 and
 * 24.99, then per PA level [men@18.5, men@24.99, women@18.5, women@24.99] in kcal/day.
 */
const IOM_TABLE: Array<{ heightM: number; weights: [number, number]; rows: Record<IomPa, [number, number, number, number]> }> = [
  {
    heightM: 1.5,
    weights: [41.6, 56.2],
    rows: {
      sedentary: [1848, 2080, 1625, 1762],
      'low-active': [2009, 2267, 1803, 1956],
      active: [2215, 2506, 2025, 2198],
      'very-active': [2554, 2898, 2291, 2489],
    },
  },
  {
    heightM: 1.65,
    weights: [50.4, 68.0],
    rows: {
      sedentary: [2068, 2349, 1816, 1982],
      'low-active': [2254, 2566, 2016, 2202],
      active: [2490, 2842, 2267, 2477],
      'very-active': [2880, 3296, 2567, 2807],
    },
  },
  {
    heightM: 1.8,
    weights: [59.9, 81.0],
    rows: {
      sedentary: [2301, 2635, 2015, 2211],
      'low-active': [2513, 2884, 2239, 2459],
      active: [2782, 3200, 2519, 2769],
      'very-active': [3225, 3720, 2855, 3141],
    },
  },
];

const IOM_CELLS = IOM_TABLE.flatMap(({ heightM, weights, rows }) =>
  (Object.entries(rows) as Array<[IomPa, [number, number, number, number]]>).flatMap(([pa, kcal]) => [
    { sex: 'male' as Sex, heightM, weightKg: weights[0], pa, expected: kcal[0] },
    { sex: 'male' as Sex, heightM, weightKg: weights[1], pa, expected: kcal[1] },
    { sex: 'female' as Sex, heightM, weightKg: weights[0], pa, expected: kcal[2] },
    { sex: 'female' as Sex, heightM, weightKg: weights[1], pa, expected: kcal[3] },
  ]),
);

describe('iomEer', () => {
  it('covers all 48 cells of the IOM table', () => {
    expect(IOM_CELLS).toHaveLength(48);
  });

  it.each(IOM_CELLS)('IOM table: $sex, 30 y, $heightM m, $weightKg kg, $pa → $expected ±2', ({ sex, heightM, weightKg, pa, expected }) => {
    const sut = iomEer({ sex, age: 30, heightM, weightKg, pa });
    expect(Math.abs(sut - expected)).toBeLessThanOrEqual(2);
  });

  // The equations give unrounded kcal; rounded half up, every cell lands within 1 kcal of the printed table.
  it.each(IOM_CELLS)('IOM table rounded: $sex, $heightM m, $weightKg kg, $pa → $expected ±1', ({ sex, heightM, weightKg, pa, expected }) => {
    expect(Math.abs(Math.round(iomEer({ sex, age: 30, heightM, weightKg, pa })) - expected)).toBeLessThanOrEqual(1);
  });

  it.each([
    ['#1', 'male', 1.8, 59.9, 'sedentary', 2301],
    ['#2', 'male', 1.8, 59.9, 'low-active', 2513],
    ['#3', 'male', 1.8, 81.0, 'very-active', 3720],
    ['#4', 'female', 1.65, 68.0, 'active', 2477],
    ['#5', 'female', 1.5, 41.6, 'sedentary', 1625],
    ['#6', 'male', 1.65, 50.4, 'very-active', 2880],
  ] as const)('oracle %s: %s, 30 y, %d m, %d kg, %s → %d ±2', (_row, sex, heightM, weightKg, pa, expected) => {
    expect(Math.abs(iomEer({ sex, age: 30, heightM, weightKg, pa }) - expected)).toBeLessThanOrEqual(2);
  });

  // Table footnote: for each year above 30 subtract 10 kcal/day (men) or 7 (women); the equations say 9.53 and 6.91.
  it.each([
    ['male', 9.53, 10],
    ['female', 6.91, 7],
  ] as const)('%s loses %d kcal/day per year of age (footnote: about %d)', (sex, perYear, footnote) => {
    const at = (age: number) => iomEer({ sex, age, heightM: 1.7, weightKg: 65, pa: 'active' });
    expect(at(30) - at(40)).toBeCloseTo(10 * perYear, 9);
    expect(Math.abs(perYear - footnote)).toBeLessThan(0.6);
  });

  const base: IomEerInput = { sex: 'male', age: 30, heightM: 1.8, weightKg: 80, pa: 'active' };
  it.each([
    ['heightM', { heightM: 180 }],
    ['heightM', { heightM: 0.5 }],
    ['weightKg', { weightKg: 10 }],
    ['age', { age: 12 }],
    ['pa', { pa: 'inactive' as IomPa }],
    ['sex', { sex: 'x' as Sex }],
  ])('rejects a bad %s (%o)', (field, change) => {
    expect(fieldOfError(() => iomEer({ ...base, ...change }))).toBe(field);
  });
});

describe('nasemEer', () => {
  it.each([
    ['#7', 'male', 'inactive', 30, 170, 70, 2520.17],
    ['#8', 'female', 'active', 30, 170, 70, 2475.55],
    ['#9', 'male', 'very-active', 30, 180, 80, 3495.82],
  ] as const)('oracle %s: %s %s, %d y, %d cm, %d kg → %d ±0.01', (_row, sex, pa, age, heightCm, weightKg, expected) => {
    expect(Math.abs(nasemEer({ sex, pa, age, heightCm, weightKg }) - expected)).toBeLessThanOrEqual(0.01);
  });

  // [C] each of the 8 equations of science.md §1.7 evaluated independently at 40 y, 165 cm, 65 kg.
  it.each([
    ['male', 'inactive', 2308.87],
    ['male', 'low-active', 2488.87],
    ['male', 'active', 2681.57],
    ['male', 'very-active', 2866.72],
    ['female', 'inactive', 2009.45],
    ['female', 'low-active', 2173.47],
    ['female', 'active', 2311.05],
    ['female', 'very-active', 2544.38],
  ] as const)('%s %s at 40 y, 165 cm, 65 kg → %d', (sex, pa, expected) => {
    expect(Math.abs(nasemEer({ sex, pa, age: 40, heightCm: 165, weightKg: 65 }) - expected)).toBeLessThanOrEqual(0.01);
  });

  it.each(['male', 'female'] as const)('for %s, each step up in activity raises the estimate', (sex) => {
    const pas: NasemPa[] = ['inactive', 'low-active', 'active', 'very-active'];
    const sut = pas.map((pa) => nasemEer({ sex, pa, age: 30, heightCm: 175, weightKg: 75 }));
    for (let i = 1; i < sut.length; i++) expect(sut[i]).toBeGreaterThan(sut[i - 1] ?? Infinity);
  });

  const base: NasemEerInput = { sex: 'female', age: 30, heightCm: 170, weightKg: 70, pa: 'active' };
  it.each([
    ['heightCm', { heightCm: 1.7 }],
    ['weightKg', { weightKg: 400 }],
    ['age', { age: 15 }],
    ['pa', { pa: 'sedentary' as NasemPa }],
    ['sex', { sex: 'x' as Sex }],
  ])('rejects a bad %s (%o)', (field, change) => {
    expect(fieldOfError(() => nasemEer({ ...base, ...change }))).toBe(field);
  });
});
