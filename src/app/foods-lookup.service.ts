import type { Per100g, Portion } from '../core/nutrition/food-catalog.js';
import type { FoodSource } from '../core/nutrition/food-ranking.js';
import { formatAmount } from '../core/nutrition/portions.js';
import { recipeNutrition, type RecipeNutrition } from '../core/nutrition/recipe.js';
import type { CatalogFoodRow, FoodRepository, RecipeRepository, RecipeWithIngredients, UserFoodRow } from '../store/index.js';

export type FoodKind = 'catalog' | 'custom' | 'recipe';

/** Anything a person can log: a catalog food, one of their own foods, or one of their recipes. */
export interface Loggable {
  kind: FoodKind;
  id: string;
  name: string;
  brand: string | null;
  source: FoodSource;
  sourceId: string;
  barcode: string | null;
  group: string | null;
  per100g: Per100g;
  portions: Portion[];
  /** Further nutrients per 100 g, keyed "Name (unit)" (catalog foods only). */
  other: Record<string, number>;
}

const per100gOf = (r: Per100g): Per100g => ({
  energyKcal: r.energyKcal,
  proteinG: r.proteinG,
  fatG: r.fatG,
  saturatedFatG: r.saturatedFatG,
  carbsG: r.carbsG,
  fiberG: r.fiberG,
  sugarsG: r.sugarsG,
  sodiumMg: r.sodiumMg,
});

export function catalogLoggable(row: CatalogFoodRow): Loggable {
  return {
    kind: 'catalog',
    id: row.id,
    name: row.name,
    brand: row.brand,
    source: row.source as FoodSource,
    sourceId: row.sourceId,
    barcode: row.barcode,
    group: row.foodGroup,
    per100g: per100gOf(row),
    portions: row.portions,
    other: row.otherNutrients,
  };
}

export function userFoodLoggable(row: UserFoodRow): Loggable {
  return {
    kind: 'custom',
    id: row.id,
    name: row.name,
    brand: row.brand,
    source: 'custom',
    sourceId: row.id,
    barcode: row.barcode,
    group: null,
    per100g: per100gOf(row),
    portions: row.portions,
    other: {},
  };
}

/** A recipe with its nutrition computed from its ingredients' current values. */
export interface RecipeComputed {
  recipe: RecipeWithIngredients;
  nutrition: RecipeNutrition;
  /** Ingredient foods by id (catalog and the user's own). */
  foods: Map<string, Loggable>;
}

export function recipeLoggable({ recipe, nutrition }: RecipeComputed): Loggable {
  const g = Math.round(nutrition.gramsPerServing * 10) / 10;
  return {
    kind: 'recipe',
    id: recipe.id,
    name: recipe.name,
    brand: null,
    source: 'recipe',
    sourceId: recipe.id,
    barcode: null,
    group: null,
    per100g: nutrition.per100g,
    portions: [
      { amount: 1, unit: 'serving', label: `1 serving (${g} g)`, grams: nutrition.gramsPerServing },
      { amount: 1, unit: 'recipe', label: `whole recipe (${formatAmount(nutrition.servings)} servings)`, grams: nutrition.totalGrams },
    ],
    other: {},
  };
}

/** Resolves food ids of any kind for one user: the catalog first, then their own foods, then their recipes. */
export function createFoodLookup({ foods, recipes }: { foods: FoodRepository; recipes: RecipeRepository }) {
  async function computeRecipes(userId: string, list: RecipeWithIngredients[]): Promise<RecipeComputed[]> {
    const catalogIds = [...new Set(list.flatMap((r) => r.ingredients.map((i) => i.foodId).filter((x): x is string => x !== null)))];
    const ownIds = [...new Set(list.flatMap((r) => r.ingredients.map((i) => i.userFoodId).filter((x): x is string => x !== null)))];
    const byId = new Map<string, Loggable>();
    for (const row of await foods.getCatalogFoods(catalogIds)) byId.set(row.id, catalogLoggable(row));
    for (const row of await foods.getUserFoods(userId, ownIds)) byId.set(row.id, userFoodLoggable(row));
    return list
      .filter((r) => r.ingredients.length > 0)
      .map((recipe) => {
        const ingredients = recipe.ingredients.flatMap((i) => {
          const food = byId.get((i.foodId ?? i.userFoodId)!);
          return food ? [{ grams: i.grams, per100g: food.per100g }] : [];
        });
        return { recipe, nutrition: recipeNutrition(ingredients, recipe.servings), foods: byId };
      });
  }

  return {
    computeRecipes,
    /** Any kind of food by id, or null when the user cannot see it. */
    async find(userId: string, id: string): Promise<Loggable | null> {
      const catalog = await foods.getCatalogFood(id);
      if (catalog) return catalogLoggable(catalog);
      const own = await foods.getUserFood(userId, id);
      if (own) return userFoodLoggable(own);
      const recipe = await recipes.get(userId, id);
      if (recipe) return (await computeRecipes(userId, [recipe])).map(recipeLoggable)[0] ?? null;
      return null;
    },
    /** Several foods at once, by kind (for search results and recent foods). */
    async findMany(userId: string, refs: ReadonlyArray<{ kind: FoodKind; id: string }>): Promise<Map<string, Loggable>> {
      const ids = (kind: FoodKind) => refs.filter((r) => r.kind === kind).map((r) => r.id);
      const out = new Map<string, Loggable>();
      for (const row of await foods.getCatalogFoods(ids('catalog'))) out.set(row.id, catalogLoggable(row));
      for (const row of await foods.getUserFoods(userId, ids('custom'))) out.set(row.id, userFoodLoggable(row));
      const recipeIds = ids('recipe');
      if (recipeIds.length > 0) {
        for (const c of await computeRecipes(userId, await recipes.getMany(userId, recipeIds))) out.set(c.recipe.id, recipeLoggable(c));
      }
      return out;
    },
  };
}
export type FoodLookup = ReturnType<typeof createFoodLookup>;
