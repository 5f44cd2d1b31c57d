// The records a few recent sessions set, without reading every earlier set: the sessions themselves are read in
// full, and everything before them is one row per exercise of maxima from exercise_year_bests and
// exercise_session_bests (migrations 0011, 0013; workout.repository.ts bestsBefore), turned here into the best of
// each kind by the exercise's load type, the e1RM formula and the fallback body weight. core/training/records.ts recordsAfter then judges the sessions against those bests; an exercise it
// cannot judge that way (a value within 1e-6 above an earlier best) is judged from its whole history as before.
import { estimateOneRepMax, MAX_E1RM_REPS, type E1rmFormula } from '../core/training/e1rm.js';
import { recordsAfter, type PriorBests, type RecordValue } from '../core/training/records.js';
import type { ExerciseRefs, HistoryRow, WorkoutRepository } from '../store/index.js';
import type { Exercise } from './exercises.service.js';
import { historyByExercise, recordsByExercise, sessionsOf } from './workout-view.js';

type BestsBeforeRow = Awaited<ReturnType<WorkoutRepository['bestsBefore']>>[number];

/** Exercise id → workout id → the records that workout set (personalRecords' `setIn` for each exercise). */
export type RecordsByExercise = Map<string, Map<string, RecordValue[]>>;

// The app's sum over sets and the database's b × Σreps + Σ(load × reps) differ by rounding only (~1e-12 relative).
const ESTIMATE_TOLERANCE = 1e-9;

/**
 * The best of each record kind before some date, from the maxima of `row`, computed as records.ts would from
 * the sets: loads in kg as load_g / 1000, the effective load by load type (body weight of the workout, else
 * `fallbackKg`), e1RM by `formula` over 1–10 reps (any formula grows with the load at a given number of reps,
 * so the heaviest load at each r gives the best e1RM).
 */
export function priorBests(row: BestsBeforeRow | undefined, loadType: Exercise['loadType'], fallbackKg: number | null, formula: E1rmFormula): PriorBests {
  if (!row) return {};
  const out: PriorBests = {};
  const exact = (value: number | null) => (value === null ? undefined : { value, tolerance: 0 });
  const set = (kind: keyof PriorBests, v: { value: number; tolerance: number } | undefined) => {
    if (v) out[kind] = v;
  };
  const e1rm = (loadsKg: Array<(r: number) => number | null>) => {
    let best: number | null = null;
    for (let r = 1; r <= MAX_E1RM_REPS; r++) {
      for (const load of loadsKg) {
        const kg = load(r);
        if (kg === null || !(kg > 0)) continue;
        const value = estimateOneRepMax(kg, r, formula);
        if (best === null || value > best) best = value;
      }
    }
    return best;
  };
  const at = (list: Array<number | null>, r: number) => list[r - 1] ?? null;
  switch (loadType) {
    case 'weight':
      set('e1rm', exact(e1rm([(r) => (at(row.loadG, r) === null ? null : at(row.loadG, r)! / 1000)])));
      set('weight', exact(row.maxLoadG === null ? null : row.maxLoadG / 1000));
      set('set-volume', exact(row.setVolumeKg));
      set('session-volume', exact(row.volumeKg));
      break;
    case 'weighted-bodyweight': {
      const withoutBw = (r: number) => (fallbackKg === null || at(row.loadWithoutBodyWeightG, r) === null ? null : fallbackKg + at(row.loadWithoutBodyWeightG, r)! / 1000);
      set('e1rm', exact(e1rm([(r) => at(row.bodyPlusLoadKg, r), withoutBw])));
      set('weight', exact(row.maxLoadG === null ? null : row.maxLoadG / 1000));
      set('reps', exact(row.maxReps));
      // Workouts without a body weight count at the fallback: the database's figure is then an estimate.
      const known = row.volumeBwKg;
      const estimate = fallbackKg === null ? null : row.volumeAtFallbackKg;
      const tolerance = estimate === null ? 0 : ESTIMATE_TOLERANCE * Math.max(1, Math.abs(estimate));
      if (estimate === null || (known !== null && estimate + tolerance < known)) set('session-volume', exact(known));
      else set('session-volume', { value: known === null ? estimate : Math.max(known, estimate), tolerance });
      break;
    }
    case 'bodyweight':
    case 'assisted':
      set('reps', exact(row.maxReps));
      break;
    case 'duration':
      set('duration', exact(row.maxDurationS));
      break;
    case 'cardio':
      set('duration', exact(row.maxDurationS));
      set('distance', exact(row.maxDistanceCm === null ? null : row.maxDistanceCm / 100));
      break;
  }
  return out;
}

/** The ids of these exercises split into catalog and the user's own, as the workout repository's reads take them. */
export const refsFor = (exercises: readonly Exercise[]): ExerciseRefs => ({ catalog: exercises.filter((e) => !e.custom).map((e) => e.id), custom: exercises.filter((e) => e.custom).map((e) => e.id) });

/**
 * The records sessions dated `from`…`to` set, judged against every earlier session, and those sessions' history
 * rows: reads the sets of `from`…`to` and one row of maxima per exercise for the time before `from`.
 */
export async function recordsBetween(
  workouts: WorkoutRepository,
  userId: string,
  byId: ReadonlyMap<string, Exercise>,
  range: { from: string; to: string },
  fallbackKg: number | null,
  formula: E1rmFormula,
): Promise<{ records: RecordsByExercise; history: Map<string, HistoryRow[]> }> {
  const all = [...byId.values()];
  const [rows, before] = await Promise.all([
    workouts.history(userId, refsFor(all), range),
    workouts.bestsBefore(
      userId,
      all.map((e) => e.id),
      range.from,
      fallbackKg,
      all.filter((e) => e.loadType === 'weighted-bodyweight').map((e) => e.id),
    ),
  ]);
  const history = historyByExercise(rows);
  const priors = new Map(before.map((r) => [r.ref, r]));
  const records: RecordsByExercise = new Map();
  const unsure: Exercise[] = [];
  for (const exercise of all) {
    const sessions = sessionsOf(history.get(exercise.id), exercise.loadType, fallbackKg);
    const judged = recordsAfter(priorBests(priors.get(exercise.id), exercise.loadType, fallbackKg, formula), sessions, exercise.loadType, formula);
    if (judged.uncertain) unsure.push(exercise);
    else records.set(exercise.id, judged.setIn);
  }
  if (unsure.length > 0) {
    const whole = historyByExercise(await workouts.history(userId, refsFor(unsure), { to: range.to }));
    for (const [id, setIn] of recordsByExercise(byId, whole, fallbackKg, formula)) records.set(id, setIn);
  }
  return { records, history };
}

/**
 * The history rows of each exercise's last session before `before` (any date when undefined): the sessions of
 * each exercise's last date with one, found by key in exercise_session_bests and read whole in one statement
 * (workout.repository.ts history with `last`). Exercise id → rows.
 */
export async function lastSessions(workouts: WorkoutRepository, userId: string, byId: ReadonlyMap<string, Exercise>, before?: string): Promise<Map<string, HistoryRow[]>> {
  const out = new Map<string, HistoryRow[]>();
  if (byId.size === 0) return out;
  // Another exercise's last day may be among the days read, but never after this exercise's own last day (that
  // day would have been its last): its rows' last workout is its last session.
  const rows = historyByExercise(await workouts.history(userId, refsFor([...byId.values()]), { last: { before } }));
  for (const id of byId.keys()) {
    const list = rows.get(id);
    if (!list) continue;
    const last = list.at(-1)!.workoutId;
    out.set(id, list.filter((h) => h.workoutId === last));
  }
  return out;
}
