import { randomUUID } from 'node:crypto';
import { NotFoundError, ValidationError } from '../core/errors.js';
import type { SetType } from '../core/training/sets.js';
import type { ExerciseRepository, PlannedSetJson, RoutineAggregate, RoutineExerciseValues, RoutineRepository, WorkoutRepository } from '../store/index.js';
import { requireUser, type Actor } from './actor.js';
import type { Clock } from './clock.js';
import { resolveExercises, type Exercise } from './exercises.service.js';
import { Issues, MAX_EXERCISES, MAX_NAME, MAX_NOTES, MAX_SETS, readSet, setRow, type SetInput } from './workout-input.js';
import { toRef, type ExerciseRef } from './workout-view.js';

export interface RoutineExerciseInput {
  exerciseId: string;
  supersetGroup?: number | null | undefined;
  /** Rest between sets, seconds (the logger's rest timer starts from it). */
  restSeconds?: number | null | undefined;
  notes?: string | undefined;
  sets?: Array<Pick<SetInput, 'type' | 'reps' | 'load' | 'duration' | 'distance'>> | undefined;
}

export interface RoutineInput {
  name: string;
  notes?: string | undefined;
  exercises?: RoutineExerciseInput[] | undefined;
}

export interface PlannedSet {
  type: SetType;
  reps: number | null;
  loadKg: number | null;
  durationS: number | null;
  distanceM: number | null;
}

export interface Routine {
  id: string;
  name: string;
  notes: string;
  exercises: Array<{ position: number; exercise: ExerciseRef; supersetGroup: number | null; restSeconds: number | null; notes: string; sets: PlannedSet[] }>;
  createdAt: string;
  updatedAt: string;
}

const plannedOf = (p: PlannedSetJson): PlannedSet => ({
  type: p.setType as SetType,
  reps: p.reps,
  loadKg: p.loadG === null ? null : p.loadG / 1000,
  durationS: p.durationS,
  distanceM: p.distanceCm === null ? null : p.distanceCm / 100,
});

