import { z } from 'zod';
import { ExerciseRef, SetType } from './exercises.js';
import { SetInput } from './workouts.js';

export const RoutineInput = z
  .object({
    name: z.string().min(1).max(100),
    notes: z.string().max(2000).optional(),
    exercises: z
      .array(
        z.object({
          exerciseId: z.uuid(),
          supersetGroup: z.number().int().min(1).max(99).nullable().optional(),
          restSeconds: z.number().int().min(0).max(3600).nullable().optional(),
          notes: z.string().max(2000).optional(),
          sets: z.array(SetInput.pick({ type: true, reps: true, load: true, duration: true, distance: true })).max(100).optional(),
        }),
      )
      .max(50)
      .optional(),
  });
export type RoutineInput = z.infer<typeof RoutineInput>;

export const Routine = z
  .object({
    id: z.uuid(),
    name: z.string(),
    notes: z.string(),
    exercises: z.array(
      z.object({
        position: z.number().int(),
        exercise: ExerciseRef,
        supersetGroup: z.number().int().nullable(),
        restSeconds: z.number().int().nullable(),
        notes: z.string(),
        sets: z.array(
          z.object({
            type: SetType,
            reps: z.number().int().nullable(),
            loadKg: z.number().nullable(),
            durationS: z.number().int().nullable(),
            distanceM: z.number().nullable(),
          }),
        ),
      }),
    ),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Routine' });
export type Routine = z.infer<typeof Routine>;

export const RoutineList = z.array(Routine);

export const RoutineFromWorkout = z.object({ workoutId: z.uuid(), name: z.string().min(1).max(100) });
