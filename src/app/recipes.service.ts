import { randomUUID } from 'node:crypto';
import { NotFoundError, ValidationError, type FieldIssue } from '../core/errors.js';
import type { Nutrients } from '../core/nutrition/nutrients.js';
import { resolveAmount } from '../core/nutrition/portions.js';
import { MAX_SERVINGS } from '../core/nutrition/recipe.js';
import { searchDocument } from '../core/nutrition/search-text.js';
import type { IngredientValues, RecipeRepository } from '../store/index.js';
import { requireUser, type Actor } from './actor.js';
import type { Clock } from './clock.js';
import { type FoodLookup, type RecipeComputed } from './foods-lookup.service.js';

export const MAX_INGREDIENTS = 100;

export interface RecipeInput {
  name: string;
  servings: number;
  notes?: string | null | undefined;
  ingredients: ReadonlyArray<{ foodId: string; amount: number; unit: string }>;
}

export interface RecipeView {
  id: string;
  name: string;
  servings: number;
  notes: string | null;
  totalGrams: number;
  gramsPerServing: number;
  perServing: Nutrients;
  total: Nutrients;
  ingredients: Array<{ foodId: string; kind: 'catalog' | 'custom'; name: string; amount: number; unit: string; grams: number; energyKcal: number }>;
  updatedAt: string;
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const roundNutrients = (n: Nutrients): Nutrients => ({
  energyKcal: r2(n.energyKcal),
  proteinG: r2(n.proteinG),
  fatG: r2(n.fatG),
  saturatedFatG: n.saturatedFatG === null ? null : r2(n.saturatedFatG),
  carbsG: r2(n.carbsG),
  fiberG: n.fiberG === null ? null : r2(n.fiberG),
  sugarsG: n.sugarsG === null ? null : r2(n.sugarsG),
  sodiumMg: n.sodiumMg === null ? null : r2(n.sodiumMg),
});

/** A person's recipes: ingredients (catalog or own foods, any of their units) and servings → nutrients per serving. */
export function createRecipesService({ recipes, lookup, clock }: { recipes: RecipeRepository; lookup: FoodLookup; clock: Clock }) {
  const view = ({ recipe, nutrition, foods }: RecipeComputed): RecipeView => ({
    id: recipe.id,
    name: recipe.name,
    servings: recipe.servings,
    notes: recipe.notes,
    totalGrams: r2(nutrition.totalGrams),
    gramsPerServing: r2(nutrition.gramsPerServing),
    perServing: roundNutrients(nutrition.perServing),
    total: roundNutrients(nutrition.total),
    ingredients: recipe.ingredients.map((i) => {
      const id = (i.foodId ?? i.userFoodId)!;
      const food = foods.get(id);
      return {
        foodId: id,
        kind: i.foodId ? ('catalog' as const) : ('custom' as const),
        name: food?.name ?? '(unknown food)',
        amount: i.amount,
        unit: i.unit,
        grams: r2(i.grams),
        energyKcal: r2(food ? (food.per100g.energyKcal * i.grams) / 100 : 0),
      };
    }),
    updatedAt: recipe.updatedAt.toISOString(),
  });

  async function load(userId: string, id: string): Promise<RecipeView> {
    const recipe = await recipes.get(userId, id);
    if (!recipe) throw new NotFoundError(`You have no recipe ${id}`);
    const [computed] = await lookup.computeRecipes(userId, [recipe]);
    return view(computed!);
  }

  async function save(userId: string, id: string, input: RecipeInput): Promise<RecipeView> {
    const issues: FieldIssue[] = [];
    const name = typeof input.name === 'string' ? input.name.trim().replace(/\s+/g, ' ') : '';
    if (name === '' || name.length > 120) issues.push({ field: 'name', message: 'must be 1–120 characters' });
    if (!(input.servings > 0 && input.servings <= MAX_SERVINGS)) issues.push({ field: 'servings', message: `must be a number above 0 and at most ${MAX_SERVINGS}` });
    if (!Array.isArray(input.ingredients) || input.ingredients.length === 0) issues.push({ field: 'ingredients', message: 'a recipe needs at least one ingredient' });
    else if (input.ingredients.length > MAX_INGREDIENTS) issues.push({ field: 'ingredients', message: `at most ${MAX_INGREDIENTS}` });
    if (issues.length > 0) throw new ValidationError(`${issues[0]!.field}: ${issues[0]!.message}`, issues);
    const values: IngredientValues[] = [];
    for (const [i, ing] of input.ingredients.entries()) {
      const food = await lookup.find(userId, ing.foodId);
      if (!food) throw ValidationError.field(`ingredients.${i}.foodId`, `no food ${ing.foodId}`);
      if (food.kind === 'recipe') throw ValidationError.field(`ingredients.${i}.foodId`, 'a recipe cannot be an ingredient of a recipe');
      let resolved;
      try {
        resolved = resolveAmount(ing.amount, ing.unit, food.portions);
      } catch (err) {
        if (err instanceof ValidationError) {
          throw new ValidationError(`ingredients.${i}.${err.details[0]?.field}: ${err.details[0]?.message}`, err.details.map((d) => ({ ...d, field: `ingredients.${i}.${d.field}` })));
        }
        throw err;
      }
      values.push({
        foodId: food.kind === 'catalog' ? food.id : null,
        userFoodId: food.kind === 'custom' ? food.id : null,
        amount: resolved.amount,
        unit: resolved.unit,
        grams: resolved.grams,
      });
    }
    await recipes.save(userId, id, { name, servings: input.servings, notes: input.notes?.trim() || null, searchText: searchDocument([name]) }, values, clock.now());
    return load(userId, id);
  }

  return {
    async list(actor: Actor): Promise<RecipeView[]> {
      const userId = requireUser(actor);
      return (await lookup.computeRecipes(userId, await recipes.list(userId))).map(view);
    },
    async get(actor: Actor, id: string): Promise<RecipeView> {
      const userId = requireUser(actor);
      return load(userId, id);
    },
    async create(actor: Actor, input: RecipeInput): Promise<RecipeView> {
      const userId = requireUser(actor);
      return save(userId, randomUUID(), input);
    },
    async update(actor: Actor, id: string, input: RecipeInput): Promise<RecipeView> {
      const userId = requireUser(actor);
      if (!(await recipes.exists(userId, id))) throw new NotFoundError(`You have no recipe ${id}`);
      return save(userId, id, input);
    },
    /** Deletes a recipe; diary entries logged from it keep their snapshot. */
    async delete(actor: Actor, id: string): Promise<void> {
      const userId = requireUser(actor);
      if (!(await recipes.delete(userId, id))) throw new NotFoundError(`You have no recipe ${id}`);
    },
  };
}
export type RecipesService = ReturnType<typeof createRecipesService>;
