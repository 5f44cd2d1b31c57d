// Turns a workout (or routine) as a request gives it — loads as kg or "225 lb", times as "1:30" — into
// storage rows, collecting every problem with the field it belongs to.
import { isIsoDate } from '../core/dates.js';
import { ValidationError, type FieldIssue } from '../core/errors.js';
import { parseDistance, parseDuration, parseLoad } from '../core/training/measures.js';
import { checkSet, isSetType, type LoggedSet, type SetType } from '../core/training/sets.js';
import { parseWeight } from '../core/units.js';
import type { WorkoutExerciseValues, WorkoutSetValues, WorkoutValues } from '../store/index.js';
import type { Exercise } from './exercises.service.js';

export interface SetInput {
  type?: SetType | undefined;
  reps?: number | null | undefined;
  /** kg as a number, or text with a unit ("225 lb", "102.5 kg"). */
  load?: number | string | null | undefined;
  /** Seconds as a number, or text ("1:30", "90 s", "2 min"). */
  duration?: number | string | null | undefined;
  /** Metres as a number, or text ("5 km", "3.1 mi"). */
  distance?: number | string | null | undefined;
  rpe?: number | null | undefined;
  rir?: number | null | undefined;
  /** Ticked off as done; sets logged after the fact default to done. */
  completed?: boolean | undefined;
}

export interface WorkoutExerciseInput {
  exerciseId: string;
  /** Exercises of a workout sharing a number are done as a superset. */
  supersetGroup?: number | null | undefined;
  notes?: string | undefined;
  sets?: SetInput[] | undefined;
}

export interface WorkoutInput {
  date?: string | undefined;
  name?: string | undefined;
  notes?: string | undefined;
  startedAt?: string | null | undefined;
  endedAt?: string | null | undefined;
  /** kg as a number or text in any unit; absent keeps the body weight recorded when the workout was created. */
  bodyWeight?: number | string | null | undefined;
  exercises?: WorkoutExerciseInput[] | undefined;
}

export const MAX_EXERCISES = 50;
export const MAX_SETS = 100;
export const MAX_NAME = 100;
export const MAX_NOTES = 2000;
const MAX_SESSION_MS = 24 * 3600 * 1000;

/** Collects issues and runs a parser that throws ValidationError, recording its message under `field`. */
export class Issues {
  readonly list: FieldIssue[] = [];
  add(field: string, message: string): void {
    this.list.push({ field, message });
  }
  try<T>(field: string, fn: () => T): T | null {
    try {
      return fn();
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      this.add(field, err.details[0]?.message ?? err.message);
      return null;
    }
  }
  throwIfAny(): void {
    const first = this.list[0];
    if (first) throw new ValidationError(`${first.field}: ${first.message}`, this.list);
  }
}

/** One set in kg, m, s, or null where the input had a problem (already recorded in `issues`). */
export function readSet(input: SetInput, exercise: Exercise, path: string, issues: Issues): LoggedSet | null {
  const before = issues.list.length;
  const type = input.type ?? 'normal';
  if (!isSetType(type)) issues.add(`${path}.type`, 'must be warmup, normal, drop or failure');
  const num = (v: unknown, field: string) => (v === null || v === undefined ? null : typeof v === 'number' ? v : (issues.add(`${path}.${field}`, 'must be a number'), null));
  const set: LoggedSet = {
    type: isSetType(type) ? type : 'normal',
    reps: num(input.reps, 'reps'),
    loadKg: input.load === null || input.load === undefined ? null : issues.try(`${path}.load`, () => parseLoad(input.load!, { field: `${path}.load` })),
    durationS: input.duration === null || input.duration === undefined ? null : issues.try(`${path}.duration`, () => parseDuration(input.duration!, { field: `${path}.duration` })),
    distanceM: input.distance === null || input.distance === undefined ? null : issues.try(`${path}.distance`, () => parseDistance(input.distance!, { field: `${path}.distance` })),
    rpe: num(input.rpe, 'rpe'),
    rir: num(input.rir, 'rir'),
    completed: input.completed ?? true,
  };
  for (const issue of checkSet(exercise.loadType, set, path)) issues.add(issue.field === `${path}.durationS` ? `${path}.duration` : issue.field, issue.message);
  return issues.list.length === before ? set : null;
}

