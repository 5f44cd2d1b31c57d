import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { brzycki, E1RM_FORMULAS, epley, estimateOneRepMax, isE1rmFormula, lander, lombardi, mayhew, oconner, wathan } from './e1rm.js';
import type { E1rmFormula } from './e1rm.js';

describe('estimateOneRepMax', () => {
  // science.md oracle rows 36–38: 100 kg × 5, ±0.001.
  it.each<[E1rmFormula, number]>([
    ['epley', 116.667],
    ['brzycki', 112.5],
    ['lombardi', 117.462],
    ['mayhew', 119.011],
    ['oconner', 112.5],
    ['wathan', 116.583],
    ['lander', 113.709],
  ])('%s gives %f for 100 kg × 5 (science.md rows 36–38)', (formula, expected) => {
    const sut = estimateOneRepMax(100, 5, formula);
    expect(Math.abs(sut - expected)).toBeLessThanOrEqual(0.001);
  });

  it('uses Epley when no formula is named', () => {
    expect(estimateOneRepMax(100, 5)).toBeCloseTo(116.6667, 4);
  });

  // science.md oracle row 39: a single rep at w is w for every formula, although raw Epley gives 103.333.
  it.each(E1RM_FORMULAS.map((f) => f.id))('%s returns the load itself for a single rep (row 39)', (formula) => {
    expect(estimateOneRepMax(100, 1, formula)).toBe(100);
  });

  it.each<[string, (w: number, r: number) => number, number]>([
    ['epley', epley, 103.333],
    ['brzycki', brzycki, 100],
    ['lombardi', lombardi, 100],
    ['oconner', oconner, 102.5],
    ['lander', lander, 101.390],
    ['mayhew', mayhew, 108.864],
    ['wathan', wathan, 101.304],
  ])('raw %s at one rep is %f: the reason for the special case', (_name, sut, expected) => {
    expect(Math.abs(sut(100, 1) - expected)).toBeLessThanOrEqual(0.001);
  });

  it('is the same whatever the mass unit (kg in, kg out; lb in, lb out)', () => {
    const kg = estimateOneRepMax(102.058, 5, 'brzycki');
    const lb = estimateOneRepMax(225, 5, 'brzycki');
    expect(kg / lb).toBeCloseTo(102.058 / 225, 9);
  });

  it.each<[number, number, string]>([
    [100, 0, 'reps'],
    [100, 2.5, 'reps'],
    [100, -1, 'reps'],
    [-5, 5, 'load'],
    [Number.NaN, 5, 'load'],
  ])('rejects load %f × %f naming %s', (load, reps, field) => {
    expect(() => estimateOneRepMax(load, reps)).toThrow(ValidationError);
    try {
      estimateOneRepMax(load, reps);
    } catch (err) {
      expect((err as ValidationError).details[0]?.field).toBe(field);
    }
  });

  it('refuses Brzycki at 37 reps or more, where it divides by zero', () => {
    expect(() => estimateOneRepMax(100, 37, 'brzycki')).toThrow(/Brzycki is undefined/);
    expect(estimateOneRepMax(100, 36, 'brzycki')).toBe(3600);
  });

  it('knows its formula ids', () => {
    expect(isE1rmFormula('wathan')).toBe(true);
    expect(isE1rmFormula('toString')).toBe(false);
    expect(isE1rmFormula('EPLEY')).toBe(false);
  });
});
