import { z } from 'zod';
import { IsoDate } from './common.js';
import { Nutrients, Portion } from './foods.js';

export const MealName = z.string().trim().min(1).max(40).describe('breakfast, lunch, dinner, snacks, or a name of your own');

export const DiaryEntry = z
  .object({
    id: z.uuid(),
    date: IsoDate,
    meal: z.string(),
    kind: z.enum(['catalog', 'custom', 'recipe', 'quick']),
    foodId: z.uuid().nullable(),
    name: z.string(),
    brand: z.string().nullable(),
    amount: z.number(),
    unit: z.string(),
    grams: z.number().nullable().describe('null for a quick add'),
    nutrients: Nutrients.describe('of the amount eaten, as logged (a snapshot: editing the food later changes nothing here)'),
    portions: z.array(Portion),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DiaryEntry' });
export type DiaryEntry = z.infer<typeof DiaryEntry>;

export const LogFoodInput = z
  .object({
    date: IsoDate,
    meal: MealName,
    foodId: z.uuid(),
    amount: z.number().positive().max(100_000),
    unit: z.string().trim().min(1).max(80).describe('g, oz, lb, kg, or one of the food’s portion units'),
  })
  .strict();

export const QuickAddInput = z
  .object({
    date: IsoDate,
    meal: MealName,
    name: z.string().trim().max(120).optional(),
    energyKcal: z.number().min(0).max(10_000),
    proteinG: z.number().min(0).max(1000).optional(),
    fatG: z.number().min(0).max(1000).optional(),
    carbsG: z.number().min(0).max(1000).optional(),
  })
  .strict();

export const LogEntryInput = z.union([LogFoodInput, QuickAddInput]);
export type LogEntryInput = z.infer<typeof LogEntryInput>;

export const EntryPatch = z
  .object({
    date: IsoDate.optional(),
    meal: MealName.optional(),
    amount: z.number().positive().max(100_000).optional(),
    unit: z.string().trim().min(1).max(80).optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'change at least one of date, meal, amount, unit', path: ['date'] });
export type EntryPatch = z.infer<typeof EntryPatch>;

export const EntryUpdate = z.object({ entry: DiaryEntry, previous: DiaryEntry.describe('the entry before this change: PATCH it back to undo') });

export const CopyInput = z
  .object({
    fromDate: IsoDate,
    toDate: IsoDate,
    fromMeal: MealName.optional().describe('copy only this meal (the whole day when absent)'),
    toMeal: MealName.optional().describe('into this meal (the same meal when absent)'),
  })
  .strict();
export type CopyInput = z.infer<typeof CopyInput>;

export const EntryList = z.object({ entries: z.array(DiaryEntry) });

const MacroProgress = z.object({ eatenG: z.number(), targetG: z.number().nullable(), remainingG: z.number().nullable() });

export const DayBalance = z.object({
  goalKcal: z.number().nullable(),
  foodKcal: z.number(),
  exerciseKcal: z.number(),
  exerciseCountedKcal: z.number().describe('the part of exercise added to the budget (0 when exercise is kept out)'),
  remainingKcal: z.number().nullable().describe('goal − food + exercise'),
  protein: MacroProgress,
  fat: MacroProgress,
  carbs: MacroProgress,
});

export const DayView = z
  .object({
    date: IsoDate,
    meals: z.array(z.object({ name: z.string(), entries: z.array(DiaryEntry), totals: Nutrients })),
    totals: Nutrients,
    balance: DayBalance,
    exerciseInBudget: z.boolean(),
  })
  .meta({ id: 'DiaryDay' });
export type DayView = z.infer<typeof DayView>;

export const WeekView = z
  .object({
    from: IsoDate,
    to: IsoDate,
    weekStartsOn: z.number().int(),
    goalKcal: z.number().nullable(),
    exerciseInBudget: z.boolean(),
    days: z.array(
      z.object({
        date: IsoDate,
        foodKcal: z.number(),
        exerciseKcal: z.number(),
        entries: z.number().int(),
        goalKcal: z.number().nullable(),
        budgetKcal: z.number().nullable(),
        remainingKcal: z.number().nullable(),
      }),
    ),
    foodKcal: z.number(),
    budgetKcal: z.number().nullable(),
    averageFoodKcal: z.number().nullable(),
    daysLogged: z.number().int(),
    daysOverBudget: z.number().int(),
  })
  .meta({ id: 'DiaryWeek' });
export type WeekView = z.infer<typeof WeekView>;

export const DiaryDateParams = z.object({ date: IsoDate });
