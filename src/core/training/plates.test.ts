import { describe, expect, it } from 'vitest';
import type { ExerciseEquipment } from './muscles.js';
import { displayLoad, loadStep, loadToKg, plateFriendlyLoad, platesPerSide, roundToStep, type LoadUnit } from './plates.js';

describe('roundToStep', () => {
  it.each<[number, number, number]>([
    [101.3, 2.5, 102.5],
    [101.2, 2.5, 100],
    [101.25, 2.5, 102.5],
    [0.1 + 0.2, 0.1, 0.3],
    [227, 5, 225],
    [227.5, 5, 230],
    [13, 0, 13],
  ])('%f by %f → %f', (value, step, expected) => {
    expect(roundToStep(value, step)).toBe(expected);
  });
});

describe('plateFriendlyLoad', () => {
  it.each<[number, LoadUnit, ExerciseEquipment | null, number]>([
    [100, 'kg', 'barbell', 100],
    [102.058, 'lb', 'barbell', 225],
    [102.058, 'kg', 'barbell', 102.5],
    [0.9 * 116.7, 'kg', 'barbell', 105],
    [23, 'kg', 'dumbbell', 24],
    [22.9, 'lb', 'dumbbell', 50],
    [18, 'kg', 'kettlebell', 20],
    [21, 'kg', 'machine', 20],
    [7, 'kg', 'bodyweight', 7.5],
    [60, 'lb', null, 130],
  ])('%f kg as %s on %s → %f', (kg, unit, equipment, expected) => {
    expect(plateFriendlyLoad(kg, unit, equipment)).toBe(expected);
  });

  it('has a step for every unit', () => {
    expect(loadStep('barbell', 'kg')).toBe(2.5);
    expect(loadStep('barbell', 'lb')).toBe(5);
  });
});

describe('load units', () => {
  it('converts typed loads to kg and back for display (1 lb = 0.45359237 kg)', () => {
    expect(loadToKg(225, 'lb')).toBeCloseTo(102.0583, 4);
    expect(loadToKg(100, 'kg')).toBe(100);
    expect(displayLoad(102.0583, 'lb')).toBe(225);
    expect(displayLoad(102.0583, 'kg')).toBe(102.1);
  });
});

describe('platesPerSide', () => {
  it.each<[number, LoadUnit, number[], number]>([
    [100, 'kg', [25, 15], 0],
    [142.5, 'kg', [25, 25, 10, 1.25], 0],
    [20, 'kg', [], 0],
    [101, 'kg', [25, 15], 1],
    [225, 'lb', [45, 45], 0],
    [135, 'lb', [45], 0],
    [230, 'lb', [45, 45, 2.5], 0],
  ])('%f %s → %j per side, %f left over', (total, unit, plates, remainder) => {
    expect(platesPerSide(total, unit)).toEqual({ plates, remainder });
  });

  it('needs no plates below the bar', () => {
    expect(platesPerSide(15, 'kg')).toEqual({ plates: [], remainder: 0 });
  });
});
