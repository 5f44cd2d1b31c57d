// Builds what the API shows of a workout: sets in kg/m/s, last time's numbers, the records it set, volume,
// fractional sets per muscle and net exercise energy.
import { sessionEnergy, type SessionEnergy } from '../core/energy/exercise-energy.js';
import type { E1rmFormula } from '../core/training/e1rm.js';
import type { MuscleId } from '../core/training/muscles.js';
import { personalRecords, type ExerciseSession, type RecordKind, type RecordSet, type RecordValue } from '../core/training/records.js';
import { effectiveLoadKg, fractionalSetsByMuscle, isWorkingSet, setVolumeKg, type LoggedSet, type SetType } from '../core/training/sets.js';
import type { HistoryRow, WorkoutAggregate, WorkoutRow, WorkoutSetRow } from '../store/index.js';
import type { Exercise } from './exercises.service.js';

export type ExerciseRef = Pick<Exercise, 'id' | 'name' | 'equipment' | 'pattern' | 'loadType' | 'primaryMuscles' | 'secondaryMuscles' | 'custom'>;

export interface WorkoutSetView {
  type: SetType;
  reps: number | null;
  loadKg: number | null;
  durationS: number | null;
  distanceM: number | null;
  rpe: number | null;
  rir: number | null;
  completed: boolean;
  /** Records this set holds as of this workout (beat every earlier session). */
  records: RecordKind[];
}

export interface PreviousSession {
  workoutId: string;
  date: string;
  sets: Array<Pick<WorkoutSetView, 'type' | 'reps' | 'loadKg' | 'durationS' | 'distanceM'>>;
}

export interface WorkoutExerciseView {
  position: number;
  exercise: ExerciseRef;
  supersetGroup: number | null;
  notes: string;
  sets: WorkoutSetView[];
  /** The last earlier session of this exercise: "last time" beside each set. */
  previous: PreviousSession | null;
  /** Records set in this workout, e.g. e1RM 116.7 kg from 100 kg × 5. */
  records: RecordValue[];
}

export interface WorkoutTotals {
  exercises: number;
  workingSets: number;
  volumeKg: number;
  /** Net kcal above rest ((MET − 1) × kg × h); null without a body weight. */
  energyKcal: number | null;
  records: number;
}

export interface WorkoutView {
  id: string;
  date: string;
  name: string;
  notes: string;
  startedAt: string | null;
  endedAt: string | null;
  durationS: number | null;
  bodyWeightKg: number | null;
  exercises: WorkoutExerciseView[];
  totals: WorkoutTotals;
  muscleSets: Array<{ muscle: MuscleId; sets: number }>;
  createdAt: string;
  updatedAt: string;
}

export interface WorkoutSummary extends Omit<WorkoutView, 'exercises' | 'muscleSets'> {
  exerciseNames: string[];
}

export const toRef = (e: Exercise): ExerciseRef => ({
  id: e.id,
  name: e.name,
  equipment: e.equipment,
  pattern: e.pattern,
  loadType: e.loadType,
  primaryMuscles: e.primaryMuscles,
  secondaryMuscles: e.secondaryMuscles,
  custom: e.custom,
});

/** A stored set in kg, m, s. */
export function loggedSet(row: WorkoutSetRow): LoggedSet {
  return {
    type: row.setType as SetType,
    reps: row.reps,
    loadKg: row.loadG === null ? null : row.loadG / 1000,
    durationS: row.durationS,
    distanceM: row.distanceCm === null ? null : row.distanceCm / 100,
    rpe: row.rpe,
    rir: row.rir,
    completed: row.completed,
  };
}

const refOf = (row: { exerciseId: string | null; customExerciseId: string | null }) => (row.exerciseId ?? row.customExerciseId)!;
const durationOf = (w: WorkoutRow) => (w.startedAt && w.endedAt ? Math.round((w.endedAt.getTime() - w.startedAt.getTime()) / 1000) : null);
const bodyKg = (w: { bodyWeightG: number | null }, fallbackKg: number | null) => (w.bodyWeightG === null ? fallbackKg : w.bodyWeightG / 1000);

interface Grouped {
  exercises: Array<{ row: WorkoutAggregate['exercises'][number]; exercise: Exercise; sets: LoggedSet[] }>;
}

