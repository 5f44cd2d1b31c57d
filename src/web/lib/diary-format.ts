import type { DiaryEntry, FoodHit, Portion } from '../../contract/index.js';
import { addDays, dayOfWeek, isIsoDate } from '../../core/dates.js';
import { STANDARD_MEALS } from '../../core/nutrition/meals.js';
import { G_PER_OZ, formatAmount } from '../../core/nutrition/portions.js';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Today in the browser's time zone, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The date of a `?date=` parameter when it is a real day, else today. */
export function dateParam(search: string, today: string): string {
  const d = new URLSearchParams(search).get('date');
  return d && isIsoDate(d) ? d : today;
}

/** "Today", "Yesterday", "Tomorrow", or "Sat 21 Nov" (with the year when it is not this year's). */
export function dayLabel(date: string, today: string): string {
  if (date === today) return 'Today';
  if (date === addDays(today, -1)) return 'Yesterday';
  if (date === addDays(today, 1)) return 'Tomorrow';
  return shortDate(date, date.slice(0, 4) !== today.slice(0, 4));
}

/** "Sat 21 Nov" (and " 2025" when asked). */
export function shortDate(date: string, withYear = false): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${DAY_NAMES[dayOfWeek(date) - 1]} ${d} ${MONTHS[m - 1]}${withYear ? ` ${y}` : ''}`;
}

/** A week's span: "16 – 22 Nov", or "28 Dec – 3 Jan" across months. */
export function weekLabel(from: string, to: string): string {
  const [, a, am] = shortDate(from).split(' ');
  const [, b, bm] = shortDate(to).split(' ');
  return am === bm ? `${a} – ${b} ${bm}` : `${a} ${am} – ${b} ${bm}`;
}

/** "Breakfast" for the standard meals; the user's own names as they wrote them. */
export function mealLabel(meal: string): string {
  return (STANDARD_MEALS as readonly string[]).includes(meal) ? meal.charAt(0).toUpperCase() + meal.slice(1) : meal;
}

/** How an entry's amount reads: "2 large", "1 × 1 slice", "227 g", "1 serving". */
export function amountLabel(e: Pick<DiaryEntry, 'amount' | 'unit' | 'portions' | 'kind'>): string {
  const n = formatAmount(e.amount);
  if (e.portions.some((p) => p.label === e.unit)) return e.amount === 1 ? e.unit : `${n} × ${e.unit}`;
  return `${n} ${e.unit}`;
}

/** One choice of the amount picker: a portion of the food (amount counts portions), grams or ounces. */
export interface UnitChoice {
  value: string;
  label: string;
  gramsEach: number;
}

/** The units a food can be logged in: each of its portions by label, then g and oz. */
export function unitChoices(portions: readonly Portion[]): UnitChoice[] {
  const seen = new Set<string>();
  const own = portions
    .filter((p) => (seen.has(p.label) ? false : (seen.add(p.label), true)))
    .map((p) => ({ value: p.label, label: `${p.label} (${formatGrams(p.grams)})`, gramsEach: p.grams }));
  return [...own, { value: 'g', label: 'grams', gramsEach: 1 }, { value: 'oz', label: 'ounces', gramsEach: G_PER_OZ }];
}

/** What the picker starts with: the amount the user logged last time, else one of the first portion, else 100 g. */
export function defaultChoice(hit: Pick<FoodHit, 'portions' | 'recent'>): { amount: number; unit: string } {
  if (hit.recent) return { amount: hit.recent.lastAmount, unit: hit.recent.lastUnit };
  const first = hit.portions[0];
  return first ? { amount: 1, unit: first.label } : { amount: 100, unit: 'g' };
}

/** Grams of an amount in a picker unit; a portion unit the list does not know counts as its own portion unit via `portions`. */
export function gramsOf(amount: number, unit: string, portions: readonly Portion[]): number | null {
  if (!Number.isFinite(amount) || amount <= 0) return null;
  const choice = unitChoices(portions).find((c) => c.value === unit);
  if (choice) return amount * choice.gramsEach;
  const byUnit = portions.find((p) => p.unit === unit);
  return byUnit ? (amount * byUnit.grams) / byUnit.amount : null;
}

/** "50 g", "28.4 g". */
export function formatGrams(g: number): string {
  return `${Math.round(g * 10) / 10} g`;
}
