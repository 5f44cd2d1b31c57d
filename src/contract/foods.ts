import { z } from 'zod';
import { FOOD_SOURCE_IDS } from '../core/nutrition/food-ranking.js';

/** Nutrients per 100 g (a food) or of an amount (an entry, a day): kcal, sodium in mg, the rest in g; null = not known. */
export const Nutrients = z
  .object({
    energyKcal: z.number(),
    proteinG: z.number(),
    fatG: z.number(),
    saturatedFatG: z.number().nullable(),
    carbsG: z.number(),
    fiberG: z.number().nullable(),
    sugarsG: z.number().nullable(),
    sodiumMg: z.number().nullable(),
  })
  .meta({ id: 'Nutrients' });
export type Nutrients = z.infer<typeof Nutrients>;

export const Portion = z
  .object({
    amount: z.number().describe('how many of `unit` weigh `grams`'),
    unit: z.string().describe('what to send as an entry’s unit, e.g. "large", "cup, chopped"'),
    label: z.string(),
    grams: z.number(),
  })
  .meta({ id: 'Portion' });
export type Portion = z.infer<typeof Portion>;

export const FoodSource = z.enum(FOOD_SOURCE_IDS);
export const FoodKind = z.enum(['catalog', 'custom', 'recipe']);

export const RecentUse = z.object({
  uses: z.number().int().describe('entries in the last 90 days'),
  lastDate: z.string(),
  lastAmount: z.number(),
  lastUnit: z.string(),
  lastMeal: z.string(),
});

/** A search result or recent food: enough to show it and log it at once. */
export const FoodHit = z
  .object({
    id: z.uuid(),
    kind: FoodKind,
    name: z.string(),
    brand: z.string().nullable(),
    source: FoodSource,
    sourceId: z.string(),
    kcalPer100g: z.number(),
    proteinPer100g: z.number(),
    fatPer100g: z.number(),
    carbsPer100g: z.number(),
    portions: z.array(Portion),
    recent: RecentUse.nullable().describe('the user’s history with this food, with the last amount logged'),
  })
  .meta({ id: 'FoodHit' });
export type FoodHit = z.infer<typeof FoodHit>;

export const FoodHits = z.object({ foods: z.array(FoodHit) });
export type FoodHits = z.infer<typeof FoodHits>;

export const FoodSearchQuery = z.object({
  q: z.string().trim().min(1).max(100).describe('words of a name or brand in any order (typos, plurals and partial words are fine), or a barcode'),
  limit: z.coerce.number().int().min(1).max(50).optional().describe('default 20'),
});

export const RecentFoodsQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).optional().describe('default 20') });

export const Food = z
  .object({
    id: z.uuid(),
    kind: FoodKind,
    name: z.string(),
    brand: z.string().nullable(),
    source: FoodSource,
    sourceId: z.string(),
    barcode: z.string().nullable(),
    group: z.string().nullable(),
    per100g: Nutrients,
    portions: z.array(Portion),
    other: z.record(z.string(), z.number()).describe('further nutrients per 100 g, keyed "Name (unit)"'),
  })
  .meta({ id: 'Food' });
export type Food = z.infer<typeof Food>;

export const FoodList = z.object({ foods: z.array(Food) });

const amount = (max: number) => z.number().min(0).max(max);

/** A food of your own, as its label gives it: nutrients for `perGrams` grams (100 by default). */
export const CustomFoodInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    brand: z.string().trim().max(120).nullable().optional(),
    barcode: z.string().trim().max(32).nullable().optional(),
    perGrams: z.number().positive().max(10_000).optional().describe('the grams the nutrients below are for (default 100)'),
    energyKcal: amount(10_000),
    proteinG: amount(10_000),
    fatG: amount(10_000),
    carbsG: amount(10_000),
    saturatedFatG: amount(10_000).nullable().optional(),
    fiberG: amount(10_000).nullable().optional(),
    sugarsG: amount(10_000).nullable().optional(),
    sodiumMg: amount(10_000_000).nullable().optional(),
    portions: z
      .array(z.object({ amount: z.number().positive().max(10_000).optional(), unit: z.string().trim().min(1).max(60), grams: z.number().positive().max(10_000) }).strict())
      .max(20)
      .optional(),
  })
  .strict();
export type CustomFoodInput = z.infer<typeof CustomFoodInput>;
