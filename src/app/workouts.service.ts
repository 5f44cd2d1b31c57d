import { randomUUID } from 'node:crypto';
import { daysBetween, isIsoDate } from '../core/dates.js';
import { NotFoundError, ValidationError } from '../core/errors.js';
import { DEFAULT_E1RM_FORMULA, type E1rmFormula } from '../core/training/e1rm.js';
import { personalRecords, progressPoints, recordKindsFor, type ProgressPoint, type RecordValue } from '../core/training/records.js';
import type { ExerciseRepository, RoutineRepository, SettingsRepository, WorkoutAggregate, WorkoutRepository } from '../store/index.js';
import { requireUser, type Actor } from './actor.js';
import type { Clock } from './clock.js';
import { resolveExercises, type Exercise } from './exercises.service.js';
import { normalizeWorkout, type SetInput, type WorkoutExerciseInput, type WorkoutInput } from './workout-input.js';
import { lastSessions, recordsBetween, refsFor } from './workout-records.js';
import {
  historyByExercise,
  loggedSet,
  recordsSetIn,
  sessionsOf,
  toRef,
  workoutEnergyKcal,
  workoutSummary,
  workoutView,
  type ExerciseRef,
  type PreviousSession,
  type WorkoutSummary,
  type WorkoutView,
} from './workout-view.js';

export interface StartWorkoutInput extends WorkoutInput {
  /** Start from a routine: its exercises and planned sets, loads filled in from last time where the plan has none. */
  fromRoutineId?: string | undefined;
  /** "Repeat last time": the exercises and sets of an earlier workout, to be ticked off again. */
  repeatWorkoutId?: string | undefined;
}

export interface ListQuery {
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
  formula?: E1rmFormula | undefined;
  /**
   * Count the records each workout set (default true): the listed sessions are read with the bests before them
   * (exercise_session_bests), not every earlier set; a caller that shows no record count (the home screen) passes false.
   */
  records?: boolean | undefined;
}

export interface ExerciseProgress {
  exercise: ExerciseRef;
  formula: E1rmFormula;
  /** All-time bests of the kinds that apply to the exercise. */
  records: RecordValue[];
  /** One point per session, oldest first. */
  points: ProgressPoint[];
  last: PreviousSession | null;
}

export interface EnergyDay {
  date: string;
  kcal: number;
}

/** Where the body weight comes from when a workout has none of its own (the profile now; the body log later). */
export type BodyWeightSource = (userId: string) => Promise<number | null>;

const MAX_RANGE_DAYS = 3660;

function checkRange(from: string | undefined, to: string | undefined): void {
  if (from !== undefined && !isIsoDate(from)) throw ValidationError.field('from', `"${from}" is not a calendar date (use YYYY-MM-DD)`);
  if (to !== undefined && !isIsoDate(to)) throw ValidationError.field('to', `"${to}" is not a calendar date (use YYYY-MM-DD)`);
  if (from !== undefined && to !== undefined) {
    if (to < from) throw ValidationError.field('to', 'is before from');
    if (daysBetween(from, to) > MAX_RANGE_DAYS) throw ValidationError.field('to', `the range may span at most ${MAX_RANGE_DAYS} days`);
  }
}