function group(agg: WorkoutAggregate, byId: ReadonlyMap<string, Exercise>): Grouped {
  return {
    exercises: agg.exercises.flatMap((row) => {
      const exercise = byId.get(refOf(row));
      if (!exercise) return [];
      return [{ row, exercise, sets: agg.sets.filter((s) => s.exercisePosition === row.position).map(loggedSet) }];
    }),
  };
}

/** Totals, energy and fractional sets of a workout. */
function totalsOf(agg: WorkoutAggregate, g: Grouped, fallbackKg: number | null, records: number): { totals: WorkoutTotals; muscleSets: WorkoutView['muscleSets']; energy: SessionEnergy | null } {
  const bw = bodyKg(agg.workout, fallbackKg);
  let workingSets = 0;
  let volumeKg = 0;
  for (const { exercise, sets } of g.exercises) {
    for (const s of sets) {
      if (!isWorkingSet(s)) continue;
      workingSets++;
      volumeKg += setVolumeKg(exercise.loadType, s, bw);
    }
  }
  const energy =
    bw === null
      ? null
      : sessionEnergy(
          g.exercises.map(({ exercise, sets }) => {
            const working = sets.filter(isWorkingSet);
            return { met: exercise.met.value, cardio: exercise.loadType === 'cardio', workingSets: working.length, seconds: working.reduce((n, s) => n + (s.durationS ?? 0), 0) };
          }),
          bw,
          durationOf(agg.workout),
        );
  const muscles = fractionalSetsByMuscle(g.exercises.map(({ exercise, sets }) => ({ exercise: { primary: exercise.primaryMuscles, secondary: exercise.secondaryMuscles, pattern: exercise.pattern }, sets })));
  // A device's measurement (an import's active energy) stands in for the MET estimate.
  const energyKcal = agg.workout.energyKcal ?? (energy === null ? null : energy.kcal);
  return {
    totals: { exercises: g.exercises.length, workingSets, volumeKg, energyKcal, records },
    muscleSets: [...muscles.entries()].map(([muscle, sets]) => ({ muscle, sets })),
    energy,
  };
}

function header(w: WorkoutRow, fallbackKg: number | null) {
  return {
    id: w.id,
    date: w.date,
    name: w.name,
    notes: w.notes,
    startedAt: w.startedAt?.toISOString() ?? null,
    endedAt: w.endedAt?.toISOString() ?? null,
    durationS: durationOf(w),
    bodyWeightKg: bodyKg(w, fallbackKg),
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
  };
}

/** A session key that sorts like the history query: date, then start, then creation. */
const orderKey = (w: { date: string; startedAt: Date | null; createdAt: Date }) => `${w.date}|${w.startedAt ? w.startedAt.toISOString() : '~'}|${w.createdAt.toISOString()}`;

/** History rows by exercise id (catalog or custom), each list in the history's order. */
export function historyByExercise(history: readonly HistoryRow[]): Map<string, HistoryRow[]> {
  const out = new Map<string, HistoryRow[]>();
  for (const h of history) {
    const id = refOf(h);
    const list = out.get(id);
    if (list) list.push(h);
    else out.set(id, [h]);
  }
  return out;
}

/** Sessions of one exercise from its history rows (oldest first); each set remembers its place in its workout. */
export function sessionsOf(rows: readonly HistoryRow[] | undefined, loadType: Exercise['loadType'], fallbackKg: number | null) {
  const sessions: Array<ExerciseSession & { key: string; places: Array<[number, number]>; sets: RecordSet[] }> = [];
  let s: (typeof sessions)[number] | undefined;
  let bodyWeight: number | null = null;
  for (const h of rows ?? []) {
    if (!s || s.workoutId !== h.workoutId) {
      s = { workoutId: h.workoutId, date: h.date, sets: [], key: orderKey(h), places: [] };
      sessions.push(s);
      bodyWeight = bodyKg(h, fallbackKg);
    }
    const row = h.set;
    const loadKg = row.loadG === null ? null : row.loadG / 1000;
    s.places.push([h.exercisePosition, row.position]);
    s.sets.push({
      position: s.sets.length,
      type: row.setType as SetType,
      completed: row.completed,
      reps: row.reps,
      loadKg,
      effectiveLoadKg: effectiveLoadKg(loadType, loadKg, bodyWeight),
      durationS: row.durationS,
      distanceM: row.distanceCm === null ? null : row.distanceCm / 100,
    });
  }
  return sessions;
}

