import { randomUUID } from 'node:crypto';
import { addDays, daysBetween } from '../core/dates.js';
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../core/errors.js';
import type { Per100g, Portion } from '../core/nutrition/food-catalog.js';
import { foodWords, rankFoods, type FoodSource, type FoodWords, type RankCandidate } from '../core/nutrition/food-ranking.js';
import { multiplyNutrients, nutrientProblems } from '../core/nutrition/nutrients.js';
import { formatAmount, massUnitOf } from '../core/nutrition/portions.js';
import { barcodeKey, searchDocument, searchWords } from '../core/nutrition/search-text.js';
import type { DiaryRepository, FoodRepository, FoodSearchRow, RecentFoodRow, RecipeRepository, UserFoodValues } from '../store/index.js';
import { requireUser, type Actor } from './actor.js';
import type { Clock } from './clock.js';
import { userFoodLoggable, type FoodKind, type FoodLookup, type Loggable } from './foods-lookup.service.js';

/** How far back "recent" reaches, for ranking and the recent-foods list. */
export const RECENT_DAYS = 90;
const MAX_QUERY_WORDS = 8;
/** The latest-logged foods whose history search shows and ranks by. */
const RECENT_LIMIT = 500;
export const SEARCH_LIMIT_MAX = 50;

/** The user's history with a food: how often in the recent window, and the latest amount. */
export interface RecentUse {
  uses: number;
  lastDate: string;
  lastAmount: number;
  lastUnit: string;
  lastMeal: string;
}

/** One search result or recent food: enough to show it and log it without another request. */
export interface FoodHit {
  id: string;
  kind: FoodKind;
  name: string;
  brand: string | null;
  source: FoodSource;
  sourceId: string;
  kcalPer100g: number;
  proteinPer100g: number;
  fatPer100g: number;
  carbsPer100g: number;
  portions: Portion[];
  recent: RecentUse | null;
}

/** A food with everything we know: nutrients per 100 g, further nutrients, portions. */
export type FoodDetail = Loggable;

/** A person's own food as they type it from a label: nutrients for `perGrams` grams (100 by default). */
export interface CustomFoodInput {
  name: string;
  brand?: string | null | undefined;
  barcode?: string | null | undefined;
  perGrams?: number | undefined;
  energyKcal: number;
  proteinG: number;
  fatG: number;
  carbsG: number;
  saturatedFatG?: number | null | undefined;
  fiberG?: number | null | undefined;
  sugarsG?: number | null | undefined;
  sodiumMg?: number | null | undefined;
  portions?: ReadonlyArray<{ amount?: number | undefined; unit: string; grams: number }> | undefined;
}

/** Foods whose words ranking remembers before it starts over (a few hundred bytes each). */
const RANK_WORDS_CACHED = 50_000;

/**
 * foodWords remembered by the text they come from: a search's candidates are mostly the foods of earlier searches,
 * and normalising their names again was a third of ranking's time. Keyed by the text itself, so a renamed food
 * simply has another key and nothing can go stale.
 */
