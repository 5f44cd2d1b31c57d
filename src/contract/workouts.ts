import { z } from 'zod';
import { IsoDate } from './common.js';
import { E1rmFormula, ExerciseRef, MuscleId, PreviousSession, RecordKind, RecordValue, SetType } from './exercises.js';

const Quantity = z.union([z.number(), z.string().max(40)]);

export const SetInput = z.object({
  type: SetType.optional().describe('default normal'),
  reps: z.number().int().min(0).max(1000).nullable().optional(),
  load: Quantity.nullable().optional().describe('kg as a number, or text with a unit: "225 lb", "102.5 kg"; the added load of weighted bodyweight exercises, the assistance of assisted ones'),
  duration: Quantity.nullable().optional().describe('seconds as a number, or text: "1:30", "90 s", "2 min"'),
  distance: Quantity.nullable().optional().describe('metres as a number, or text: "5 km", "3.1 mi"'),
  rpe: z.number().min(1).max(10).nullable().optional(),
  rir: z.number().int().min(0).max(10).nullable().optional(),
  completed: z.boolean().optional().describe('ticked off; default true'),
});

export const WorkoutExerciseInput = z.object({
  exerciseId: z.uuid(),
  supersetGroup: z.number().int().min(1).max(99).nullable().optional().describe('exercises sharing a number form a superset'),
  notes: z.string().max(2000).optional(),
  sets: z.array(SetInput).max(100).optional(),
});

const workoutShape = {
  date: IsoDate.optional().describe('local day; default today'),
  name: z.string().max(100).optional(),
  notes: z.string().max(2000).optional(),
  startedAt: z.string().max(40).nullable().optional().describe('ISO 8601 instant'),
  endedAt: z.string().max(40).nullable().optional().describe('ISO 8601 instant'),
  bodyWeight: Quantity.nullable().optional().describe('kg or text in any unit; default the profile weight'),
  exercises: z.array(WorkoutExerciseInput).max(50).optional(),
};

export const WorkoutInput = z.object(workoutShape);
export type WorkoutInput = z.infer<typeof WorkoutInput>;

export const StartWorkoutInput = z
  .object({
    ...workoutShape,
    fromRoutineId: z.uuid().optional().describe('start from a routine'),
    repeatWorkoutId: z.uuid().optional().describe('repeat an earlier workout, sets to tick off again'),
  });
export type StartWorkoutInput = z.infer<typeof StartWorkoutInput>;

export const WorkoutSet = z.object({
  type: SetType,
  reps: z.number().int().nullable(),
  loadKg: z.number().nullable(),
  durationS: z.number().int().nullable(),
  distanceM: z.number().nullable(),
  rpe: z.number().nullable(),
  rir: z.number().int().nullable(),
  completed: z.boolean(),
  records: z.array(RecordKind),
});

const Totals = z.object({
  exercises: z.number().int(),
  workingSets: z.number().int(),
  volumeKg: z.number(),
  energyKcal: z.number().nullable().describe('net kcal above rest, (MET − 1) × kg × h'),
  records: z.number().int(),
});

const header = {
  id: z.uuid(),
  date: IsoDate,
  name: z.string(),
  notes: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  durationS: z.number().int().nullable(),
  bodyWeightKg: z.number().nullable(),
  totals: Totals,
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const Workout = z
  .object({
    ...header,
    exercises: z.array(
      z.object({
        position: z.number().int(),
        exercise: ExerciseRef,
        supersetGroup: z.number().int().nullable(),
        notes: z.string(),
        sets: z.array(WorkoutSet),
        previous: PreviousSession.nullable(),
        records: z.array(RecordValue),
      }),
    ),
    muscleSets: z.array(z.object({ muscle: MuscleId, sets: z.number() })),
  })
  .meta({ id: 'Workout' });
export type Workout = z.infer<typeof Workout>;

export const WorkoutSummary = z.object({ ...header, exerciseNames: z.array(z.string()) }).meta({ id: 'WorkoutSummary' });
export type WorkoutSummary = z.infer<typeof WorkoutSummary>;

export const WorkoutList = z.array(WorkoutSummary);

export const WorkoutListQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  formula: E1rmFormula.optional(),
});

export const EnergyQuery = z.object({ from: IsoDate, to: IsoDate });

export const EnergyResponse = z
  .object({
    inBudget: z.boolean().describe('whether the food budget adds it (setting exerciseEnergyInBudget)'),
    days: z.array(z.object({ date: IsoDate, kcal: z.number() })),
  })
  .meta({ id: 'ExerciseEnergy' });
export type EnergyResponse = z.infer<typeof EnergyResponse>;
