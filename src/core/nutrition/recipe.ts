import { ValidationError } from '../errors.js';
import { multiplyNutrients, scaleNutrients, sumNutrients, type Nutrients, type Per100g } from './nutrients.js';

export interface RecipeIngredient {
  grams: number;
  per100g: Per100g;
}

export interface RecipeNutrition {
  totalGrams: number;
  total: Nutrients;
  servings: number;
  gramsPerServing: number;
  perServing: Nutrients;
  /** The cooked-as-weighed mix per 100 g: total × 100 ÷ totalGrams. */
  per100g: Per100g;
}

export const MAX_SERVINGS = 1000;

/** Recipe nutrition: total = Σ ingredient grams × per-100 g ÷ 100; per serving = total ÷ servings; per 100 g = total × 100 ÷ Σ grams (grams, kcal). */
export function recipeNutrition(ingredients: readonly RecipeIngredient[], servings: number): RecipeNutrition {
  if (!Number.isFinite(servings) || servings <= 0 || servings > MAX_SERVINGS) {
    throw ValidationError.field('servings', `must be a number above 0 and at most ${MAX_SERVINGS} (got ${servings})`);
  }
  if (ingredients.length === 0) throw ValidationError.field('ingredients', 'a recipe needs at least one ingredient');
  const totalGrams = ingredients.reduce((s, i) => s + i.grams, 0);
  const total = sumNutrients(ingredients.map((i) => scaleNutrients(i.per100g, i.grams)));
  return {
    totalGrams,
    total,
    servings,
    gramsPerServing: totalGrams / servings,
    perServing: multiplyNutrients(total, 1 / servings),
    per100g: multiplyNutrients(total, 100 / totalGrams),
  };
}
