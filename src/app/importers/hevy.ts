// Hevy's workout CSV (shared/reference/peers.md §4.2): one row per set, no workout id (a workout is its
// title and start), dates like "8 Apr 2026, 16:50" read by hand (Date.parse is locale-dependent), set types
// normal/warmup/dropset/failure, superset ids scoped to a workout, and the imperial variant whose columns
// are weight_lbs and distance_miles.
import { ValidationError } from '../../core/errors.js';
import type { SetType } from '../../core/training/sets.js';
import { KG_PER_LB } from '../../core/units.js';
import { readWithHeader } from './delimited.js';
import { decimal, emptyHistory, firstLine, headerColumns, isoLocal, sniffSeparator, sourceKey, type ImportedExercise, type ImportedWorkout, type LocalDateTime, type OnBytes, type ParsedHistory } from './history.js';

const M_PER_MI = 1609.344;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_FIRST = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i;
const MONTH_FIRST = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i;
const SET_TYPES: Record<string, SetType> = { normal: 'normal', warmup: 'warmup', dropset: 'drop', failure: 'failure' };

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "8 Apr 2026, 16:50" (also "Apr 8, 2026, 4:50 PM", full month names, and ISO) as local date and time; null when unreadable. */
export function parseHevyTime(text: string): LocalDateTime | null {
  const t = text.trim();
  const iso = isoLocal(t);
  if (iso) return iso;
  const a = DAY_FIRST.exec(t);
  const b = a ? null : MONTH_FIRST.exec(t);
  if (!a && !b) return null;
  const [day, monthName, year, hour, minute, second, meridiem] = a ? [a[1], a[2], a[3], a[4], a[5], a[6], a[7]] : [b![2], b![1], b![3], b![4], b![5], b![6], b![7]];
  const month = MONTHS.indexOf(monthName!.slice(0, 3).toLowerCase()) + 1;
  const y = Number(year);
  const d = Number(day);
  let h = Number(hour);
  if (month === 0 || d < 1 || d > daysIn(y, month) || Number(minute) > 59 || Number(second ?? 0) > 59) return null;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    const pm = meridiem.toLowerCase().startsWith('p');
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23) return null;
  const pad = (n: number | string) => String(n).padStart(2, '0');
  return { date: `${year}-${pad(month)}-${pad(d)}`, time: `${pad(h)}:${minute}:${pad(second ?? 0)}` };
}

/** True when a header line is Hevy's (Liftosaur's signature columns: start_time, exercise_title, set_type). */
export function isHevyHeader(columns: readonly string[]): boolean {
  return ['start_time', 'exercise_title', 'set_type'].every((c) => columns.includes(c));
}

const seconds = (t: LocalDateTime) => Date.UTC(...(t.date.split('-').map(Number) as [number, number, number]), ...(t.time.split(':').map(Number) as [number, number, number])) / 1000;

