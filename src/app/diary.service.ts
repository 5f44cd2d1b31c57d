import { randomUUID } from 'node:crypto';
import { daysBetween, parseIsoDate } from '../core/dates.js';
import { NotFoundError, ValidationError } from '../core/errors.js';
import type { Portion } from '../core/nutrition/food-catalog.js';
import { dayBalance, weekBalance, weekDays, type DayBalance, type DayTargets, type WeekBalance } from '../core/nutrition/day-balance.js';
import { normalizeMeal, orderMeals } from '../core/nutrition/meals.js';
import { multiplyNutrients, scaleNutrients, sumNutrients, type Nutrients } from '../core/nutrition/nutrients.js';
import { resolveAmount } from '../core/nutrition/portions.js';
import type { DiaryEntryRow, DiaryEntryValues, DiaryRepository, SettingsRepository } from '../store/index.js';
import type { DayRepository, DayRows } from '../store/repositories/day.repository.js';
import { settingsValuesOf } from '../store/repositories/settings.repository.js';
import { requireUser, type Actor } from './actor.js';
import type { Clock } from './clock.js';
import type { FoodLookup } from './foods-lookup.service.js';
import type { KnownRows } from './profile.service.js';

/** Where exercise energy comes from (the workout log); absent until it is wired, and then zero. */
export interface ExerciseEnergySource {
  kcalByDate(userId: string, from: string, to: string): Promise<Map<string, number>>;
  /** The net kcal of one day's workouts, read already with the rest of the day (DayRows['training']). */
  kcalOfDay(userId: string, date: string, training: DayRows['training']): Promise<number>;
}

/** The calorie goal and macro targets of the actor, or null when they have no profile yet. */
export interface GoalTargetsSource {
  /** `known`: the actor's profile and settings when the caller read them already. */
  targetsFor(actor: Actor, known?: KnownRows): Promise<DayTargets | null>;
}

export type EntryKind = 'catalog' | 'custom' | 'recipe' | 'quick';

export interface DiaryEntry {
  id: string;
  date: string;
  meal: string;
  kind: EntryKind;
  foodId: string | null;
  name: string;
  brand: string | null;
  amount: number;
  unit: string;
  grams: number | null;
  nutrients: Nutrients;
  portions: Portion[];
  createdAt: string;
  updatedAt: string;
}

export interface MealView {
  name: string;
  entries: DiaryEntry[];
  totals: Nutrients;
}

export interface DayView {
  date: string;
  meals: MealView[];
  totals: Nutrients;
  balance: DayBalance;
  exerciseInBudget: boolean;
}

export interface WeekView extends WeekBalance {
  from: string;
  to: string;
  weekStartsOn: number;
  goalKcal: number | null;
  exerciseInBudget: boolean;
}

export interface LogFoodInput {
  date: string;
  meal: string;
  foodId: string;
  amount: number;
  unit: string;
}

/** Calories (and macros, if known) without a food: MyFitnessPal's quick add. */
export interface QuickAddInput {
  date: string;
  meal: string;
  name?: string | undefined;
  energyKcal: number;
  proteinG?: number | undefined;
  fatG?: number | undefined;
  carbsG?: number | undefined;
}

export interface EntryPatch {
  date?: string | undefined;
  meal?: string | undefined;
  amount?: number | undefined;
  unit?: string | undefined;
}

export interface CopyInput {
  fromDate: string;
  toDate: string;
  /** Only this meal (all meals when absent). */
  fromMeal?: string | undefined;
  /** Into this meal (the same meal when absent). */
  toMeal?: string | undefined;
}

/** Deleted entries can be restored for this long, then they are purged. */
export const UNDO_WINDOW_DAYS = 7;
const MAX_COPY = 200;

