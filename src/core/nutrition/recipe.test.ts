import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import type { Per100g } from './food-catalog.js';
import { recipeNutrition } from './recipe.js';

const per = (energyKcal: number, proteinG: number, fatG: number, carbsG: number, fiberG: number | null = null): Per100g => ({
  energyKcal,
  proteinG,
  fatG,
  saturatedFatG: null,
  carbsG,
  fiberG,
  sugarsG: null,
  sodiumMg: null,
});
// USDA SR28: 08120 oats rolled dry 379 kcal; 01077 whole milk 61 kcal; 09040 banana 89 kcal.
const oats = per(379, 13.15, 6.52, 67.7, 10.1);
const milk = per(61, 3.15, 3.25, 4.8, 0);
const banana = per(89, 1.09, 0.33, 22.84, 2.6);

describe('recipeNutrition', () => {
  it('sums the ingredients and divides by the servings', () => {
    const sut = recipeNutrition(
      [
        { grams: 80, per100g: oats },
        { grams: 244, per100g: milk },
        { grams: 118, per100g: banana },
      ],
      2,
    );
    const total = 0.8 * 379 + 2.44 * 61 + 1.18 * 89;
    expect(sut.totalGrams).toBe(442);
    expect(sut.total.energyKcal).toBeCloseTo(total, 9);
    expect(sut.perServing.energyKcal).toBeCloseTo(total / 2, 9);
    expect(sut.gramsPerServing).toBe(221);
    expect(sut.per100g.energyKcal).toBeCloseTo((total * 100) / 442, 9);
    expect(sut.perServing.fiberG).toBeCloseTo((0.8 * 10.1 + 1.18 * 2.6) / 2, 9);
  });
  it.each<[number, string]>([
    [0, 'servings'],
    [-2, 'servings'],
    [5000, 'servings'],
  ])('rejects %d servings', (servings, field) => {
    expect(() => recipeNutrition([{ grams: 10, per100g: milk }], servings)).toThrow(ValidationError);
    expect(() => recipeNutrition([{ grams: 10, per100g: milk }], servings)).toThrow(new RegExp(`^${field}:`));
  });
  it('rejects a recipe without ingredients', () => {
    expect(() => recipeNutrition([], 1)).toThrow(/^ingredients:/);
  });
});
