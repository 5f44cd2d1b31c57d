import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db.js';
import { recipeIngredients, recipes } from '../schema/index.js';

export type RecipeRow = typeof recipes.$inferSelect;
export type RecipeIngredientRow = typeof recipeIngredients.$inferSelect;

export interface RecipeValues {
  name: string;
  servings: number;
  notes: string | null;
  searchText: string;
}

/** One ingredient to store: a catalog food (`foodId`) or one of the user's foods (`userFoodId`), and its grams. */
export interface IngredientValues {
  foodId: string | null;
  userFoodId: string | null;
  amount: number;
  unit: string;
  grams: number;
}

export interface RecipeWithIngredients extends RecipeRow {
  ingredients: RecipeIngredientRow[];
}

/** A user's recipes and their ingredients; every method takes the user id. */
export function createRecipeRepository(db: Db) {
  const loadIngredients = async (userId: string, ids: readonly string[]) => {
    if (ids.length === 0) return new Map<string, RecipeIngredientRow[]>();
    const rows = await db
      .select()
      .from(recipeIngredients)
      .where(and(eq(recipeIngredients.userId, userId), inArray(recipeIngredients.recipeId, [...ids])))
      .orderBy(asc(recipeIngredients.position));
    const by = new Map<string, RecipeIngredientRow[]>();
    for (const r of rows) by.set(r.recipeId, [...(by.get(r.recipeId) ?? []), r]);
    return by;
  };

  return {
    /** Creates or replaces a recipe and all its ingredients in one transaction. */
    async save(userId: string, id: string, values: RecipeValues, ingredients: readonly IngredientValues[], now: Date): Promise<void> {
      await db.transaction(async (tx) => {
        const [existing] = await tx.select({ id: recipes.id }).from(recipes).where(and(eq(recipes.userId, userId), eq(recipes.id, id))).limit(1);
        if (existing) {
          await tx.update(recipes).set({ ...values, updatedAt: now }).where(and(eq(recipes.userId, userId), eq(recipes.id, id)));
          await tx.delete(recipeIngredients).where(and(eq(recipeIngredients.userId, userId), eq(recipeIngredients.recipeId, id)));
        } else {
          await tx.insert(recipes).values({ ...values, userId, id, createdAt: now, updatedAt: now });
        }
        await tx.insert(recipeIngredients).values(ingredients.map((ing, position) => ({ ...ing, userId, recipeId: id, position })));
      });
    },
    async exists(userId: string, id: string): Promise<boolean> {
      const [row] = await db.select({ id: recipes.id }).from(recipes).where(and(eq(recipes.userId, userId), eq(recipes.id, id))).limit(1);
      return row !== undefined;
    },
    async get(userId: string, id: string): Promise<RecipeWithIngredients | null> {
      const [row] = await db.select().from(recipes).where(and(eq(recipes.userId, userId), eq(recipes.id, id))).limit(1);
      if (!row) return null;
      return { ...row, ingredients: (await loadIngredients(userId, [id])).get(id) ?? [] };
    },
    async getMany(userId: string, ids: readonly string[]): Promise<RecipeWithIngredients[]> {
      if (ids.length === 0) return [];
      const rows = await db.select().from(recipes).where(and(eq(recipes.userId, userId), inArray(recipes.id, [...ids])));
      const ingredients = await loadIngredients(userId, rows.map((r) => r.id));
      return rows.map((r) => ({ ...r, ingredients: ingredients.get(r.id) ?? [] }));
    },
    async list(userId: string): Promise<RecipeWithIngredients[]> {
      const rows = await db.select().from(recipes).where(eq(recipes.userId, userId)).orderBy(asc(recipes.name));
      const ingredients = await loadIngredients(userId, rows.map((r) => r.id));
      return rows.map((r) => ({ ...r, ingredients: ingredients.get(r.id) ?? [] }));
    },
    async delete(userId: string, id: string): Promise<boolean> {
      const gone = await db.delete(recipes).where(and(eq(recipes.userId, userId), eq(recipes.id, id))).returning({ id: recipes.id });
      return gone.length > 0;
    },
    /** Names of the user's recipes that use one of their own foods (to refuse deleting it). */
    async namesUsingUserFood(userId: string, userFoodId: string): Promise<string[]> {
      const rows = await db
        .selectDistinct({ name: recipes.name })
        .from(recipeIngredients)
        .innerJoin(recipes, and(eq(recipes.userId, recipeIngredients.userId), eq(recipes.id, recipeIngredients.recipeId)))
        .where(and(eq(recipeIngredients.userId, userId), eq(recipeIngredients.userFoodId, userFoodId)));
      return rows.map((r) => r.name);
    },
  };
}
export type RecipeRepository = ReturnType<typeof createRecipeRepository>;
