// Personal records and the progress of one exercise over time, from its logged sessions.
import type { IsoDate } from '../dates.js';
import { DEFAULT_E1RM_FORMULA, estimateOneRepMax, MAX_E1RM_REPS, type E1rmFormula } from './e1rm.js';
import type { LoadType } from './muscles.js';
import { isWorkingSet, type SetType } from './sets.js';

/** Records we keep per exercise (Strong/Hevy's "PRs"). */
export const RECORD_KINDS = ['e1rm', 'weight', 'reps', 'set-volume', 'session-volume', 'duration', 'distance'] as const;

/** One entry of RECORD_KINDS. */
export type RecordKind = (typeof RECORD_KINDS)[number];

// Which records mean something for each way of loading: the heaviest assistance is no achievement,
// and a bodyweight exercise's "heaviest load" is only the scale.
const KINDS_BY_LOAD_TYPE: Record<LoadType, readonly RecordKind[]> = {
  weight: ['e1rm', 'weight', 'set-volume', 'session-volume'],
  'weighted-bodyweight': ['e1rm', 'weight', 'reps', 'session-volume'],
  bodyweight: ['reps'],
  assisted: ['reps'],
  duration: ['duration'],
  cardio: ['distance', 'duration'],
};

/** The record kinds that apply to an exercise of `loadType`. */
export function recordKindsFor(loadType: LoadType): readonly RecordKind[] {
  return KINDS_BY_LOAD_TYPE[loadType];
}

/** A set as the record keeper sees it: loads in kg, already resolved against body weight. */
export interface RecordSet {
  /** Position of the set within its exercise in the workout, from 0. */
  position: number;
  type: SetType;
  completed: boolean;
  reps: number | null;
  /** The load logged (added load for weighted-bodyweight exercises); kg. */
  loadKg: number | null;
  /** The load moved (see effectiveLoadKg); kg. */
  effectiveLoadKg: number | null;
  durationS: number | null;
  distanceM: number | null;
}

/** One session of an exercise: the sets it had in one workout. Sessions are passed oldest first. */
export interface ExerciseSession {
  workoutId: string;
  date: IsoDate;
  sets: readonly RecordSet[];
}

/** A record value and where it was set. */
export interface RecordValue {
  kind: RecordKind;
  /** kg for e1rm, weight and volumes; reps; seconds; metres. */
  value: number;
  workoutId: string;
  date: IsoDate;
  /** The set that holds it; null for session volume. */
  position: number | null;
  reps: number | null;
  loadKg: number | null;
}

/** One point of the progress chart: the session's best numbers. */
export interface ProgressPoint {
  workoutId: string;
  date: IsoDate;
  /** Best estimated 1RM of the session (sets of 1–10 reps); kg. */
  e1rmKg: number | null;
  /** Heaviest working set; kg (as logged). */
  topLoadKg: number | null;
  /** Σ effective load × reps over working sets; kg. */
  volumeKg: number;
  workingSets: number;
  reps: number;
  bestDurationS: number | null;
  distanceM: number;
}

type Bests = Partial<Record<RecordKind, RecordValue>>;

/** The session's best value of every kind, each with the set that made it (first set wins a tie). */
function sessionBests(session: ExerciseSession, formula: E1rmFormula): Bests {
  const bests: Bests = {};
  const base = { workoutId: session.workoutId, date: session.date };
  const offer = (kind: RecordKind, value: number, set: RecordSet | null) => {
    const current = bests[kind];
    if (current && current.value >= value) return;
    bests[kind] = { kind, value, ...base, position: set?.position ?? null, reps: set?.reps ?? null, loadKg: set?.loadKg ?? null };
  };
  let sessionVolume = 0;
  let sawVolume = false;
  for (const set of session.sets) {
    if (!isWorkingSet(set)) continue;
    const load = set.effectiveLoadKg;
    const reps = set.reps;
    if (reps !== null && reps > 0) {
      offer('reps', reps, set);
      if (set.loadKg !== null && set.loadKg > 0) offer('weight', set.loadKg, set);
      if (load !== null && load > 0) {
        if (reps <= MAX_E1RM_REPS) offer('e1rm', estimateOneRepMax(load, reps, formula), set);
        offer('set-volume', load * reps, set);
        sessionVolume += load * reps;
        sawVolume = true;
      }
    }
    if (set.durationS !== null && set.durationS > 0) offer('duration', set.durationS, set);
    if (set.distanceM !== null && set.distanceM > 0) offer('distance', set.distanceM, set);
  }
  if (sawVolume) offer('session-volume', sessionVolume, null);
  return bests;
}