const r2 = (x: number) => Math.round(x * 100) / 100;
const roundWith = (n: Nutrients, f: (x: number) => number): Nutrients => ({
  energyKcal: f(n.energyKcal),
  proteinG: f(n.proteinG),
  fatG: f(n.fatG),
  saturatedFatG: n.saturatedFatG === null ? null : f(n.saturatedFatG),
  carbsG: f(n.carbsG),
  fiberG: n.fiberG === null ? null : f(n.fiberG),
  sugarsG: n.sugarsG === null ? null : f(n.sugarsG),
  sodiumMg: n.sodiumMg === null ? null : f(n.sodiumMg),
});
const nutrientsOf = (r: DiaryEntryRow): Nutrients => ({
  energyKcal: r.energyKcal,
  proteinG: r.proteinG,
  fatG: r.fatG,
  saturatedFatG: r.saturatedFatG,
  carbsG: r.carbsG,
  fiberG: r.fiberG,
  sugarsG: r.sugarsG,
  sodiumMg: r.sodiumMg,
});

function toEntry(r: DiaryEntryRow): DiaryEntry {
  return {
    id: r.id,
    date: r.date,
    meal: r.meal,
    kind: r.kind as EntryKind,
    foodId: r.foodId,
    name: r.name,
    brand: r.brand,
    amount: r.amount,
    unit: r.unit,
    grams: r.grams === null ? null : r2(r.grams),
    nutrients: roundWith(nutrientsOf(r), r2),
    portions: r.portions,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** A quick-add number: 0 when absent; a ValidationError naming the field when it is not within 0…max. */
function checkNumber(field: string, v: number | undefined, max: number): number {
  if (v === undefined) return 0;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max) throw ValidationError.field(field, `must be a number from 0 to ${max}`);
  return v;
}

/** The food diary: log, edit, delete with undo, copy; the day against the budget and the week against the goal. */
export function createDiaryService(deps: {
  diary: DiaryRepository;
  dayReads: DayRepository;
  lookup: FoodLookup;
  settings: SettingsRepository;
  goals: GoalTargetsSource;
  clock: Clock;
  exerciseEnergy?: ExerciseEnergySource | undefined;
}) {
  const { diary, dayReads, lookup, settings, goals, clock, exerciseEnergy } = deps;

  const exerciseBetween = async (userId: string, from: string, to: string) =>
    exerciseEnergy ? await exerciseEnergy.kcalByDate(userId, from, to) : new Map<string, number>();

  async function live(userId: string, id: string): Promise<DiaryEntryRow> {
    const row = await diary.get(userId, id);
    if (!row) throw new NotFoundError(`No diary entry ${id}`);
    return row;
  }

  return {
    async day(actor: Actor, date: string): Promise<DayView> {
      const userId = requireUser(actor);
      parseIsoDate(date, 'date');
      // The most frequent read of all: the entries, settings, profile and the day's training in one statement.
      const read = await dayReads.read(userId, date);
      const rows = read.entries;
      const prefs = settingsValuesOf(read.settings);
      const [targets, exercise] = await Promise.all([
        goals.targetsFor(actor, { profile: read.profile, settings: prefs }),
        exerciseEnergy ? exerciseEnergy.kcalOfDay(userId, date, read.training) : 0,
      ]);
      const meals = orderMeals(rows.map((r) => r.meal)).map((name) => {
        const mine = rows.filter((r) => r.meal === name);
        return { name, entries: mine.map(toEntry), totals: roundWith(sumNutrients(mine.map(nutrientsOf)), r2) };
      });
      const totals = sumNutrients(rows.map(nutrientsOf));
      return {
        date,
        meals,
        totals: roundWith(totals, r2),
        balance: dayBalance({ targets, food: totals, exerciseKcal: exercise, exerciseInBudget: prefs.exerciseEnergyInBudget }),
        exerciseInBudget: prefs.exerciseEnergyInBudget,
      };
    },

    /** The week (by the user's first day of the week) that contains `date`: each day's food against goal + exercise. */
    async week(actor: Actor, date: string): Promise<WeekView> {
      const userId = requireUser(actor);
      parseIsoDate(date, 'date');
      const prefs = await settings.get(userId);
      const days = weekDays(date, prefs.weekStartsOn);
      const from = days[0]!;
      const to = days[6]!;
      const totals = new Map((await diary.dayTotals(userId, from, to)).map((t) => [t.date, t]));
      const exercise = await exerciseBetween(userId, from, to);
      const targets = await goals.targetsFor(actor, { settings: prefs });
      const balance = weekBalance(
        days.map((d) => ({ date: d, foodKcal: totals.get(d)?.energyKcal ?? 0, exerciseKcal: exercise.get(d) ?? 0, entries: totals.get(d)?.entries ?? 0 })),
        targets?.goalKcal ?? null,
        prefs.exerciseEnergyInBudget,
      );
      return { ...balance, from, to, weekStartsOn: prefs.weekStartsOn, goalKcal: targets?.goalKcal ?? null, exerciseInBudget: prefs.exerciseEnergyInBudget };
    },

    /** Logs an amount of a food (any of its portions, or g/oz/lb/kg) or a quick-add, keeping a snapshot of grams and nutrients. */
    async log(actor: Actor, input: LogFoodInput | QuickAddInput): Promise<DiaryEntry> {
      const userId = requireUser(actor);
      const date = parseIsoDate(input.date, 'date');
      const meal = normalizeMeal(input.meal);
      // The spread comes last: on Node 20 properties added after a spread give every object its own hidden class.
      let values: DiaryEntryValues & { id: string };
      if ('foodId' in input) {
        const food = await lookup.find(userId, input.foodId);
        if (!food) throw ValidationError.field('foodId', `no food ${input.foodId}`);
        const amount = resolveAmount(input.amount, input.unit, food.portions);
        values = {
          id: randomUUID(),
          date,
          meal,
          kind: food.kind,
          foodId: food.id,
          name: food.name,
          brand: food.brand,
          amount: amount.amount,
          unit: amount.unit,
          grams: amount.grams,
          portions: food.portions,
          ...scaleNutrients(food.per100g, amount.grams),
        };
      } else {
        const name = input.name?.trim() || 'Quick add';
        if (name.length > 120) throw ValidationError.field('name', 'must be at most 120 characters');
        values = {
          id: randomUUID(),
          date,
          meal,
          kind: 'quick',
          foodId: null,
          name,
          brand: null,
          amount: 1,
          unit: 'serving',
          grams: null,
          energyKcal: checkNumber('energyKcal', input.energyKcal, 10_000),
          proteinG: checkNumber('proteinG', input.proteinG, 1000),
          fatG: checkNumber('fatG', input.fatG, 1000),
          saturatedFatG: null,
          carbsG: checkNumber('carbsG', input.carbsG, 1000),
          fiberG: null,
          sugarsG: null,
          sodiumMg: null,
          portions: [],
        };
      }
      const [row] = await diary.insert(userId, [values], clock.now());
      return toEntry(row!);
    },

    /** Changes an entry's day, meal or amount (nutrients rescale from its own snapshot); returns it and what it was, for undo. */
    async update(actor: Actor, id: string, patch: EntryPatch): Promise<{ entry: DiaryEntry; previous: DiaryEntry }> {
      const userId = requireUser(actor);
      const row = await live(userId, id);
      const changes: Partial<DiaryEntryValues> = {};
      if (patch.date !== undefined) changes.date = parseIsoDate(patch.date, 'date');
      if (patch.meal !== undefined) changes.meal = normalizeMeal(patch.meal);
      if (patch.amount !== undefined || patch.unit !== undefined) {
        let factor: number;
        if (row.grams === null) {
          const amount = patch.amount ?? row.amount;
          if (patch.unit !== undefined && patch.unit !== row.unit) throw ValidationError.field('unit', 'a quick-add entry is counted in servings');
          if (!(amount > 0 && amount <= 100)) throw ValidationError.field('amount', 'must be a number above 0 and at most 100');
          factor = amount / row.amount;
          changes.amount = amount;
        } else {
          const resolved = resolveAmount(patch.amount ?? row.amount, patch.unit ?? row.unit, row.portions);
          factor = resolved.grams / row.grams;
          Object.assign(changes, { amount: resolved.amount, unit: resolved.unit, grams: resolved.grams });
        }
        Object.assign(changes, multiplyNutrients(nutrientsOf(row), factor));
      }
      const updated = await diary.update(userId, id, changes, clock.now());
      if (!updated) throw new NotFoundError(`No diary entry ${id}`);
      return { entry: toEntry(updated), previous: toEntry(row) };
    },

    /** Deletes an entry; it can be restored for UNDO_WINDOW_DAYS days. Returns what was deleted. */
    async remove(actor: Actor, id: string): Promise<DiaryEntry> {
      const userId = requireUser(actor);
      const now = clock.now();
      const row = await diary.softDelete(userId, id, now);
      if (!row) throw new NotFoundError(`No diary entry ${id}`);
      await diary.purgeDeleted(userId, new Date(now.getTime() - UNDO_WINDOW_DAYS * 86_400_000));
      return toEntry(row);
    },

    /** Undoes a delete. */
    async restore(actor: Actor, id: string): Promise<DiaryEntry> {
      const userId = requireUser(actor);
      const row = await diary.restore(userId, id, clock.now());
      if (!row) throw new NotFoundError(`No deleted diary entry ${id} (it may be older than ${UNDO_WINDOW_DAYS} days)`);
      return toEntry(row);
    },

    /** Copies a meal or a whole day to another day (and meal); the copies are new entries with the same snapshots. */
    async copy(actor: Actor, input: CopyInput): Promise<DiaryEntry[]> {
      const userId = requireUser(actor);
      const fromDate = parseIsoDate(input.fromDate, 'fromDate');
      const toDate = parseIsoDate(input.toDate, 'toDate');
      const fromMeal = input.fromMeal === undefined ? undefined : normalizeMeal(input.fromMeal, 'fromMeal');
      const toMeal = input.toMeal === undefined ? undefined : normalizeMeal(input.toMeal, 'toMeal');
      if (toMeal !== undefined && fromMeal === undefined) throw ValidationError.field('fromMeal', 'name the meal to copy when copying into another meal');
      if (fromDate === toDate && (toMeal ?? fromMeal) === fromMeal) throw ValidationError.field('toDate', 'is the same day and meal as the source');
      if (Math.abs(daysBetween(fromDate, toDate)) > 3660) throw ValidationError.field('toDate', 'is more than ten years from fromDate');
      const rows = await diary.listDay(userId, fromDate, fromMeal);
      if (rows.length === 0) throw new NotFoundError(`Nothing logged on ${fromDate}${fromMeal ? ` at ${fromMeal}` : ''} to copy`);
      if (rows.length > MAX_COPY) throw ValidationError.field('fromDate', `has more than ${MAX_COPY} entries`);
      const copies = rows.map((r) => {
        const { userId: _u, id: _i, seq: _s, createdAt: _c, updatedAt: _up, deletedAt: _d, ...values } = r;
        return { ...values, id: randomUUID(), date: toDate, meal: toMeal ?? r.meal };
      });
      return (await diary.insert(userId, copies, clock.now())).sort((a, b) => a.seq - b.seq).map(toEntry);
    },
  };
}
export type DiaryService = ReturnType<typeof createDiaryService>;

/** Day targets from the profile's goal (computeGoal): null while the user has no profile. */
export function goalTargetsFrom(profile: { goal(actor: Actor, known?: KnownRows): Promise<{ goalKcal: number; macros: { proteinG: number; fatG: number; carbsG: number } }> }): GoalTargetsSource {
  return {
    async targetsFor(actor, known) {
      try {
        const g = await profile.goal(actor, known);
        return { goalKcal: g.goalKcal, proteinG: g.macros.proteinG, fatG: g.macros.fatG, carbsG: g.macros.carbsG };
      } catch (err) {
        if (err instanceof NotFoundError) return null;
        throw err;
      }
    },
  };
}
