import { z } from 'zod';
import { MUSCLES, type MuscleId } from '../core/training/muscles.js';
import { BALANCE_LIFTS } from '../core/training/strength.js';
import { FLAG_CODES } from '../core/training/verdict.js';
import { IsoDate } from './common.js';

const MUSCLE_IDS = MUSCLES.map((m) => m.id) as [MuscleId, ...MuscleId[]];
const Muscle = z.enum(MUSCLE_IDS);
const Region = z.enum(['upper', 'lower', 'core']);
const Lift = z.enum(BALANCE_LIFTS);
const PerMuscle = z.record(Muscle, z.number());
const PerRegion = z.object({ upper: z.number(), lower: z.number(), core: z.number() });
const DaysOrNull = z.number().int().nullable();

/** `GET /api/reports/balance?weeks=&asOf=`. */
export const BalanceQuery = z.object({
  weeks: z.coerce.number().int().min(1).max(104).optional().describe('weeks the report judges, ending on asOf (default 4)'),
  asOf: IsoDate.optional().describe("the report's last day (default today)"),
});
export type BalanceQuery = z.infer<typeof BalanceQuery>;

const Flag = z.object({
  code: z.enum(FLAG_CODES),
  severity: z.enum(['info', 'warning']),
  message: z.string(),
  numbers: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});

const Target = z.union([
  z.object({ kind: z.literal('region'), region: Region }),
  z.object({ kind: z.literal('side'), side: z.enum(['push', 'pull']) }),
  z.object({ kind: z.literal('muscle'), muscle: Muscle }),
  z.object({ kind: z.literal('lift'), lift: Lift }),
]);

const Suggestion = z.object({
  codes: z.array(z.enum(FLAG_CODES)),
  target: Target,
  muscles: z.array(Muscle),
  addSetsPerWeek: z.number(),
  exercises: z.array(z.object({ id: z.uuid(), name: z.string() })),
  message: z.string(),
});

const LiftRatio = z.object({
  lift: Lift.exclude(['squat']),
  e1rmKg: z.number(),
  ratio: z.number(),
  expectedRatio: z.number(),
  expectedKg: z.number(),
  percentOff: z.number(),
  lagging: z.boolean(),
  ahead: z.boolean(),
});

export const BalanceReport = z
  .object({
    asOf: IsoDate,
    weeks: z.number().int(),
    windowStart: IsoDate,
    windowEnd: IsoDate,
    windowDays: z.number().int(),
    goal: z.enum(['lose', 'maintain', 'gain']),
    hardSets: z.number().int().describe('hard sets in the window, each counted once'),
    setsByMuscle: PerMuscle.describe('fractional hard sets per muscle per week (primary 1, secondary 0.5), averaged over the window'),
    regionSets: PerRegion.describe('hard sets per region per week'),
    pushSets: z.number(),
    pullSets: z.number(),
    lowerShare: z.number().nullable().describe('lower / (upper + lower)'),
    pushPullRatio: z.number().nullable(),
    daysSinceLowerBody: DaysOrNull,
    daysSince: z.object({ regions: z.object({ upper: DaysOrNull, lower: DaysOrNull, core: DaysOrNull }), muscles: z.record(Muscle, DaysOrNull) }),
    firstTrainedOn: IsoDate.nullable(),
    frequency: PerMuscle.describe('training days a week per muscle'),
    weekly: z.array(z.object({ weekStart: IsoDate, days: z.number().int(), byMuscle: PerMuscle, byRegion: PerRegion })),
    strength: z.object({
      sex: z.enum(['male', 'female']).nullable(),
      bodyWeight: z.object({ kg: z.number(), source: z.enum(['body-log', 'profile']) }).nullable(),
      weeks: z.number().int(),
      e1rmKg: z.record(Lift, z.number().nullable()),
      squatKg: z.number().nullable(),
      ratios: z.array(LiftRatio),
      scores: z.object({ totalKg: z.number(), wilks: z.number(), wilks2020: z.number(), dots: z.number(), ipfGl: z.number().nullable() }).nullable(),
    }),
    flags: z.array(Flag),
    suggestions: z.array(Suggestion),
  })
  .meta({ id: 'BalanceReport' });
export type BalanceReport = z.infer<typeof BalanceReport>;
