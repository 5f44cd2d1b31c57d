import { ValidationError } from '../errors.js';

/** The four meals every day has, in day order; people may add their own ("Pre-workout", "Supper"). */
export const STANDARD_MEALS = ['breakfast', 'lunch', 'dinner', 'snacks'] as const;
export type StandardMeal = (typeof STANDARD_MEALS)[number];

const SYNONYMS: Readonly<Record<string, StandardMeal>> = {
  breakfast: 'breakfast',
  lunch: 'lunch',
  dinner: 'dinner',
  snack: 'snacks',
  snacks: 'snacks',
};

export const MEAL_NAME_MAX = 40;

/** A meal name as stored: the standard ones in lower case ("Snack" → "snacks"), others trimmed with inner spaces collapsed; throws ValidationError on `field`. */
export function normalizeMeal(name: string, field = 'meal'): string {
  const trimmed = typeof name === 'string' ? name.trim().replace(/\s+/g, ' ') : '';
  if (trimmed === '') throw ValidationError.field(field, 'must name a meal (breakfast, lunch, dinner, snacks or your own)');
  if (trimmed.length > MEAL_NAME_MAX) throw ValidationError.field(field, `must be at most ${MEAL_NAME_MAX} characters`);
  return SYNONYMS[trimmed.toLowerCase()] ?? trimmed;
}

/** Meals of a day in display order: the four standard meals, then the others in the order given (first logged first). */
export function orderMeals(userMeals: readonly string[]): string[] {
  const extra: string[] = [];
  for (const m of userMeals) {
    if (!(STANDARD_MEALS as readonly string[]).includes(m) && !extra.includes(m)) extra.push(m);
  }
  return [...STANDARD_MEALS, ...extra];
}
