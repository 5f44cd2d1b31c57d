import { z } from 'zod';
import { Nutrients } from './foods.js';

export const RecipeInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    servings: z.number().positive().max(1000),
    notes: z.string().trim().max(2000).nullable().optional(),
    ingredients: z
      .array(
        z
          .object({
            foodId: z.uuid().describe('a catalog food or one of your own (not a recipe)'),
            amount: z.number().positive().max(100_000),
            unit: z.string().trim().min(1).max(80).describe('g, oz, lb, kg, or one of the food’s portion units'),
          })
          .strict(),
      )
      .min(1)
      .max(100),
  })
  .strict();
export type RecipeInput = z.infer<typeof RecipeInput>;

export const Recipe = z
  .object({
    id: z.uuid(),
    name: z.string(),
    servings: z.number(),
    notes: z.string().nullable(),
    totalGrams: z.number(),
    gramsPerServing: z.number(),
    perServing: Nutrients,
    total: Nutrients,
    ingredients: z.array(
      z.object({ foodId: z.uuid(), kind: z.enum(['catalog', 'custom']), name: z.string(), amount: z.number(), unit: z.string(), grams: z.number(), energyKcal: z.number() }),
    ),
    updatedAt: z.string(),
  })
  .meta({ id: 'Recipe' });
export type Recipe = z.infer<typeof Recipe>;

export const RecipeList = z.object({ recipes: z.array(Recipe) });
