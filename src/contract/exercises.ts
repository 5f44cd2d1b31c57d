import { z } from 'zod';
import { E1RM_FORMULAS } from '../core/training/e1rm.js';
import { EXERCISE_EQUIPMENT, LOAD_TYPES, MOVEMENT_PATTERNS, MUSCLES } from '../core/training/muscles.js';
import { RECORD_KINDS } from '../core/training/records.js';
import { SET_TYPES } from '../core/training/sets.js';
import { IsoDate, idsOf } from './common.js';

export const MuscleId = z.enum(idsOf(MUSCLES));
export const Equipment = z.enum(EXERCISE_EQUIPMENT);
export const MovementPattern = z.enum(MOVEMENT_PATTERNS);
export const LoadType = z.enum(LOAD_TYPES);
export const SetType = z.enum(SET_TYPES);
export const E1rmFormula = z.enum(idsOf(E1RM_FORMULAS));
export const RecordKind = z.enum(RECORD_KINDS);

export const Exercise = z
  .object({
    id: z.uuid(),
    name: z.string(),
    aliases: z.array(z.string()),
    equipment: Equipment,
    pattern: MovementPattern,
    loadType: LoadType,
    primaryMuscles: z.array(MuscleId).describe('prime movers: one set counts as one set for each'),
    secondaryMuscles: z.array(MuscleId).describe('synergists: one set counts as half a set for each'),
    met: z.object({ code: z.string(), value: z.number() }).describe('2011 Compendium of Physical Activities code and MET'),
    source: z.enum(['platewise', 'free-exercise-db', 'wger', 'custom']),
    custom: z.boolean(),
    attribution: z.object({ license: z.string(), url: z.string().nullable(), author: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'Exercise' });
export type Exercise = z.infer<typeof Exercise>;

export const ExerciseList = z.array(Exercise);

export const ExerciseSearchQuery = z.object({
  q: z.string().max(100).optional().describe('words of the name or an alias, in any order; typos tolerated'),
  muscle: MuscleId.optional(),
  equipment: Equipment.optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const CustomExerciseInput = z
  .object({
    name: z.string().min(1).max(100),
    equipment: Equipment,
    pattern: MovementPattern,
    loadType: LoadType,
    primaryMuscles: z.array(MuscleId).max(18),
    secondaryMuscles: z.array(MuscleId).max(18).default([]),
  });
export type CustomExerciseInput = z.input<typeof CustomExerciseInput>;

/** `:id` path parameter of exercise, workout and routine routes. */
export const UuidParams = z.object({ id: z.uuid() });

export const FormulaQuery = z.object({ formula: E1rmFormula.optional().describe('one-rep-max formula (default epley)') });

/** The parts of an exercise a workout shows. */
export const ExerciseRef = z.object({
  id: z.uuid(),
  name: z.string(),
  equipment: Equipment,
  pattern: MovementPattern,
  loadType: LoadType,
  primaryMuscles: z.array(MuscleId),
  secondaryMuscles: z.array(MuscleId),
  custom: z.boolean(),
});

export const RecordValue = z
  .object({
    kind: RecordKind,
    value: z.number().describe('kg (e1rm, weight, volumes), reps, seconds or metres'),
    workoutId: z.uuid(),
    date: IsoDate,
    position: z.number().int().nullable().describe('the set holding it; null for session volume'),
    reps: z.number().int().nullable(),
    loadKg: z.number().nullable(),
  })
  .meta({ id: 'RecordValue' });
export type RecordValue = z.infer<typeof RecordValue>;

export const PreviousSession = z.object({
  workoutId: z.uuid(),
  date: IsoDate,
  sets: z.array(
    z.object({
      type: SetType,
      reps: z.number().int().nullable(),
      loadKg: z.number().nullable(),
      durationS: z.number().int().nullable(),
      distanceM: z.number().nullable(),
    }),
  ),
});

export type PreviousSession = z.infer<typeof PreviousSession>;

export const ExerciseProgress = z
  .object({
    exercise: ExerciseRef,
    formula: E1rmFormula,
    records: z.array(RecordValue),
    points: z.array(
      z.object({
        workoutId: z.uuid(),
        date: IsoDate,
        e1rmKg: z.number().nullable(),
        topLoadKg: z.number().nullable(),
        volumeKg: z.number(),
        workingSets: z.number().int(),
        reps: z.number().int(),
        bestDurationS: z.number().nullable(),
        distanceM: z.number(),
      }),
    ),
    last: PreviousSession.nullable(),
  })
  .meta({ id: 'ExerciseProgress' });
export type ExerciseProgress = z.infer<typeof ExerciseProgress>;
