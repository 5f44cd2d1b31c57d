import { z } from 'zod';
import { MUSCLES, type MuscleId } from '../core/training/muscles.js';
import { IsoDate } from './common.js';
import { DayBalance } from './diary.js';
import { Units } from './goal.js';
import { Tip } from './tips.js';

/** `GET /api/home?date=`. */
export const HomeQuery = z.object({ date: IsoDate.optional().describe('the day (default today)') });
export type HomeQuery = z.infer<typeof HomeQuery>;

const MUSCLE_IDS = MUSCLES.map((m) => m.id) as [MuscleId, ...MuscleId[]];

const HomeWorkout = z.object({
  id: z.uuid(),
  name: z.string(),
  date: IsoDate,
  exerciseNames: z.array(z.string()),
  workingSets: z.number().int(),
  energyKcal: z.number().nullable(),
});

export const HomeResponse = z
  .object({
    date: IsoDate,
    hasProfile: z.boolean(),
    units: Units,
    weekStartsOn: z.number().int(),
    budget: DayBalance.extend({ exerciseInBudget: z.boolean(), entries: z.number().int() }).describe('goal − food + exercise = remaining, and macros'),
    workout: z.object({
      today: z.array(HomeWorkout),
      next: z
        .object({ kind: z.enum(['routine', 'repeat']), id: z.uuid(), name: z.string(), exerciseNames: z.array(z.string()), reason: z.string() })
        .nullable()
        .describe('a routine to start (the legs’ when they are due), or the last workout to repeat'),
    }),
    week: z
      .object({
        from: IsoDate,
        to: IsoDate,
        days: z.array(z.object({ date: IsoDate, foodKcal: z.number(), budgetKcal: z.number().nullable(), entries: z.number().int(), trained: z.boolean() })),
        daysLogged: z.number().int(),
        daysOverBudget: z.number().int(),
        averageFoodKcal: z.number().nullable(),
      })
      .describe('the week holding the day, starting on the user’s first day of the week'),
    balance: z.object({
      status: z.enum(['none', 'balanced', 'info', 'warning']),
      line: z.string().describe('the balance verdict in one line'),
      hardSets: z.number().int(),
      windowStart: IsoDate,
      windowEnd: IsoDate,
      setsByMuscle: z.record(z.enum(MUSCLE_IDS), z.number()).describe('hard sets a week per muscle, for the body map'),
    }),
    trend: z.object({
      days: z.array(z.object({ date: IsoDate, scaleKg: z.number().nullable(), trendKg: z.number() })),
      latest: z.object({ date: IsoDate, scaleKg: z.number(), trendKg: z.number() }).nullable(),
      weeklyRateKg: z.number().nullable(),
      goalWeeklyKg: z.number().nullable(),
      rateStatus: z.string().nullable(),
    }),
    tip: Tip.nullable().describe('the day’s first tip'),
    tips: z.array(Tip),
  })
  .meta({ id: 'Home' });
export type HomeResponse = z.infer<typeof HomeResponse>;
