import { z } from 'zod';
import { MAX_PROJECTION_DAYS } from '../core/energy/projection.js';
import { IsoDate } from './common.js';
import { ActivityId, Sex, Units } from './goal.js';

const Measure = z.union([z.number().positive().max(1000), z.string().min(1).max(40)]);
const Pal = z.number().min(1.2).max(2.5).describe('physical activity level: total ÷ resting expenditure');
const Kcal = z.number().min(-10_000).max(20_000);

const Phase = z.object({
  fromDay: z.number().int().min(0).max(MAX_PROJECTION_DAYS),
  intakeKcal: z.number().min(0).max(20_000).optional().describe('daily intake from this day on'),
  intakeChangeKcal: Kcal.optional().describe('or: change from the starting (balanced) intake'),
  pal: Pal.optional().describe('activity level from this day on'),
});

export const ProjectionInput = z
  .object({
    days: z.number().int().min(1).max(MAX_PROJECTION_DAYS).describe('how many days to project'),
    sex: Sex.optional(),
    age: z.number().int().min(18).max(120).optional(),
    birthDate: IsoDate.optional(),
    height: Measure.optional().describe('cm as a number, or text such as 5\'10"; default from the profile'),
    weight: Measure.optional().describe('kg as a number, or text such as 180 lb; default the trend weight, else the profile'),
    bodyFatPct: z.number().min(3).max(70).nullable().optional(),
    pal: Pal.optional(),
    activity: ActivityId.optional(),
    expenditure: z.enum(['formula', 'learned']).optional().describe('start from the expenditure learned from your logs'),
    startDate: IsoDate.optional(),
    intakeKcal: z.number().min(0).max(20_000).optional(),
    intakeChangeKcal: Kcal.optional(),
    phases: z.array(Phase).min(1).max(20).optional().describe('a plan: from each fromDay, an intake and activity level'),
    targetWeight: Measure.optional().describe('with no intake: solve for it; with one: when it is reached'),
    units: Units.optional(),
  });
export type ProjectionInput = z.infer<typeof ProjectionInput>;

const Day = z.object({
  day: z.number().int(),
  date: IsoDate,
  weightKg: z.number(),
  fatKg: z.number(),
  leanKg: z.number(),
  ruleWeightKg: z.number().describe('the 3,500-kcal-per-pound line'),
  intakeKcal: z.number(),
});

export const Projection = z
  .object({
    startDate: IsoDate,
    days: z.number().int(),
    baseline: z.object({ weightKg: z.number(), fatKg: z.number(), leanKg: z.number(), rmrKcal: z.number(), intakeKcal: z.number(), pal: z.number() }),
    series: z.array(Day),
    final: Day,
    eventualWeightKg: z.number(),
    halfDays: z.number().int().nullable(),
    target: z
      .object({
        weightKg: z.number(),
        reachDay: z.number().int().nullable(),
        reachDate: IsoDate.nullable(),
        ruleReachDay: z.number().int().nullable(),
        intakeKcal: z.number().nullable(),
        holdIntakeKcal: z.number().nullable(),
        feasible: z.boolean(),
      })
      .nullable(),
    statements: z.array(z.string()),
    person: z.object({ sex: Sex, age: z.number().int(), heightCm: z.number(), weightKg: z.number(), pal: z.number(), bodyFatPct: z.number().nullable() }),
    units: Units,
    assumptions: z.array(z.string()),
  })
  .meta({ id: 'Projection' });
export type Projection = z.infer<typeof Projection>;

export const GainPlan = z
  .object({
    weightKg: z.number(),
    rate: z.object({ minPct: z.number(), maxPct: z.number(), minKgPerWeek: z.number(), maxKgPerWeek: z.number() }),
    surplus: z.object({
      minKcal: z.number(),
      maxKcal: z.number(),
      planKcal: z.number(),
      ruleMinKcal: z.number(),
      ruleMaxKcal: z.number(),
      planShare: z.number(),
    }),
    intakeKcal: z.object({ maintenance: z.number(), min: z.number(), max: z.number(), plan: z.number() }),
    protein: z.object({ gPerKg: z.number(), grams: z.number(), upperGrams: z.number(), ciLowGrams: z.number(), ciHighGrams: z.number() }),
    sets: z.object({
      min: z.number(),
      max: z.number(),
      muscles: z.array(z.object({ id: z.string(), label: z.string(), sets: z.number().nullable(), status: z.enum(['below', 'in-range', 'above', 'unknown']) })),
    }),
    sleep: z.object({ minHours: z.number(), averageHours: z.number().nullable(), nights: z.number().int(), meets: z.boolean().nullable() }),
    projection: z.object({
      days: z.number().int(),
      weightKg: z.array(z.number()),
      fatKg: z.array(z.number()),
      leanKg: z.array(z.number()),
      ruleWeightKg: z.array(z.number()),
    }),
    caveat: z.string(),
    goal: z.object({ id: z.string(), label: z.string(), isGain: z.boolean() }),
    maintenanceSource: z.enum(['formula', 'learned']),
    startDate: IsoDate,
    units: Units,
  })
  .meta({ id: 'GainPlan' });
export type GainPlan = z.infer<typeof GainPlan>;
