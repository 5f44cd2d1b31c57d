import { sql } from 'drizzle-orm';
import { doublePrecision, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/** A household measure stored with a food: `amount` × `unit` weighs `grams` (1 large egg = 50 g). */
export interface PortionJson {
  amount: number;
  unit: string;
  label: string;
  grams: number;
}

/** Nutrients per 100 g beyond the main eight, keyed "Name (unit)": `{ "Calcium, Ca (mg)": 24 }`. */
export type OtherNutrientsJson = Record<string, number>;

// The eight nutrients of every food, per 100 g: kcal, grams, and sodium in mg. Null means "not analysed".
const per100gColumns = () => ({
  energyKcal: doublePrecision('energy_kcal').notNull(),
  proteinG: doublePrecision('protein_g').notNull(),
  fatG: doublePrecision('fat_g').notNull(),
  saturatedFatG: doublePrecision('saturated_fat_g'),
  carbsG: doublePrecision('carbs_g').notNull(),
  fiberG: doublePrecision('fiber_g'),
  sugarsG: doublePrecision('sugars_g'),
  sodiumMg: doublePrecision('sodium_mg'),
});

/**
 * Shared catalog: foods imported from a source (USDA SR28, FoodData Central, Open Food Facts, our
 * starter catalog). One row per (source, source id); imports upsert on that key and change a row only
 * when its content hash changes. `search_text` is the folded, singular words of name, aliases and brand.
 */
export const foods = pgTable(
  'foods',
  {
    id: uuid('id').primaryKey(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    name: text('name').notNull(),
    brand: text('brand'),
    barcode: text('barcode'),
    foodGroup: text('food_group'),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    ...per100gColumns(),
    otherNutrients: jsonb('other_nutrients').$type<OtherNutrientsJson>().notNull().default({}),
    portions: jsonb('portions').$type<PortionJson[]>().notNull().default([]),
    searchText: text('search_text').notNull(),
    /** The same food in several sources shares this key ("ndb:01123", "gtin:3017620422003"). */
    dedupeKey: text('dedupe_key'),
    contentHash: text('content_hash').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('foods_source_source_id_unique').on(t.source, t.sourceId),
    // Candidates are found through food_postings (the words of search_text, in candidate order).
    index('foods_barcode_key').on(sql`ltrim(${t.barcode}, '0')`),
  ],
);

/** User-owned: foods a person made up (a family recipe's bread, a local bakery's bun). Same values as the catalog. */
export const userFoods = pgTable(
  'user_foods',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    brand: text('brand'),
    barcode: text('barcode'),
    ...per100gColumns(),
    portions: jsonb('portions').$type<PortionJson[]>().notNull().default([]),
    searchText: text('search_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);

/**
 * Shared: every word of the catalog's search text, once. A query word is matched against these (prefix,
 * pg_trgm similarity) to find the catalog words it may mean ("chiken" → chicken, "yog" → yogurt), and
 * those words find the foods through foods_search_words. Importers add words; none is ever removed.
 */
export const foodWords = pgTable(
  'food_words',
  {
    word: text('word').primaryKey(),
  },
  (t) => [
    index('food_words_trgm').using('gin', sql`${t.word} gin_trgm_ops`),
    // The words a query word begins, as a range of this index (byte order, whatever the database's collation).
    index('food_words_prefix').on(sql`${t.word} collate "C"`),
  ],
);

/**
 * Shared, one row: a token that changes whenever `food_words` does (a statement trigger, migration 0010), so a
 * process may keep the catalog words each query word means in memory and learn in the search statement itself
 * that they went stale. A random token, not a counter: a restored backup brings back the token of its own words.
 */
export const foodVocabulary = pgTable('food_vocabulary', {
  id: integer('id').primaryKey(),
  version: uuid('version').notNull(),
});

/**
 * Shared: which catalog foods have each word (of `foods.search_text`), in candidate order: `rank` is the
 * food's tier (0 the starter catalog, 1 reference data, 2 branded and crowd-sourced products) × 1000 plus its
 * search line's length, so the best few foods with a word are the first entries of the word's range of the
 * primary key, read without touching the rest however many foods share the word. Kept in step with `foods`
 * by the catalog upsert (no foreign key: a million postings would each cost a lookup on import).
 */
export const foodPostings = pgTable(
  'food_postings',
  {
    word: text('word').notNull(),
    rank: integer('rank').notNull(),
    foodId: uuid('food_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.word, t.rank, t.foodId] })],
);

/** User-owned: a recipe, its number of servings; ingredients in recipe_ingredients. */
export const recipes = pgTable(
  'recipes',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    servings: doublePrecision('servings').notNull(),
    notes: text('notes'),
    searchText: text('search_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);

/** User-owned: one ingredient of a recipe, a catalog food or one of the user's own foods, in grams. */
export const recipeIngredients = pgTable(
  'recipe_ingredients',
  {
    userId: uuid('user_id').notNull(),
    recipeId: uuid('recipe_id').notNull(),
    position: integer('position').notNull(),
    foodId: uuid('food_id').references(() => foods.id, { onDelete: 'restrict' }),
    userFoodId: uuid('user_food_id'),
    amount: doublePrecision('amount').notNull(),
    unit: text('unit').notNull(),
    grams: doublePrecision('grams').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.recipeId, t.position] }),
    foreignKey({ columns: [t.userId, t.recipeId], foreignColumns: [recipes.userId, recipes.id], name: 'recipe_ingredients_recipe_fk' }).onDelete('cascade'),
    foreignKey({ columns: [t.userId, t.userFoodId], foreignColumns: [userFoods.userId, userFoods.id], name: 'recipe_ingredients_user_food_fk' }).onDelete('restrict'),
    index('recipe_ingredients_user_food').on(t.userId, t.userFoodId),
  ],
);