function foodWordsCache(): (food: RankCandidate) => FoodWords {
  const memo = new Map<string, FoodWords>();
  return (food) => {
    const key = `${food.name}\u0000${food.brand ?? ''}\u0000${food.aliases.join('\u0001')}`;
    let words = memo.get(key);
    if (words === undefined) {
      if (memo.size >= RANK_WORDS_CACHED) memo.clear();
      memo.set(key, (words = foodWords(food)));
    }
    return words;
  };
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Food search, recent foods, one food's details, and a person's own foods. */
export function createFoodsService(deps: { foods: FoodRepository; recipes: RecipeRepository; diary: DiaryRepository; lookup: FoodLookup; clock: Clock }) {
  const { foods, recipes, diary, lookup, clock } = deps;

  // Ranking reads each candidate's words; the same foods come back search after search (self-keyed by their text).
  const rankWords = foodWordsCache();
  const recentOf = (r: RecentFoodRow | undefined): RecentUse | null =>
    r ? { uses: r.uses, lastDate: r.lastDate, lastAmount: r.lastAmount, lastUnit: r.lastUnit, lastMeal: r.lastMeal } : null;
  const hitOf = (f: Loggable, recent: RecentUse | null): FoodHit => ({
    id: f.id,
    kind: f.kind,
    name: f.name,
    brand: f.brand,
    source: f.source,
    sourceId: f.sourceId,
    kcalPer100g: round(f.per100g.energyKcal, 1),
    proteinPer100g: round(f.per100g.proteinG, 1),
    fatPer100g: round(f.per100g.fatG, 1),
    carbsPer100g: round(f.per100g.carbsG, 1),
    portions: f.portions,
    recent,
  });
  /** A catalog food or one of the user's own as the search statement returned it (portions parsed only now). */
  const searchHit = (r: FoodSearchRow): FoodHit => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    brand: r.brand,
    source: r.source as FoodSource,
    sourceId: r.sourceId,
    kcalPer100g: round(r.energyKcal, 1),
    proteinPer100g: round(r.proteinG, 1),
    fatPer100g: round(r.fatG, 1),
    carbsPer100g: round(r.carbsG, 1),
    portions: r.portionsJson === null ? [] : (JSON.parse(r.portionsJson) as Portion[]),
    recent: r.recent,
  });

  return {
    /** Ranked search over names, aliases, brands and barcodes of the catalog and the user's own foods and recipes. */
    async search(actor: Actor, query: string, { limit = 20 }: { limit?: number } = {}): Promise<FoodHit[]> {
      const userId = requireUser(actor);
      const q = typeof query === 'string' ? query.trim() : '';
      if (q === '') throw ValidationError.field('q', 'type part of a food name, a brand or a barcode');
      if (q.length > 100) throw ValidationError.field('q', 'must be at most 100 characters');
      if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_LIMIT_MAX) throw ValidationError.field('limit', `must be a whole number from 1 to ${SEARCH_LIMIT_MAX}`);
      const words = [...new Set(searchWords(q))].slice(0, MAX_QUERY_WORDS);
      const code = barcodeKey(q);
      const today = clock.today();
      // One statement: catalog candidates, the user's own foods and matching recipes, each with the user's history.
      const rows = await foods.searchFoods(userId, { words, barcodeKey: code, since: addDays(today, -RECENT_DAYS), recentLimit: RECENT_LIMIT });
      const byId = new Map(rows.map((r) => [r.id, r]));
      const pool = rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        name: r.name,
        brand: r.brand,
        aliases: r.aliases,
        source: r.source as FoodSource,
        dedupeKey: r.dedupeKey,
        usage: r.recent ? { count: r.recent.uses, daysSinceLast: daysBetween(r.recent.lastDate, today) } : null,
      }));
      // A scanned barcode names one product: it goes first, whatever its name says.
      const byBarcode = code === null ? [] : rows.filter((c) => c.kind !== 'recipe' && c.barcode !== null && c.barcode.replace(/^0+/, '') === code);
      const ranked = [...byBarcode.map((c) => c.id), ...rankFoods(q, pool, limit, rankWords).map((r) => r.food.id)]
        .filter((id, i, all) => all.indexOf(id) === i)
        .slice(0, limit)
        .map((id) => byId.get(id)!);
      // A recipe's nutrition comes from its ingredients: computed only for the recipes shown.
      const recipeRefs = ranked.filter((r) => r.kind === 'recipe').map((r) => ({ kind: 'recipe' as const, id: r.id }));
      const recipeDetails = recipeRefs.length > 0 ? await lookup.findMany(userId, recipeRefs) : new Map<string, Loggable>();
      return ranked.flatMap((r) => {
        if (r.kind !== 'recipe') return [searchHit(r)];
        const f = recipeDetails.get(r.id);
        return f ? [hitOf(f, r.recent)] : [];
      });
    },

    /** Foods the user logged in the last 90 days, latest first: the two-tap list. */
    async recent(actor: Actor, { limit = 20 }: { limit?: number } = {}): Promise<FoodHit[]> {
      const userId = requireUser(actor);
      if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_LIMIT_MAX) throw ValidationError.field('limit', `must be a whole number from 1 to ${SEARCH_LIMIT_MAX}`);
      const rows = await diary.recentFoods(userId, addDays(clock.today(), -RECENT_DAYS), limit);
      const details = await lookup.findMany(userId, rows.map((r) => ({ kind: r.kind, id: r.foodId })));
      return rows.flatMap((r) => {
        const f = details.get(r.foodId);
        return f ? [hitOf(f, recentOf(r))] : [];
      });
    },

    async get(actor: Actor, id: string): Promise<FoodDetail> {
      const userId = requireUser(actor);
      const food = await lookup.find(userId, id);
      if (!food) throw new NotFoundError(`No food ${id}`);
      return food;
    },

    async listCustom(actor: Actor): Promise<FoodDetail[]> {
      const userId = requireUser(actor);
      return (await foods.listUserFoods(userId)).map(userFoodLoggable);
    },

    async createCustom(actor: Actor, input: CustomFoodInput): Promise<FoodDetail> {
      const userId = requireUser(actor);
      return userFoodLoggable(await foods.insertUserFood(userId, randomUUID(), customValues(input), clock.now()));
    },

    async updateCustom(actor: Actor, id: string, input: CustomFoodInput): Promise<FoodDetail> {
      const userId = requireUser(actor);
      const row = await foods.updateUserFood(userId, id, customValues(input), clock.now());
      if (!row) throw new NotFoundError(`You have no food ${id}`);
      return userFoodLoggable(row);
    },

    /** Deletes one of the user's foods; refused (409) while a recipe uses it. Diary entries keep their snapshot. */
    async deleteCustom(actor: Actor, id: string): Promise<void> {
      const userId = requireUser(actor);
      const users = await recipes.namesUsingUserFood(userId, id);
      if (users.length > 0) throw new ConflictError(`The recipe${users.length > 1 ? 's' : ''} ${users.map((n) => `"${n}"`).join(', ')} use${users.length > 1 ? '' : 's'} this food; change ${users.length > 1 ? 'them' : 'it'} first`);
      if (!(await foods.deleteUserFood(userId, id))) throw new NotFoundError(`You have no food ${id}`);
    },
  };
}
export type FoodsService = ReturnType<typeof createFoodsService>;

