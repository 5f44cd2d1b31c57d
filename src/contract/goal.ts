import { z } from 'zod';
import { ACTIVITY_LEVELS, GOALS, RESTING_FORMULAS } from '../core/energy/index.js';
import { IsoDate, idsOf } from './common.js';

export const Sex = z.enum(['male', 'female']);
export const ActivityId = z.enum(idsOf(ACTIVITY_LEVELS));
export const GoalId = z.enum(idsOf(GOALS));
export const FormulaId = z.enum(idsOf(RESTING_FORMULAS));
export const Units = z.enum(['metric', 'imperial']);

/** A length or mass: a number in cm / kg, or text in any common form ("5'10\"", "180 lb", "12 st 8 lb"). */
const Measure = z.union([z.number().positive().finite(), z.string().min(1).max(40)]);

/** Who the person is and what they want; age or birth date. */
const bodyShape = {
  sex: Sex,
  age: z.number().int().min(18).max(120).optional().describe('whole years; give this or birthDate'),
  birthDate: IsoDate.optional().describe('YYYY-MM-DD; give this or age'),
  height: Measure.describe('cm as a number, or text such as 5\'10", 5 ft 10 in, 178 cm, 1.78 m'),
  weight: Measure.describe('kg as a number, or text such as 180 lb, 81.6 kg, 12 st 8 lb'),
  activity: ActivityId,
  goal: GoalId,
  formula: FormulaId.optional(),
  bodyFatPct: z.number().min(3).max(70).nullable().optional(),
  proteinGPerKg: z.number().min(0.5).max(3.5).nullable().optional(),
};
const hasAgeOrBirthDate = (b: { age?: number | undefined; birthDate?: string | undefined }) =>
  b.age !== undefined || b.birthDate !== undefined;
const ageOrBirthDate = { message: 'give age or birthDate', path: ['age'] };

export const BodyInput = z.object(bodyShape).refine(hasAgeOrBirthDate, ageOrBirthDate);
export type BodyInput = z.infer<typeof BodyInput>;

export const ProfileInput = z.object({ ...bodyShape, units: Units }).refine(hasAgeOrBirthDate, ageOrBirthDate);
export type ProfileInput = z.infer<typeof ProfileInput>;

export const Profile = z
  .object({
    sex: Sex,
    birthDate: IsoDate,
    age: z.number().int(),
    heightCm: z.number(),
    weightKg: z.number(),
    activity: ActivityId,
    goal: GoalId,
    units: Units,
    formula: FormulaId,
    bodyFatPct: z.number().nullable(),
    proteinGPerKg: z.number().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Profile' });
export type Profile = z.infer<typeof Profile>;

const Flag = z.object({
  code: z.string(),
  severity: z.enum(['info', 'warning']),
  message: z.string(),
});

export const GoalResponse = z
  .object({
    formula: FormulaId,
    bmrKcal: z.number().int(),
    maintenanceKcal: z.number().int(),
    goalKcal: z.number().int(),
    rawGoalKcal: z.number().int(),
    dailyDeltaKcal: z.number().int(),
    weeklyChangeKg: z.number(),
    floorApplied: z.boolean(),
    floorKcal: z.number().nullable(),
    activityFactor: z.number(),
    macros: z.object({
      proteinG: z.number().int(),
      fatG: z.number().int(),
      carbsG: z.number().int(),
      proteinKcal: z.number(),
      fatKcal: z.number(),
      carbsKcal: z.number(),
      proteinGPerKg: z.number(),
      fatPct: z.number(),
    }),
    flags: z.array(Flag),
    explanation: z.array(z.string()),
    input: z.object({
      sex: Sex,
      age: z.number().int(),
      heightCm: z.number(),
      weightKg: z.number(),
      activity: ActivityId,
      goal: GoalId,
      bodyFatPct: z.number().nullable(),
    }),
  })
  .meta({ id: 'Goal' });
export type GoalResponse = z.infer<typeof GoalResponse>;