/** Routines: named workout templates to start a workout from. */
export function createRoutinesService({ routines, exercises, workouts, clock }: { routines: RoutineRepository; exercises: ExerciseRepository; workouts: WorkoutRepository; clock: Clock }) {
  function toRoutine(agg: RoutineAggregate, byId: ReadonlyMap<string, Exercise>): Routine {
    return {
      id: agg.routine.id,
      name: agg.routine.name,
      notes: agg.routine.notes,
      exercises: agg.exercises.flatMap((e) => {
        const exercise = byId.get((e.exerciseId ?? e.customExerciseId)!);
        if (!exercise) return [];
        return [{ position: e.position, exercise: toRef(exercise), supersetGroup: e.supersetGroup, restSeconds: e.restSeconds, notes: e.notes, sets: e.sets.map(plannedOf) }];
      }),
      createdAt: agg.routine.createdAt.toISOString(),
      updatedAt: agg.routine.updatedAt.toISOString(),
    };
  }

  async function normalize(userId: string, input: RoutineInput): Promise<{ values: { name: string; notes: string }; exercises: RoutineExerciseValues[] }> {
    const issues = new Issues();
    const name = input.name.trim();
    if (name === '' || name.length > MAX_NAME) issues.add('name', `must be 1–${MAX_NAME} characters`);
    const notes = input.notes ?? '';
    if (notes.length > MAX_NOTES) issues.add('notes', `must be at most ${MAX_NOTES} characters`);
    const list = input.exercises ?? [];
    if (list.length > MAX_EXERCISES) issues.add('exercises', `a routine may have at most ${MAX_EXERCISES} exercises`);
    const byId = await resolveExercises(exercises, userId, list.map((e) => e.exerciseId));
    const rows: RoutineExerciseValues[] = [];
    list.slice(0, MAX_EXERCISES).forEach((entry, i) => {
      const at = `exercises.${i}`;
      const exercise = byId.get(entry.exerciseId);
      if (!exercise) return issues.add(`${at}.exerciseId`, `no exercise ${entry.exerciseId}; find one with GET /api/exercises?q=`);
      const rest = entry.restSeconds ?? null;
      if (rest !== null && (!Number.isInteger(rest) || rest < 0 || rest > 3600)) issues.add(`${at}.restSeconds`, 'must be whole seconds from 0 to 3600');
      const group = entry.supersetGroup ?? null;
      if (group !== null && (!Number.isInteger(group) || group < 1 || group > 99)) issues.add(`${at}.supersetGroup`, 'must be a whole number from 1 to 99');
      const sets = entry.sets ?? [];
      if (sets.length > MAX_SETS) issues.add(`${at}.sets`, `an exercise may have at most ${MAX_SETS} sets`);
      const planned: PlannedSetJson[] = [];
      sets.slice(0, MAX_SETS).forEach((s, j) => {
        const set = readSet({ ...s, completed: false }, exercise, `${at}.sets.${j}`, issues);
        if (!set) return;
        const row = setRow(set, i, j);
        planned.push({ setType: row.setType, reps: row.reps, loadG: row.loadG, durationS: row.durationS, distanceCm: row.distanceCm });
      });
      rows.push({
        position: i,
        exerciseId: exercise.custom ? null : exercise.id,
        customExerciseId: exercise.custom ? exercise.id : null,
        supersetGroup: group,
        restSeconds: rest,
        notes: entry.notes ?? '',
        sets: planned,
      });
    });
    issues.throwIfAny();
    return { values: { name, notes }, exercises: rows };
  }

  async function view(userId: string, id: string): Promise<Routine> {
    const agg = await routines.get(userId, id);
    if (!agg) throw new NotFoundError(`No routine ${id}`);
    return toRoutine(agg, await resolveExercises(exercises, userId, agg.exercises.map((e) => (e.exerciseId ?? e.customExerciseId)!)));
  }

  return {
    async list(actor: Actor): Promise<Routine[]> {
      const userId = requireUser(actor);
      const all = await routines.list(userId);
      const byId = await resolveExercises(exercises, userId, all.flatMap((r) => r.exercises.map((e) => (e.exerciseId ?? e.customExerciseId)!)));
      return all.map((r) => toRoutine(r, byId));
    },

    async get(actor: Actor, id: string): Promise<Routine> {
      const userId = requireUser(actor);
      return view(userId, id);
    },

    async create(actor: Actor, input: RoutineInput): Promise<Routine> {
      const userId = requireUser(actor);
      const n = await normalize(userId, input);
      const id = randomUUID();
      await routines.insert(userId, id, n.values, n.exercises, clock.now());
      return view(userId, id);
    },

    async update(actor: Actor, id: string, input: RoutineInput): Promise<Routine> {
      const userId = requireUser(actor);
      const n = await normalize(userId, input);
      if (!(await routines.replace(userId, id, n.values, n.exercises, clock.now()))) throw new NotFoundError(`No routine ${id}`);
      return view(userId, id);
    },

    async delete(actor: Actor, id: string): Promise<void> {
      const userId = requireUser(actor);
      if (!(await routines.delete(userId, id))) throw new NotFoundError(`No routine ${id}`);
    },

    /** Saves a workout's exercises and working sets as a routine (warm-ups included, ticks dropped). */
    async fromWorkout(actor: Actor, workoutId: string, name: string): Promise<Routine> {
      const userId = requireUser(actor);
      const agg = await workouts.get(userId, workoutId);
      if (!agg) throw ValidationError.field('workoutId', `no workout ${workoutId}`);
      const exercisesIn: RoutineExerciseInput[] = agg.exercises.map((e) => ({
        exerciseId: (e.exerciseId ?? e.customExerciseId)!,
        supersetGroup: e.supersetGroup,
        notes: e.notes,
        sets: agg.sets
          .filter((s) => s.exercisePosition === e.position)
          .map((s) => ({ type: s.setType as SetType, reps: s.reps, load: s.loadG === null ? null : s.loadG / 1000, duration: s.durationS, distance: s.distanceCm === null ? null : s.distanceCm / 100 })),
      }));
      const n = await normalize(userId, { name, notes: '', exercises: exercisesIn });
      const id = randomUUID();
      await routines.insert(userId, id, n.values, n.exercises, clock.now());
      return view(userId, id);
    },
  };
}
export type RoutinesService = ReturnType<typeof createRoutinesService>;