// Values closer than this are a tie, not a new record (a relogged 100 kg is not a PR over 100 kg).
const EPSILON = 1e-6;

/** What records an exercise's history holds: the best of each kind and the records each session set. */
export interface RecordHistory {
  /** All-time best of each applicable kind (earliest session wins a tie). */
  best: Bests;
  /** workoutId → the records that session set, beating every earlier session (the first session sets all). */
  setIn: Map<string, RecordValue[]>;
}

/**
 * Personal records of one exercise: walks sessions oldest first and keeps, for each kind that applies to
 * `loadType`, the best value so far; a session sets a record when it beats all earlier ones. e1RM by
 * `formula` (Epley default, science.md §5.1) over sets of 1–10 reps. kg, reps, seconds, metres.
 */
export function personalRecords(sessions: readonly ExerciseSession[], loadType: LoadType, formula: E1rmFormula = DEFAULT_E1RM_FORMULA): RecordHistory {
  const kinds = recordKindsFor(loadType);
  const best: Bests = {};
  const setIn = new Map<string, RecordValue[]>();
  for (const session of sessions) {
    const bests = sessionBests(session, formula);
    const records: RecordValue[] = [];
    for (const kind of kinds) {
      const candidate = bests[kind];
      const current = best[kind];
      if (candidate && (!current || candidate.value > current.value + EPSILON)) {
        best[kind] = candidate;
        records.push(candidate);
      }
    }
    if (records.length > 0) setIn.set(session.workoutId, records);
  }
  return { best, setIn };
}

/** The best value of each kind over sessions not passed (older ones), and how far that value may be off (0: exact). */
export type PriorBests = Partial<Record<RecordKind, { value: number; tolerance: number }>>;

/** What recordsAfter found: the records each session set, and whether some were too close to the prior to call. */
export interface RecordsAfter {
  setIn: Map<string, RecordValue[]>;
  /**
   * True when a session's value came within EPSILON (+ tolerance) above a prior best: whether it is a record
   * then depends on which earlier value the walk of personalRecords held (ties within 1e-6 keep the first), which
   * the maximum alone does not tell; the caller judges that exercise from its whole history instead.
   */
  uncertain: boolean;
}

/**
 * personalRecords' `setIn` for `sessions` (oldest first) that follow older ones summarised by `prior` (the maximum
 * of each kind over them): the same records personalRecords gives over the whole history, since the best it holds
 * before these sessions is within EPSILON below that maximum, unless `uncertain`. kg, reps, seconds, metres.
 */
export function recordsAfter(prior: PriorBests, sessions: readonly ExerciseSession[], loadType: LoadType, formula: E1rmFormula = DEFAULT_E1RM_FORMULA): RecordsAfter {
  const kinds = recordKindsFor(loadType);
  const best: Bests = {};
  const setIn = new Map<string, RecordValue[]>();
  let uncertain = false;
  for (const session of sessions) {
    const bests = sessionBests(session, formula);
    const records: RecordValue[] = [];
    for (const kind of kinds) {
      const candidate = bests[kind];
      if (!candidate) continue;
      const current = best[kind];
      const before = prior[kind];
      let record: boolean;
      if (current) record = candidate.value > current.value + EPSILON;
      else if (!before) record = true;
      else if (candidate.value > before.value + EPSILON + before.tolerance) record = true;
      else {
        // The walk over every session holds a best within EPSILON below the maximum: at or below the maximum this is
        // no record; within EPSILON above it, it depends on which value that best is.
        if (candidate.value > before.value - before.tolerance) uncertain = true;
        record = false;
      }
      if (record) {
        best[kind] = candidate;
        records.push(candidate);
      }
    }
    if (records.length > 0) setIn.set(session.workoutId, records);
  }
  return { setIn, uncertain };
}

/** One progress-chart point per session, oldest first: best e1RM (by `formula`), top load, volume, reps, time, distance. */
export function progressPoints(sessions: readonly ExerciseSession[], formula: E1rmFormula = DEFAULT_E1RM_FORMULA): ProgressPoint[] {
  return sessions.map((session) => {
    const bests = sessionBests(session, formula);
    const working = session.sets.filter(isWorkingSet);
    return {
      workoutId: session.workoutId,
      date: session.date,
      e1rmKg: bests.e1rm?.value ?? null,
      topLoadKg: bests.weight?.value ?? null,
      volumeKg: bests['session-volume']?.value ?? 0,
      workingSets: working.length,
      reps: working.reduce((n, s) => n + (s.reps ?? 0), 0),
      bestDurationS: bests.duration?.value ?? null,
      distanceM: working.reduce((n, s) => n + (s.distanceM ?? 0), 0),
    };
  });
}
