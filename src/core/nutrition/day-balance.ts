import { addDays, dayOfWeek, type IsoDate } from '../dates.js';
import { ValidationError } from '../errors.js';
import { roundHalfUp } from '../rounding.js';
import type { Nutrients } from './nutrients.js';

/** What a day is measured against: the calorie goal and the macro targets of computeGoal (kcal, g). */
export interface DayTargets {
  goalKcal: number;
  proteinG: number;
  fatG: number;
  carbsG: number;
}

export interface MacroProgress {
  eatenG: number;
  targetG: number | null;
  /** target − eaten (negative when over); null without a target. */
  remainingG: number | null;
}

export interface DayBalance {
  goalKcal: number | null;
  foodKcal: number;
  /** Exercise energy logged that day, whether or not it counts toward the budget. */
  exerciseKcal: number;
  /** The part of exerciseKcal added to the budget: all of it, or 0 when the user keeps exercise out. */
  exerciseCountedKcal: number;
  /** goal − food + exercise; null without a goal. */
  remainingKcal: number | null;
  protein: MacroProgress;
  fat: MacroProgress;
  carbs: MacroProgress;
}

export interface DayBalanceInput {
  targets: DayTargets | null;
  food: Nutrients;
  exerciseKcal: number;
  /** The user's "exercise energy in the budget" setting (MyFitnessPal's net calories). */
  exerciseInBudget: boolean;
}

/**
 * The day's budget: remaining = goal − food + exercise (MyPlate / MyFitnessPal "net calories"; exercise
 * counts only when exerciseInBudget). Each term is rounded half up to whole kcal first, so the shown
 * equation adds up exactly; macros to 0.1 g. kcal and grams.
 */
export function dayBalance({ targets, food, exerciseKcal, exerciseInBudget }: DayBalanceInput): DayBalance {
  const foodKcal = roundHalfUp(food.energyKcal);
  const exercise = roundHalfUp(Math.max(0, exerciseKcal));
  const counted = exerciseInBudget ? exercise : 0;
  const macro = (eaten: number, target: number | null): MacroProgress => {
    const eatenG = round1(eaten);
    return { eatenG, targetG: target, remainingG: target === null ? null : round1(target - eatenG) };
  };
  return {
    goalKcal: targets?.goalKcal ?? null,
    foodKcal,
    exerciseKcal: exercise,
    exerciseCountedKcal: counted,
    remainingKcal: targets ? targets.goalKcal - foodKcal + counted : null,
    protein: macro(food.proteinG, targets?.proteinG ?? null),
    fat: macro(food.fatG, targets?.fatG ?? null),
    carbs: macro(food.carbsG, targets?.carbsG ?? null),
  };
}

/** The seven local days of the week that contains `date`, starting on `weekStartsOn` (ISO 8601 numbering, 1 = Monday … 7 = Sunday). */
export function weekDays(date: IsoDate, weekStartsOn: number): IsoDate[] {
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 1 || weekStartsOn > 7) {
    throw ValidationError.field('weekStartsOn', `must be 1 (Monday) to 7 (Sunday), got ${weekStartsOn}`);
  }
  const back = (dayOfWeek(date) - weekStartsOn + 7) % 7;
  const start = addDays(date, -back);
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

export interface WeekDayInput {
  date: IsoDate;
  foodKcal: number;
  exerciseKcal: number;
  entries: number;
}

export interface WeekDay extends WeekDayInput {
  goalKcal: number | null;
  /** goal + counted exercise: what the day's food was allowed to be. */
  budgetKcal: number | null;
  remainingKcal: number | null;
}

export interface WeekBalance {
  days: WeekDay[];
  foodKcal: number;
  budgetKcal: number | null;
  /** Mean food energy over the days that have at least one entry; null when none has. */
  averageFoodKcal: number | null;
  daysLogged: number;
  daysOverBudget: number;
}

/** A week against the goal: per day budget = goal + counted exercise, remaining = budget − food; totals, mean over logged days, days over budget. Whole kcal. */
export function weekBalance(days: readonly WeekDayInput[], goalKcal: number | null, exerciseInBudget: boolean): WeekBalance {
  const out: WeekDay[] = days.map((d) => {
    const foodKcal = roundHalfUp(d.foodKcal);
    const exerciseKcal = roundHalfUp(Math.max(0, d.exerciseKcal));
    const budgetKcal = goalKcal === null ? null : goalKcal + (exerciseInBudget ? exerciseKcal : 0);
    return { ...d, foodKcal, exerciseKcal, goalKcal, budgetKcal, remainingKcal: budgetKcal === null ? null : budgetKcal - foodKcal };
  });
  const logged = out.filter((d) => d.entries > 0);
  const foodKcal = out.reduce((s, d) => s + d.foodKcal, 0);
  return {
    days: out,
    foodKcal,
    budgetKcal: goalKcal === null ? null : out.reduce((s, d) => s + (d.budgetKcal ?? 0), 0),
    averageFoodKcal: logged.length === 0 ? null : roundHalfUp(logged.reduce((s, d) => s + d.foodKcal, 0) / logged.length),
    daysLogged: logged.length,
    daysOverBudget: out.filter((d) => d.remainingKcal !== null && d.entries > 0 && d.remainingKcal < 0).length,
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
