import type {
  CopyInput,
  CustomFoodInput,
  DayView,
  DiaryEntry,
  EntryPatch,
  Food,
  FoodHit,
  LogEntryInput,
  Recipe,
  RecipeInput,
  WeekView,
} from '../contract/index.js';
import { request } from './api.js';

const qs = (params: Record<string, string | number | undefined>) => {
  const entries = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
};

/** The typed client of /api/foods, /api/recipes and /api/diary (shapes from src/contract). */
export const diaryApi = {
  search: async (q: string, signal?: AbortSignal) => (await request<{ foods: FoodHit[] }>('GET', `/api/foods${qs({ q, limit: 20 })}`, undefined, signal)).foods,
  recent: async (signal?: AbortSignal) => (await request<{ foods: FoodHit[] }>('GET', `/api/foods/recent${qs({ limit: 12 })}`, undefined, signal)).foods,
  food: (id: string, signal?: AbortSignal) => request<Food>('GET', `/api/foods/${id}`, undefined, signal),
  createFood: (input: CustomFoodInput) => request<Food>('POST', '/api/foods', input),

  day: (date: string, signal?: AbortSignal) => request<DayView>('GET', `/api/diary/days/${date}`, undefined, signal),
  week: (date: string, signal?: AbortSignal) => request<WeekView>('GET', `/api/diary/weeks/${date}`, undefined, signal),
  log: (input: LogEntryInput) => request<DiaryEntry>('POST', '/api/diary/entries', input),
  update: (id: string, patch: EntryPatch) => request<{ entry: DiaryEntry; previous: DiaryEntry }>('PATCH', `/api/diary/entries/${id}`, patch),
  remove: (id: string) => request<DiaryEntry>('DELETE', `/api/diary/entries/${id}`),
  restore: (id: string) => request<DiaryEntry>('POST', `/api/diary/entries/${id}/restore`),
  copy: (input: CopyInput) => request<{ entries: DiaryEntry[] }>('POST', '/api/diary/copy', input),

  recipes: async (signal?: AbortSignal) => (await request<{ recipes: Recipe[] }>('GET', '/api/recipes', undefined, signal)).recipes,
  createRecipe: (input: RecipeInput) => request<Recipe>('POST', '/api/recipes', input),
};