/** Reads a Hevy CSV: workouts by title and start, exercises in order, sets with their types and supersets. */
export async function parseHevy(file: string, opts: { onBytes?: OnBytes | undefined } = {}): Promise<ParsedHistory> {
  const out = emptyHistory('hevy');
  const header = firstLine(file);
  const separator = sniffSeparator(header);
  const columns = headerColumns(header, separator);
  if (!isHevyHeader(columns)) {
    throw ValidationError.field('file', `is not a Hevy export: its header has no start_time, exercise_title and set_type (it has ${columns.slice(0, 8).join(', ')})`);
  }
  if (!columns.includes('weight_kg') && !columns.includes('weight_lbs')) throw ValidationError.field('file', 'is a Hevy export without weight_kg or weight_lbs');
  const byKey = new Map<string, ImportedWorkout>();
  const state = new Map<ImportedWorkout, { exercise: ImportedExercise | null; lastIndex: number; supersets: Map<string, number> }>();

  for await (const row of readWithHeader(file, { format: 'csv', separator, required: ['title', 'start_time', 'exercise_title', 'set_type'], ...(opts.onBytes ? { onBytes: opts.onBytes } : {}) })) {
    const reject = (reason: string) => out.summary.reject(row.line, reason);
    const startText = row.get('start_time');
    const start = parseHevyTime(startText);
    if (!start) {
      reject(`start_time "${startText}" is not a date and time like 8 Apr 2026, 16:50`);
      continue;
    }
    const endText = row.get('end_time');
    const end = endText.trim() === '' ? null : parseHevyTime(endText);
    if (endText.trim() !== '' && !end) {
      reject(`end_time "${endText}" is not a date and time like 8 Apr 2026, 17:45`);
      continue;
    }
    const title = row.get('title').trim();
    const key = `${startText.trim()}\u0000${endText.trim()}\u0000${title}`;
    let workout = byKey.get(key);
    if (!workout) {
      const span = end ? seconds(end) - seconds(start) : null;
      workout = {
        key: sourceKey('hevy', startText.trim(), endText.trim()),
        line: row.line,
        date: start.date,
        startLocal: start,
        startInstant: null,
        durationS: span !== null && span > 0 && span <= 86_400 ? span : null,
        name: title,
        notes: row.get('description').trim(),
        energyKcal: null,
        exercises: [],
      };
      byKey.set(key, workout);
      state.set(workout, { exercise: null, lastIndex: -1, supersets: new Map() });
    }
    const st = state.get(workout)!;

    const name = row.get('exercise_title').trim();
    if (name === '') {
      reject('exercise_title is empty');
      continue;
    }
    const typeText = row.get('set_type').trim().toLowerCase();
    const type = SET_TYPES[typeText || 'normal'];
    if (!type) {
      reject(`set_type "${row.get('set_type')}" is not normal, warmup, dropset or failure`);
      continue;
    }
    const setIndex = decimal(row.get('set_index'));
    const num = (column: string) => decimal(row.get(column));
    const values = {
      weight_kg: num('weight_kg'),
      weight_lbs: num('weight_lbs'),
      reps: num('reps'),
      distance_km: num('distance_km'),
      distance_miles: num('distance_miles'),
      duration_seconds: num('duration_seconds'),
      rpe: num('rpe'),
    };
    const bad = Object.entries(values).find(([, v]) => v === undefined);
    if (bad) {
      reject(`${bad[0]} "${row.get(bad[0])}" is not a number`);
      continue;
    }
    if (values.reps !== null && !Number.isInteger(values.reps)) {
      reject(`reps "${row.get('reps')}" is not a whole number`);
      continue;
    }

    // Same exercise done again later in the workout: its set_index starts over.
    const index = typeof setIndex === 'number' ? setIndex : st.lastIndex + 1;
    if (!st.exercise || st.exercise.name !== name || index <= st.lastIndex) {
      const supersetText = row.get('superset_id').trim();
      let group: number | null = null;
      if (supersetText !== '') {
        group = st.supersets.get(supersetText) ?? st.supersets.size + 1;
        st.supersets.set(supersetText, group);
        if (group > 99) group = null;
      }
      st.exercise = { name, line: row.line, notes: row.get('exercise_notes').trim(), supersetGroup: group, sets: [] };
      workout.exercises.push(st.exercise);
    }
    st.lastIndex = index;

    const kg = values.weight_kg ?? (values.weight_lbs === null || values.weight_lbs === undefined ? null : values.weight_lbs * KG_PER_LB);
    const metres = values.distance_km !== null && values.distance_km !== undefined ? values.distance_km * 1000 : values.distance_miles ? values.distance_miles * M_PER_MI : null;
    st.exercise.sets.push({
      line: row.line,
      type,
      reps: values.reps ?? null,
      loadKg: kg ?? null,
      durationS: values.duration_seconds ? Math.round(values.duration_seconds) : null,
      distanceM: metres ? metres : null,
      rpe: values.rpe ?? null,
    });
  }
  out.workouts.push(...[...byKey.values()].filter((w) => w.exercises.length > 0));
  return out;
}