/**
 * The full view of one workout: the records it set from `records` (exercise id → workout id → records, as
 * personalRecords' setIn), the sets' places and last time's numbers from `history` (each exercise's rows of this
 * workout and of at least the last session before it).
 */
export function workoutView(
  agg: WorkoutAggregate,
  byId: ReadonlyMap<string, Exercise>,
  history: ReadonlyMap<string, readonly HistoryRow[]>,
  fallbackKg: number | null,
  records: ReadonlyMap<string, ReadonlyMap<string, RecordValue[]>>,
): WorkoutView {
  const g = group(agg, byId);
  const key = orderKey(agg.workout);
  let recordCount = 0;
  const exercises = g.exercises.map(({ row, exercise, sets }): WorkoutExerciseView => {
    const sessions = sessionsOf(history.get(exercise.id), exercise.loadType, fallbackKg);
    const here = sessions.find((s) => s.workoutId === agg.workout.id);
    const won = (records.get(exercise.id)?.get(agg.workout.id) ?? []).filter(
      (r) => r.position === null || here?.places[r.position]?.[0] === row.position,
    );
    recordCount += won.length;
    const flags = new Map<number, RecordKind[]>();
    for (const r of won) {
      if (r.position === null || !here) continue;
      const setPosition = here.places[r.position]![1];
      flags.set(setPosition, [...(flags.get(setPosition) ?? []), r.kind]);
    }
    const before = sessions.filter((s) => s.workoutId !== agg.workout.id && s.key < key).at(-1);
    return {
      position: row.position,
      exercise: toRef(exercise),
      supersetGroup: row.supersetGroup,
      notes: row.notes,
      sets: sets.map((s, i) => ({ ...s, records: flags.get(i) ?? [] })),
      previous: before
        ? { workoutId: before.workoutId, date: before.date, sets: before.sets.map(({ type, reps, loadKg, durationS, distanceM }) => ({ type, reps, loadKg, durationS, distanceM })) }
        : null,
      records: won.map((r) => (r.position === null || !here ? r : { ...r, position: here.places[r.position]![1] })),
    };
  });
  const { totals, muscleSets } = totalsOf(agg, g, fallbackKg, recordCount);
  return { ...header(agg.workout, fallbackKg), exercises, totals, muscleSets };
}

/** For each exercise, the records each workout set (workoutId → records), by `formula`, from its whole `history`. */
export function recordsByExercise(byId: ReadonlyMap<string, Exercise>, history: ReadonlyMap<string, readonly HistoryRow[]>, fallbackKg: number | null, formula: E1rmFormula) {
  const out = new Map<string, Map<string, RecordValue[]>>();
  for (const [id, rows] of history) {
    const exercise = byId.get(id);
    if (exercise) out.set(id, personalRecords(sessionsOf(rows, exercise.loadType, fallbackKg), exercise.loadType, formula).setIn);
  }
  return out;
}

/** How many records a workout set ("3 PRs" in the list). */
export function recordsSetIn(agg: WorkoutAggregate, records: ReadonlyMap<string, ReadonlyMap<string, RecordValue[]>>): number {
  const ids = new Set(agg.exercises.map(refOf));
  let n = 0;
  for (const id of ids) n += records.get(id)?.get(agg.workout.id)?.length ?? 0;
  return n;
}

/** The list view of a workout: header, totals and exercise names. */
export function workoutSummary(agg: WorkoutAggregate, byId: ReadonlyMap<string, Exercise>, fallbackKg: number | null, records: number): WorkoutSummary {
  const g = group(agg, byId);
  const { totals } = totalsOf(agg, g, fallbackKg, records);
  return { ...header(agg.workout, fallbackKg), totals, exerciseNames: g.exercises.map((e) => e.exercise.name) };
}

/** Net exercise energy of a workout: a device's measurement when imported with one, else sessionEnergy; 0 without either. kcal. */
export function workoutEnergyKcal(agg: WorkoutAggregate, byId: ReadonlyMap<string, Exercise>, fallbackKg: number | null): number {
  return totalsOf(agg, group(agg, byId), fallbackKg, 0).totals.energyKcal ?? 0;
}
