import { z } from 'zod';
import { GIRTH_SITES } from '../core/body/body-log.js';
import { IsoDate } from './common.js';
import { Units } from './goal.js';

/** A weight: kg as a number, or text in any unit ("180 lb", "81.6 kg", "12 st 8 lb"). */
const WeightValue = z.union([z.number().min(30).max(350), z.string().min(1).max(40)]);
/** A girth: cm as a number, or text ("32 in", "81 cm"). */
const GirthValue = z.union([z.number().min(10).max(300), z.string().min(1).max(40)]);
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM');

const girthShape = <T extends z.ZodType>(value: T) => Object.fromEntries(GIRTH_SITES.map((g) => [g.id, value.optional()])) as Record<(typeof GIRTH_SITES)[number]['id'], z.ZodOptional<T>>;

export const BodyEntryInput = z
  .object({
    date: IsoDate.describe('local day of the measurement'),
    time: Time.nullable().optional().describe('local time, HH:MM'),
    weight: WeightValue.nullable().optional().describe('kg as a number, or text such as 180 lb, 81.6 kg, 12 st 8 lb'),
    bodyFatPct: z.number().min(3).max(70).nullable().optional(),
    girths: z.object(girthShape(GirthValue)).optional().describe('cm as numbers, or text such as 32 in'),
    note: z.string().max(500).nullable().optional(),
    units: Units.optional().describe('how to read a bare number: kg and cm (metric, default) or lb and in'),
  });
export type BodyEntryInput = z.infer<typeof BodyEntryInput>;

export const BodyEntry = z
  .object({
    id: z.uuid(),
    date: IsoDate,
    time: z.string().nullable(),
    weightKg: z.number().nullable(),
    bodyFatPct: z.number().nullable(),
    girthsCm: z.object(girthShape(z.number())),
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'BodyEntry' });
export type BodyEntry = z.infer<typeof BodyEntry>;

export const BodyRangeQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export const DateParams = z.object({ date: IsoDate });

export const SleepInput = z.object({
  hours: z.number().min(0).max(24),
  quality: z.number().int().min(1).max(5).nullable().optional().describe('1 (poor) … 5 (great)'),
  note: z.string().max(500).nullable().optional(),
});
export type SleepInput = z.infer<typeof SleepInput>;

export const SleepNight = z.object({ date: IsoDate, hours: z.number(), quality: z.number().int().nullable(), note: z.string().nullable() }).meta({ id: 'SleepNight' });
export type SleepNight = z.infer<typeof SleepNight>;

export const TrendQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });

const RateStatus = z.enum(['on-track', 'faster', 'slower', 'wrong-way', 'drifting']);

export const WeightTrend = z
  .object({
    from: IsoDate,
    to: IsoDate,
    days: z.array(z.object({ date: IsoDate, scaleKg: z.number().nullable(), trendKg: z.number() })),
    latest: z.object({ date: IsoDate, scaleKg: z.number(), trendKg: z.number() }).nullable(),
    weeklyRateKg: z.number().nullable().describe('slope of the trend over the last 14 days, kg/week'),
    goal: z.object({ id: z.string(), label: z.string(), weeklyChangeKg: z.number() }).nullable(),
    rateStatus: RateStatus.nullable(),
    units: Units,
  })
  .meta({ id: 'WeightTrend' });
export type WeightTrend = z.infer<typeof WeightTrend>;

const Kcal = z.number().nullable();

export const Expenditure = z
  .object({
    asOf: IsoDate,
    estimate: z.object({
      kcal: Kcal.describe('learned expenditure (data blended with the formula prior); null with too little data'),
      lowKcal: Kcal,
      highKcal: Kcal,
      observedKcal: Kcal,
      priorKcal: Kcal,
      priorShare: z.number().nullable(),
      from: IsoDate,
      to: IsoDate,
      windowDays: z.number().int(),
      intakeDays: z.number().int(),
      excluded: z.array(z.object({ date: IsoDate, reason: z.enum(['incomplete', 'implausible']), kcal: z.number() })),
      missingDays: z.number().int(),
      weighInDays: z.number().int(),
      meanIntakeKcal: Kcal,
      trendRateKgPerWeek: z.number().nullable(),
      insufficient: z.array(z.string()).describe('why there is no estimate yet'),
    }),
    formula: z.object({ maintenanceKcal: z.number(), goalKcal: z.number() }).nullable(),
    comparison: z.object({ differenceKcal: z.number(), differencePct: z.number(), disagree: z.boolean(), message: z.string() }).nullable(),
    budget: z
      .object({
        source: z.enum(['formula', 'learned']),
        formulaGoalKcal: z.number(),
        learnedGoalKcal: Kcal,
        goalKcal: z.number(),
        usingLearned: z.boolean(),
        floorApplied: z.boolean(),
        message: z.string(),
      })
      .nullable(),
    method: z.array(z.string()),
  })
  .meta({ id: 'Expenditure' });
export type Expenditure = z.infer<typeof Expenditure>;