/** Checks a custom food and converts its label values to per 100 g. */
function customValues(input: CustomFoodInput): UserFoodValues {
  const issues: FieldIssue[] = [];
  const name = typeof input.name === 'string' ? input.name.trim().replace(/\s+/g, ' ') : '';
  if (name === '' || name.length > 120) issues.push({ field: 'name', message: 'must be 1–120 characters' });
  const perGrams = input.perGrams ?? 100;
  if (!Number.isFinite(perGrams) || perGrams <= 0 || perGrams > 10_000) issues.push({ field: 'perGrams', message: 'must be a number of grams above 0' });
  const per: Per100g = {
    energyKcal: input.energyKcal,
    proteinG: input.proteinG,
    fatG: input.fatG,
    saturatedFatG: input.saturatedFatG ?? null,
    carbsG: input.carbsG,
    fiberG: input.fiberG ?? null,
    sugarsG: input.sugarsG ?? null,
    sodiumMg: input.sodiumMg ?? null,
  };
  for (const [field, v] of Object.entries(per)) {
    if (v !== null && (typeof v !== 'number' || !Number.isFinite(v) || v < 0)) issues.push({ field, message: 'must be a number ≥ 0' });
  }
  const portions: Portion[] = (input.portions ?? []).map((p, i) => {
    const amount = p.amount ?? 1;
    const unit = typeof p.unit === 'string' ? p.unit.trim() : '';
    if (unit === '' || unit.length > 60 || massUnitOf(unit)) issues.push({ field: `portions.${i}.unit`, message: 'must name a household measure (not g or oz, which every food has)' });
    if (!(amount > 0)) issues.push({ field: `portions.${i}.amount`, message: 'must be above 0' });
    if (!(p.grams > 0 && p.grams <= 10_000)) issues.push({ field: `portions.${i}.grams`, message: 'must be a number of grams above 0' });
    return { amount, unit, label: `${formatAmount(amount)} ${unit}`, grams: p.grams };
  });
  if (issues.length > 0) throw new ValidationError(`${issues[0]!.field}: ${issues[0]!.message}`, issues);
  const per100g = multiplyNutrients(per, 100 / perGrams);
  const problems = nutrientProblems(per100g, { checkEnergy: false }).map((p) => ({ field: p.field, message: p.message.replace('per 100 g', `per 100 g (from ${perGrams} g)`) }));
  if (problems.length > 0) throw new ValidationError(`${problems[0]!.field}: ${problems[0]!.message}`, problems);
  const brand = input.brand?.trim() || null;
  const barcode = input.barcode?.replace(/[\s-]/g, '') || null;
  if (barcode !== null && !/^\d{8,14}$/.test(barcode)) throw ValidationError.field('barcode', 'must be 8–14 digits');
  return { name, brand, barcode, ...per100g, portions, searchText: searchDocument([name, brand]) };
}
