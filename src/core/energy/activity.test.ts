import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { ACTIVITY_LEVELS, activityFactor, activityLevelInfo, totalEnergy } from './activity.js';
import type { ActivityLevel } from './activity.js';

describe('ACTIVITY_LEVELS (science.md §1.5)', () => {
  it.each([
    [0, 'sedentary', 1.2, 'Sedentary', 'Little or no exercise'],
    [1, 'light', 1.375, 'Lightly active', 'Exercise 1–3 days a week'],
    [2, 'moderate', 1.55, 'Moderately active', 'Exercise 3–5 days a week'],
    [3, 'very', 1.725, 'Very active', 'Exercise 6–7 days a week'],
    [4, 'extra', 1.9, 'Extra active', 'Hard daily exercise plus a physical job'],
  ])('#%d is %s ×%d (%s: %s)', (index, id, factor, label, description) => {
    expect(ACTIVITY_LEVELS[index]).toEqual({ id, factor, label, description });
  });

  it('has exactly five levels', () => {
    expect(ACTIVITY_LEVELS).toHaveLength(5);
  });
});

describe('activityFactor / activityLevelInfo', () => {
  it.each([
    ['sedentary', 1.2],
    ['light', 1.375],
    ['moderate', 1.55],
    ['very', 1.725],
    ['extra', 1.9],
  ] as const)('%s → %d', (id, factor) => {
    expect(activityFactor(id)).toBe(factor);
    expect(activityLevelInfo(id).id).toBe(id);
  });

  it.each(['active', '', 'Sedentary'])('rejects %j on the activity field', (id) => {
    expect(() => activityFactor(id as ActivityLevel)).toThrow(ValidationError);
    expect(() => activityFactor(id as ActivityLevel)).toThrow(/^activity: unknown activity level/);
  });
});

describe('totalEnergy', () => {
  it.each([
    ['#13 1780 × 1.55 (moderately active)', 1780, 'moderate', 2759.0],
    ['#16 Katch–McArdle 1400 × 1.55', 1400, 'moderate', 2170],
    ['1780 × 1.2', 1780, 'sedentary', 2136],
    ['1780 × 1.375', 1780, 'light', 2447.5],
    ['1780 × 1.725', 1780, 'very', 3070.5],
    ['1780 × 1.9', 1780, 'extra', 3382],
  ] as const)('%s', (_name, bmr, activity, expected) => {
    expect(Math.abs(totalEnergy(bmr, activity) - expected)).toBeLessThanOrEqual(0.01);
  });
});
