// The workout being logged, as the phone logger holds it: every box is the text the person typed, in their
// unit; it turns into an API WorkoutInput (kg, seconds, metres) on save.
import type { PreviousSession, RecordValue, Workout, WorkoutInput } from '../../contract/index.js';
import { formatClock, M_PER_MI } from '../../core/training/measures.js';
import type { LoadType } from '../../core/training/muscles.js';
import { displayLoad, loadToKg, plateFriendlyLoad, type LoadUnit } from '../../core/training/plates.js';
import type { RecordKind } from '../../core/training/records.js';
import type { SetType } from '../../core/training/sets.js';

export type ExerciseInfo = Workout['exercises'][number]['exercise'];

export interface DraftSet {
  key: string;
  type: SetType;
  load: string;
  reps: string;
  duration: string;
  distance: string;
  rpe: string;
  completed: boolean;
}

export interface DraftExercise {
  key: string;
  exercise: ExerciseInfo;
  supersetGroup: number | null;
  notes: string;
  sets: DraftSet[];
  previous: PreviousSession | null;
  records: RecordValue[];
  /** Records held by each set, by set index, as of the last save. */
  setRecords: RecordKind[][];
}

export interface Draft {
  id: string;
  date: string;
  name: string;
  notes: string;
  startedAt: string | null;
  endedAt: string | null;
  exercises: DraftExercise[];
}

let counter = 0;
/** A React key for a new row. */
export const newKey = (): string => `k${++counter}`;

const distanceUnit = (unit: LoadUnit) => (unit === 'kg' ? 'km' : 'mi');
const fromMetres = (m: number, unit: LoadUnit) => Math.round((unit === 'kg' ? m / 1000 : m / M_PER_MI) * 100) / 100;

/** What the load box means for this kind of exercise ("kg", "+kg", "−kg"), or null when it has none. */
export function loadLabel(loadType: LoadType, unit: LoadUnit): string | null {
  if (loadType === 'weight' || loadType === 'duration') return unit;
  if (loadType === 'weighted-bodyweight') return `+${unit}`;
  if (loadType === 'assisted') return `−${unit}`;
  return null;
}

export const takesReps = (t: LoadType) => t !== 'duration' && t !== 'cardio';
export const takesTime = (t: LoadType) => t === 'duration' || t === 'cardio';

/** The draft of a saved workout, loads shown in `unit` to 0.1. */
export function draftFromWorkout(w: Workout, unit: LoadUnit): Draft {
  return {
    id: w.id,
    date: w.date,
    name: w.name,
    notes: w.notes,
    startedAt: w.startedAt,
    endedAt: w.endedAt,
    exercises: w.exercises.map((e) => ({
      key: newKey(),
      exercise: e.exercise,
      supersetGroup: e.supersetGroup,
      notes: e.notes,
      previous: e.previous,
      records: e.records,
      setRecords: e.sets.map((s) => s.records),
      sets: e.sets.map((s) => ({
        key: newKey(),
        type: s.type,
        load: s.loadKg === null ? '' : String(displayLoad(s.loadKg, unit)),
        reps: s.reps === null ? '' : String(s.reps),
        duration: s.durationS === null ? '' : formatClock(s.durationS),
        distance: s.distanceM === null ? '' : String(fromMetres(s.distanceM, unit)),
        rpe: s.rpe === null ? '' : String(s.rpe),
        completed: s.completed,
      })),
    })),
  };
}

/** Takes the records and last-time numbers of a save into the draft without touching what is being typed. */
export function mergeSaved(draft: Draft, saved: Workout): Draft {
  return {
    ...draft,
    exercises: draft.exercises.map((e, i) => {
      const s = saved.exercises[i];
      if (!s || s.exercise.id !== e.exercise.id) return e;
      return { ...e, previous: s.previous, records: s.records, setRecords: s.sets.map((x) => x.records) };
    }),
  };
}

const blank = (text: string) => text.trim() === '';
const number = (text: string) => Number(text.trim().replace(',', '.'));

/** The API input of a draft; loads typed in `unit` become kg, distances km or mi; odd text goes as typed for the server to name. */
export function inputFromDraft(d: Draft, unit: LoadUnit): WorkoutInput {
  return {
    date: d.date,
    name: d.name,
    notes: d.notes,
    startedAt: d.startedAt,
    endedAt: d.endedAt,
    exercises: d.exercises.map((e) => ({
      exerciseId: e.exercise.id,
      supersetGroup: e.supersetGroup,
      notes: e.notes,
      sets: e.sets.map((s) => {
        const load = blank(s.load) ? null : Number.isFinite(number(s.load)) ? loadToKg(number(s.load), unit) : `${s.load.trim()} ${unit}`;
        const reps = blank(s.reps) ? null : number(s.reps);
        const rpe = blank(s.rpe) ? null : number(s.rpe);
        return {
          type: s.type,
          reps: Number.isInteger(reps) ? reps : null,
          load: loadLabel(e.exercise.loadType, unit) === null ? null : load,
          duration: blank(s.duration) ? null : /^\d+$/.test(s.duration.trim()) ? `${s.duration.trim()} s` : s.duration.trim(),
          distance: blank(s.distance) ? null : `${s.distance.trim()} ${distanceUnit(unit)}`,
          rpe: rpe !== null && Number.isFinite(rpe) ? rpe : null,
          completed: s.completed,
        };
      }),
    })),
  };
}