/** The workout log: sessions set by set, their records and last-time numbers, progress per exercise, and exercise energy. */
export function createWorkoutsService(deps: {
  workouts: WorkoutRepository;
  exercises: ExerciseRepository;
  routines: RoutineRepository;
  settings: SettingsRepository;
  bodyWeightKg: BodyWeightSource;
  clock: Clock;
}) {
  const { workouts, exercises, routines, settings, clock } = deps;

  const idsOf = (aggs: readonly WorkoutAggregate[]) => aggs.flatMap((a) => a.exercises.map((e) => (e.exerciseId ?? e.customExerciseId)!));

  async function load(userId: string, id: string): Promise<WorkoutAggregate> {
    const agg = await workouts.get(userId, id);
    if (!agg) throw new NotFoundError(`No workout ${id}`);
    return agg;
  }

  async function refsOf(userId: string, ids: readonly string[]) {
    const byId = await resolveExercises(exercises, userId, ids);
    return { byId, refs: refsFor([...byId.values()]) };
  }

  /** exerciseProgress of several exercises, in one read of their history; unknown ids are left out. */
  async function exercisesProgress(
    actor: Actor,
    exerciseIds: readonly string[],
    opts: { formula?: E1rmFormula | undefined; from?: string | undefined } = {},
  ): Promise<Map<string, ExerciseProgress>> {
    const userId = requireUser(actor);
    const formula = opts.formula ?? DEFAULT_E1RM_FORMULA;
    checkRange(opts.from, undefined);
    const { byId, refs } = await refsOf(userId, exerciseIds);
    if (byId.size === 0) return new Map();
    const [history, fallbackKg] = await Promise.all([workouts.history(userId, refs, { from: opts.from }), deps.bodyWeightKg(userId)]);
    const grouped = historyByExercise(history);
    return new Map(
      [...byId.values()].map((exercise) => {
        const sessions = sessionsOf(grouped.get(exercise.id), exercise.loadType, fallbackKg);
        const { best } = personalRecords(sessions, exercise.loadType, formula);
        const last = sessions.at(-1);
        const progress: ExerciseProgress = {
          exercise: toRef(exercise),
          formula,
          records: recordKindsFor(exercise.loadType).flatMap((k) => (best[k] ? [best[k]] : [])),
          points: progressPoints(sessions, formula),
          last: last
            ? { workoutId: last.workoutId, date: last.date, sets: last.sets.map(({ type, reps, loadKg, durationS, distanceM }) => ({ type, reps, loadKg, durationS, distanceM })) }
            : null,
        };
        return [exercise.id, progress];
      }),
    );
  }

  /**
   * The view of a workout; `known` is the workout as just written and the exercises it names (and, when the
   * caller has just asked for it, the body weight workouts without one count at), not read again.
   */
  async function view(
    userId: string,
    id: string,
    formula: E1rmFormula,
    known?: { agg: WorkoutAggregate; byId: Map<string, Exercise>; fallbackKg?: number | null },
  ): Promise<WorkoutView> {
    const [agg, fallbackKg] = await Promise.all([
      known ? known.agg : load(userId, id),
      known?.fallbackKg !== undefined ? known.fallbackKg : deps.bodyWeightKg(userId),
    ]);
    const date = agg.workout.date;
    const byId = known ? known.byId : await resolveExercises(exercises, userId, idsOf([agg]));
    // The day's sessions and the bests before it (not every earlier set); last time's numbers from the last session before the day.
    const [{ records, history }, earlier] = await Promise.all([
      recordsBetween(workouts, userId, byId, { from: date, to: date }, fallbackKg, formula),
      lastSessions(workouts, userId, byId, date),
    ]);
    for (const [exerciseId, rows] of earlier) history.set(exerciseId, [...rows, ...(history.get(exerciseId) ?? [])]);
    return workoutView(agg, byId, history, fallbackKg, records);
  }

  async function aggregates(userId: string, from: string | undefined, to: string | undefined, limit?: number): Promise<WorkoutAggregate[]> {
    const rows = await workouts.list(userId, { from, to, limit });
    const { exercises: ex, sets } = await workouts.contents(userId, rows.map((w) => w.id));
    return rows.map((workout) => ({ workout, exercises: ex.filter((e) => e.workoutId === workout.id), sets: sets.filter((s) => s.workoutId === workout.id) }));
  }

  /** Exercise inputs that repeat earlier sets, to be ticked off again. */
  async function prefill(userId: string, input: StartWorkoutInput): Promise<WorkoutExerciseInput[] | undefined> {
    if (input.repeatWorkoutId !== undefined) {
      const source = await workouts.get(userId, input.repeatWorkoutId);
      if (!source) throw ValidationError.field('repeatWorkoutId', `no workout ${input.repeatWorkoutId}`);
      return source.exercises.map((e) => ({
        exerciseId: (e.exerciseId ?? e.customExerciseId)!,
        supersetGroup: e.supersetGroup,
        notes: e.notes,
        sets: source.sets.filter((s) => s.exercisePosition === e.position).map((s) => ({ ...setInputOf(loggedSet(s)), completed: false })),
      }));
    }
    if (input.fromRoutineId === undefined) return undefined;
    const routine = await routines.get(userId, input.fromRoutineId);
    if (!routine) throw ValidationError.field('fromRoutineId', `no routine ${input.fromRoutineId}`);
    const byId = await resolveExercises(exercises, userId, routine.exercises.map((e) => (e.exerciseId ?? e.customExerciseId)!));
    const [grouped, fallbackKg] = await Promise.all([lastSessions(workouts, userId, byId), deps.bodyWeightKg(userId)]);
    return routine.exercises.map((e) => {
      const id = (e.exerciseId ?? e.customExerciseId)!;
      const exercise = byId.get(id);
      const last = exercise ? sessionsOf(grouped.get(id), exercise.loadType, fallbackKg).at(-1) : undefined;
      return {
        exerciseId: id,
        supersetGroup: e.supersetGroup,
        notes: e.notes,
        sets: e.sets.map((p, i): SetInput => {
          const before = last?.sets[i] ?? last?.sets.at(-1);
          return {
            type: p.setType as SetInput['type'],
            reps: p.reps ?? before?.reps ?? null,
            load: p.loadG !== null ? p.loadG / 1000 : (before?.loadKg ?? null),
            duration: p.durationS,
            distance: p.distanceCm === null ? null : p.distanceCm / 100,
            completed: false,
          };
        }),
      };
    });
  }

  async function energyByDate(userId: string, from: string, to: string): Promise<Map<string, number>> {
    checkRange(from, to);
    const aggs = await aggregates(userId, from, to);
    // Most days of a diary have no workout, and a workout logged here carries its body weight: only ask for
    // what is needed (the week view and the tips read this; the day view costs its rows in training-energy.ts).
    if (aggs.length === 0) return new Map();
    const needsFallback = aggs.some((a) => a.workout.bodyWeightG === null);
    const [byId, fallbackKg] = await Promise.all([resolveExercises(exercises, userId, idsOf(aggs)), needsFallback ? deps.bodyWeightKg(userId) : null]);
    const days = new Map<string, number>();
    for (const agg of aggs) days.set(agg.workout.date, (days.get(agg.workout.date) ?? 0) + workoutEnergyKcal(agg, byId, fallbackKg));
    return days;
  }

  return {
    async list(actor: Actor, q: ListQuery = {}): Promise<WorkoutSummary[]> {
      const userId = requireUser(actor);
      checkRange(q.from, q.to);
      const aggs = await aggregates(userId, q.from, q.to, Math.min(Math.max(q.limit ?? 50, 1), 500));
      if (q.records === false) {
        const needsFallback = aggs.some((a) => a.workout.bodyWeightG === null);
        const [byId, fallbackKg] = await Promise.all([resolveExercises(exercises, userId, idsOf(aggs)), needsFallback ? deps.bodyWeightKg(userId) : null]);
        return aggs.map((agg) => workoutSummary(agg, byId, fallbackKg, 0));
      }
      const [byId, fallbackKg] = await Promise.all([resolveExercises(exercises, userId, idsOf(aggs)), deps.bodyWeightKg(userId)]);
      const latest = aggs[0]?.workout.date;
      const earliest = aggs.at(-1)?.workout.date;
      // Newest first: the listed workouts span earliest…latest; before that, the bests table stands in for the sets.
      const { records } =
        latest && earliest ? await recordsBetween(workouts, userId, byId, { from: earliest, to: latest }, fallbackKg, q.formula ?? DEFAULT_E1RM_FORMULA) : { records: new Map() };
      return aggs.map((agg) => workoutSummary(agg, byId, fallbackKg, recordsSetIn(agg, records)));
    },

    async get(actor: Actor, id: string, opts: { formula?: E1rmFormula | undefined } = {}): Promise<WorkoutView> {
      const userId = requireUser(actor);
      return view(userId, id, opts.formula ?? DEFAULT_E1RM_FORMULA);
    },

    /** Logs a workout (or starts one from a routine or an earlier workout); today and the profile's body weight by default. */
    async create(actor: Actor, input: StartWorkoutInput): Promise<WorkoutView> {
      const userId = requireUser(actor);
      const exercisesIn = input.exercises ?? (await prefill(userId, input)) ?? [];
      const byId = await resolveExercises(exercises, userId, exercisesIn.map((e) => e.exerciseId));
      const bodyKg = await deps.bodyWeightKg(userId);
      const n = normalizeWorkout({ ...input, exercises: exercisesIn }, byId, { date: clock.today(), bodyWeightG: bodyKg === null ? null : Math.round(bodyKg * 1000) });
      const id = randomUUID();
      const agg = await workouts.insert(userId, id, n.values, n.exercises, n.sets, clock.now());
      // Answered from the workout as written, the exercises and the body weight just read (as update does).
      return view(userId, id, DEFAULT_E1RM_FORMULA, { agg, byId, fallbackKg: bodyKg });
    },

    /** Replaces a workout whole (what the phone logger sends after each change); an omitted body weight is kept. */
    async update(actor: Actor, id: string, input: WorkoutInput): Promise<WorkoutView> {
      const userId = requireUser(actor);
      const current = await load(userId, id);
      const byId = await resolveExercises(exercises, userId, (input.exercises ?? []).map((e) => e.exerciseId));
      const n = normalizeWorkout(input, byId, { date: current.workout.date, bodyWeightG: current.workout.bodyWeightG });
      const agg = await workouts.replace(userId, id, n.values, n.exercises, n.sets, clock.now());
      if (!agg) throw new NotFoundError(`No workout ${id}`);
      // normalizeWorkout accepted only exercises found in byId, so it names every exercise the workout has now.
      return view(userId, id, DEFAULT_E1RM_FORMULA, { agg, byId });
    },

    async delete(actor: Actor, id: string): Promise<void> {
      const userId = requireUser(actor);
      if (!(await workouts.delete(userId, id))) throw new NotFoundError(`No workout ${id}`);
    },

    /**
     * One exercise's records and progress. With `from`, only sessions on or after it are read: the points and
     * the records are then those of that stretch (the tips' recent-progress check reads 6 weeks, not 10 years).
     */
    async exerciseProgress(actor: Actor, exerciseId: string, opts: { formula?: E1rmFormula | undefined; from?: string | undefined } = {}): Promise<ExerciseProgress> {
      const progress = (await exercisesProgress(actor, [exerciseId], opts)).get(exerciseId);
      if (!progress) throw new NotFoundError(`No exercise ${exerciseId}`);
      return progress;
    },

    /**
     * exerciseProgress of several exercises in one read of their history (the tips read the big lifts'): each
     * exercise found, by id; unknown ids are left out.
     */
    exercisesProgress,

    /** Net exercise energy per day (science.md §8.3), whether or not it goes into the food budget. */
    async energy(actor: Actor, from: string, to: string): Promise<{ inBudget: boolean; days: EnergyDay[] }> {
      const userId = requireUser(actor);
      const [days, s] = await Promise.all([energyByDate(userId, from, to), settings.get(userId)]);
      return { inBudget: s.exerciseEnergyInBudget, days: [...days.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, kcal]) => ({ date, kcal })) };
    },

    /**
     * Net exercise kcal per local day for the food diary's "+ exercise" (ExerciseEnergySource). The diary's
     * budget adds it only when the setting exerciseEnergyInBudget is on; it still shows what was burned.
     * The caller has already authorized `userId`.
     */
    async kcalByDate(userId: string, from: string, to: string): Promise<Map<string, number>> {
      return energyByDate(userId, from, to);
    },
  };
}
export type WorkoutsService = ReturnType<typeof createWorkoutsService>;

/** The input that logs a stored set again. */
function setInputOf(s: ReturnType<typeof loggedSet>): SetInput {
  return { type: s.type, reps: s.reps, load: s.loadKg, duration: s.durationS, distance: s.distanceM, rpe: s.rpe, rir: s.rir };
}