/** A set's storage row (grams, centimetres, whole seconds). */
export function setRow(set: LoggedSet, exercisePosition: number, position: number): WorkoutSetValues {
  return {
    exercisePosition,
    position,
    setType: set.type,
    reps: set.reps,
    loadG: set.loadKg === null ? null : Math.round(set.loadKg * 1000),
    durationS: set.durationS,
    distanceCm: set.distanceM === null ? null : Math.round(set.distanceM * 100),
    rpe: set.rpe,
    rir: set.rir,
    completed: set.completed,
  };
}

function instant(value: string | null | undefined, field: string, issues: Issues): Date | null {
  if (value === null || value === undefined) return null;
  const d = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(d.getTime())) {
    issues.add(field, `"${value}" is not an ISO 8601 instant such as 2026-11-21T18:30:00Z`);
    return null;
  }
  return d;
}

export interface NormalizedWorkout {
  values: WorkoutValues;
  exercises: WorkoutExerciseValues[];
  sets: WorkoutSetValues[];
}

/**
 * Validates and converts a whole workout. `exercisesById` holds every exercise the user may log (catalog and
 * own); `keep` supplies what an omitted field keeps (date, body weight). Throws one ValidationError listing
 * every problem, each with its field path (`exercises.1.sets.2.reps`).
 */
export function normalizeWorkout(input: WorkoutInput, exercisesById: ReadonlyMap<string, Exercise>, keep: { date: string; bodyWeightG: number | null }): NormalizedWorkout {
  const issues = new Issues();
  const date = input.date ?? keep.date;
  if (!isIsoDate(date)) issues.add('date', `"${date}" is not a calendar date (use YYYY-MM-DD)`);
  const name = (input.name ?? '').trim();
  if (name.length > MAX_NAME) issues.add('name', `must be at most ${MAX_NAME} characters`);
  const notes = input.notes ?? '';
  if (notes.length > MAX_NOTES) issues.add('notes', `must be at most ${MAX_NOTES} characters`);
  const startedAt = instant(input.startedAt, 'startedAt', issues);
  const endedAt = instant(input.endedAt, 'endedAt', issues);
  if (startedAt && endedAt) {
    if (endedAt < startedAt) issues.add('endedAt', 'is before startedAt');
    else if (endedAt.getTime() - startedAt.getTime() > MAX_SESSION_MS) issues.add('endedAt', 'is more than 24 hours after startedAt');
  }
  let bodyWeightG = keep.bodyWeightG;
  if (input.bodyWeight === null) bodyWeightG = null;
  else if (input.bodyWeight !== undefined) {
    const kg = issues.try('bodyWeight', () => (typeof input.bodyWeight === 'number' ? parseWeight(`${input.bodyWeight} kg`, { field: 'bodyWeight' }) : parseWeight(input.bodyWeight!, { field: 'bodyWeight' })));
    bodyWeightG = kg === null ? null : Math.round(kg * 1000);
  }

  const list = input.exercises ?? [];
  if (list.length > MAX_EXERCISES) issues.add('exercises', `a workout may have at most ${MAX_EXERCISES} exercises`);
  const exercises: WorkoutExerciseValues[] = [];
  const sets: WorkoutSetValues[] = [];
  list.slice(0, MAX_EXERCISES).forEach((entry, i) => {
    const at = `exercises.${i}`;
    const exercise = exercisesById.get(entry.exerciseId);
    if (!exercise) {
      issues.add(`${at}.exerciseId`, `no exercise ${entry.exerciseId}; find one with GET /api/exercises?q=`);
      return;
    }
    const group = entry.supersetGroup ?? null;
    if (group !== null && (!Number.isInteger(group) || group < 1 || group > 99)) issues.add(`${at}.supersetGroup`, 'must be a whole number from 1 to 99');
    if ((entry.notes ?? '').length > MAX_NOTES) issues.add(`${at}.notes`, `must be at most ${MAX_NOTES} characters`);
    exercises.push({
      position: i,
      exerciseId: exercise.custom ? null : exercise.id,
      customExerciseId: exercise.custom ? exercise.id : null,
      supersetGroup: group,
      notes: entry.notes ?? '',
    });
    const entrySets = entry.sets ?? [];
    if (entrySets.length > MAX_SETS) issues.add(`${at}.sets`, `an exercise may have at most ${MAX_SETS} sets`);
    entrySets.slice(0, MAX_SETS).forEach((s, j) => {
      const set = readSet(s, exercise, `${at}.sets.${j}`, issues);
      if (set) sets.push(setRow(set, i, j));
    });
  });
  issues.throwIfAny();
  return { values: { date, name, notes, startedAt, endedAt, bodyWeightG }, exercises, sets };
}