/** The same draft with every typed load and distance converted to `to` (0.1 precision for loads). */
export function convertUnits(d: Draft, from: LoadUnit, to: LoadUnit): Draft {
  if (from === to) return d;
  const conv = (text: string, f: (n: number) => number) => (blank(text) || !Number.isFinite(number(text)) ? text : String(f(number(text))));
  return {
    ...d,
    exercises: d.exercises.map((e) => ({
      ...e,
      sets: e.sets.map((s) => ({
        ...s,
        load: conv(s.load, (n) => displayLoad(loadToKg(n, from), to)),
        distance: conv(s.distance, (n) => fromMetres(n * (from === 'kg' ? 1000 : M_PER_MI), to)),
      })),
    })),
  };
}

/** Boxes the client refuses before saving (a number the API could only mangle); key `e.s.field`. */
export function draftProblems(d: Draft): Record<string, string> {
  const problems: Record<string, string> = {};
  d.exercises.forEach((e, i) =>
    e.sets.forEach((s, j) => {
      if (!blank(s.reps) && !/^\d+$/.test(s.reps.trim())) problems[`exercises.${i}.sets.${j}.reps`] = 'Reps are a whole number';
    }),
  );
  return problems;
}

/** An empty set like `prev` (same type and numbers, not yet done), or a blank one. */
export function nextSet(prev: DraftSet | undefined): DraftSet {
  return prev ? { ...prev, key: newKey(), completed: false, type: prev.type === 'warmup' ? 'normal' : prev.type } : { key: newKey(), type: 'normal', load: '', reps: '', duration: '', distance: '', rpe: '', completed: false };
}

/** Last session's sets as new sets to tick off ("repeat last time"), loads rounded to what plates can make in `unit`. */
export function setsFromLast(last: PreviousSession | null, exercise: ExerciseInfo, unit: LoadUnit): DraftSet[] {
  if (!last || last.sets.length === 0) return [nextSet(undefined)];
  return last.sets.map((s) => ({
    key: newKey(),
    type: s.type,
    load: s.loadKg === null ? '' : String(plateFriendlyLoad(s.loadKg, unit, exercise.equipment)),
    reps: s.reps === null ? '' : String(s.reps),
    duration: s.durationS === null ? '' : formatClock(s.durationS),
    distance: s.distanceM === null ? '' : String(fromMetres(s.distanceM, unit)),
    rpe: '',
    completed: false,
  }));
}

/** The boxes of last time's set, exactly as it was (a tap on "last time" copies it). */
export function fromPrevious(s: PreviousSession['sets'][number], unit: LoadUnit): Partial<DraftSet> {
  const out: Partial<DraftSet> = {};
  if (s.loadKg !== null) out.load = String(displayLoad(s.loadKg, unit));
  if (s.reps !== null) out.reps = String(s.reps);
  if (s.durationS !== null) out.duration = formatClock(s.durationS);
  if (s.distanceM !== null) out.distance = String(fromMetres(s.distanceM, unit));
  return out;
}

/** Last time's set as a short label: "100 kg × 5", "× 12", "1:30", "5 km · 25:00". */
export function previousLabel(s: PreviousSession['sets'][number] | undefined, loadType: LoadType, unit: LoadUnit): string {
  if (!s) return '—';
  if (loadType === 'cardio') {
    const parts = [s.distanceM ? `${fromMetres(s.distanceM, unit)} ${distanceUnit(unit)}` : null, s.durationS ? formatClock(s.durationS) : null];
    return parts.filter(Boolean).join(' · ') || '—';
  }
  if (loadType === 'duration') return s.durationS ? formatClock(s.durationS) : '—';
  const sign = loadType === 'weighted-bodyweight' ? '+' : loadType === 'assisted' ? '−' : '';
  const load = loadType !== 'bodyweight' && s.loadKg ? `${sign}${displayLoad(s.loadKg, unit)} ${unit}` : '';
  if (s.reps === null) return load || '—';
  return load ? `${load} × ${s.reps}` : `× ${s.reps}`;
}

const KIND_LABEL: Record<RecordKind, string> = {
  e1rm: 'e1RM',
  weight: 'Heaviest',
  reps: 'Most reps',
  'set-volume': 'Best set',
  'session-volume': 'Session volume',
  duration: 'Longest',
  distance: 'Farthest',
};

/** A record in words: "e1RM 116.7 kg", "Most reps 12", "Longest 1:30", "Farthest 5 km". */
export function recordLabel(r: Pick<RecordValue, 'kind' | 'value'>, unit: LoadUnit): string {
  const name = KIND_LABEL[r.kind];
  if (r.kind === 'reps') return `${name} ${r.value}`;
  if (r.kind === 'duration') return `${name} ${formatClock(r.value)}`;
  if (r.kind === 'distance') return `${name} ${fromMetres(r.value, unit)} ${distanceUnit(unit)}`;
  return `${name} ${displayLoad(r.value, unit).toLocaleString('en-US')} ${unit}`;
}

/** Today's local date, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
