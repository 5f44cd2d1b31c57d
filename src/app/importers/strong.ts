// Strong's workout CSV in all its dialects (shared/reference/peers.md §4.1), told apart by the header:
// comma or semicolon; the weight unit in a column ("Weight Unit"), in the header ("Weight (kg)", or the
// column named "lbs"), or absent (the 12-column export: the person says kg or lb); "Rest Timer" and "Note"
// pseudo-rows; set orders W/D/F for warm-up, drop and failure sets; durations as "1h 43m", "38min" or seconds.
import { ValidationError } from '../../core/errors.js';
import { parseDuration } from '../../core/training/measures.js';
import type { SetType } from '../../core/training/sets.js';
import { KG_PER_LB } from '../../core/units.js';
import { readWithHeader } from './delimited.js';
import { decimal, emptyHistory, firstLine, headerColumns, isoLocal, sniffSeparator, sourceKey, type ImportedExercise, type ImportedWorkout, type OnBytes, type ParsedHistory } from './history.js';

export type WeightUnit = 'kg' | 'lb';
type DistanceUnit = 'km' | 'mi' | 'm';

export interface StrongOptions {
  /** The weight unit when the file does not say (required then). Distances follow it: km with kg, miles with lb. */
  unit?: WeightUnit | undefined;
  onBytes?: OnBytes | undefined;
}

/** How one dialect spells what we need. */
export interface StrongDialect {
  separator: ',' | ';';
  weight: string;
  /** A fixed unit (from the header or the person), or 'column' for a "Weight Unit" column. */
  weightUnit: WeightUnit | 'column' | null;
  distance: string | null;
  distanceUnit: DistanceUnit | 'column' | null;
  duration: string | null;
  durationInSeconds: boolean;
  workoutNumber: string | null;
}

const M_PER_MI = 1609.344;
const WEIGHT_HEADERS: Record<string, WeightUnit | null> = { weight: null, 'weight (kg)': 'kg', 'weight (kgs)': 'kg', 'weight (lbs)': 'lb', 'weight (lb)': 'lb', lbs: 'lb', lb: 'lb', kg: 'kg', kgs: 'kg' };
const DISTANCE_HEADERS: Record<string, DistanceUnit | null> = {
  distance: null,
  'distance (meters)': 'm',
  'distance (m)': 'm',
  'distance (km)': 'km',
  'distance (miles)': 'mi',
  'distance (mi)': 'mi',
  'mi.': 'mi',
  mi: 'mi',
  km: 'km',
};

/** True when a header line is Strong's: it names the date, the exercise and the set order. */
export function isStrongHeader(columns: readonly string[]): boolean {
  const lower = columns.map((c) => c.toLowerCase());
  return lower.includes('date') && lower.includes('exercise name') && lower.includes('set order');
}

/** Reads the dialect from the header line; throws a ValidationError naming `unit` when weights have no unit and none was given. */
export function strongDialect(header: string, unit?: WeightUnit): StrongDialect {
  const separator = sniffSeparator(header);
  const columns = headerColumns(header, separator);
  if (!isStrongHeader(columns)) {
    throw ValidationError.field('file', `is not a Strong export: its header has no Date, Exercise Name and Set Order (it has ${columns.slice(0, 8).join(', ')})`);
  }
  const find = (table: Record<string, unknown>) => columns.find((c) => c.toLowerCase() in table) ?? null;
  const weight = find(WEIGHT_HEADERS);
  if (!weight) throw ValidationError.field('file', 'is a Strong export without a weight column');
  const hasUnitColumn = columns.includes('Weight Unit');
  const headerUnit = WEIGHT_HEADERS[weight.toLowerCase()] ?? null;
  const weightUnit = hasUnitColumn ? 'column' : (headerUnit ?? unit ?? null);
  if (weightUnit === null) {
    throw ValidationError.field('unit', 'this Strong export does not say whether weights are kg or lb; choose the unit your Strong app used (--unit kg or --unit lb)');
  }
  const distance = find(DISTANCE_HEADERS);
  const distanceFromHeader = distance ? (DISTANCE_HEADERS[distance.toLowerCase()] ?? null) : null;
  const fallbackUnit = weightUnit === 'column' ? (unit ?? 'kg') : weightUnit;
  const duration = columns.find((c) => c === 'Duration (sec)' || c === 'Duration' || c === 'Workout Duration') ?? null;
  return {
    separator,
    weight,
    weightUnit,
    distance,
    distanceUnit: columns.includes('Distance Unit') ? 'column' : (distanceFromHeader ?? (fallbackUnit === 'lb' ? 'mi' : 'km')),
    duration,
    durationInSeconds: duration === 'Duration (sec)',
    workoutNumber: columns.includes('Workout #') ? 'Workout #' : null,
  };
}

const SET_ORDER_TYPES: Record<string, SetType> = { w: 'warmup', d: 'drop', f: 'failure' };

function kgOf(value: number, unit: string): number | undefined {
  const u = unit.trim().toLowerCase();
  if (u === 'kg' || u === 'kgs') return value;
  if (u === 'lb' || u === 'lbs') return value * KG_PER_LB;
  return undefined;
}

function metresOf(value: number, unit: string): number | undefined {
  const u = unit.trim().toLowerCase().replace(/\.$/, '');
  if (u === 'km') return value * 1000;
  if (u === 'mi' || u === 'miles' || u === 'mile') return value * M_PER_MI;
  if (u === 'm' || u === 'meters' || u === 'metres') return value;
  return undefined;
}

/**
 * Reads a Strong CSV: one workout per distinct Date, its exercises in order (a new block when the name changes
 * or the set numbers start again), their sets; pseudo-rows skipped.
 */
export async function parseStrong(file: string, opts: StrongOptions = {}): Promise<ParsedHistory> {
  const out = emptyHistory('strong');
  const dialect = strongDialect(firstLine(file), opts.unit);
  const comma = dialect.separator === ';';
  const byKey = new Map<string, ImportedWorkout>();
  const lastExercise = new Map<ImportedWorkout, ImportedExercise>();
  const lastSetNumber = new Map<ImportedExercise, number>();

  for await (const row of readWithHeader(file, {
    format: 'csv',
    separator: dialect.separator,
    required: ['Date', 'Exercise Name', 'Set Order'],
    ...(opts.onBytes ? { onBytes: opts.onBytes } : {}),
  })) {
    const reject = (reason: string) => out.summary.reject(row.line, reason);
    const dateText = row.get('Date').trim();
    const start = isoLocal(dateText);
    if (!start) {
      reject(`Date "${dateText}" is not a date and time like 2021-07-07 18:35:21`);
      continue;
    }
    const workoutKey = `${dateText}\u0000${dialect.workoutNumber ? row.get(dialect.workoutNumber) : ''}`;
    let workout = byKey.get(workoutKey);
    if (!workout) {
      let durationS: number | null = null;
      const durationText = dialect.duration ? row.get(dialect.duration).trim() : '';
      if (durationText !== '') {
        try {
          durationS = parseDuration(durationText, { defaultUnit: 's' });
        } catch {
          durationS = null;
        }
      }
      workout = {
        key: sourceKey('strong', dateText),
        line: row.line,
        date: start.date,
        startLocal: start,
        startInstant: null,
        durationS: durationS === 0 ? null : durationS,
        name: row.get('Workout Name').trim(),
        notes: '',
        energyKcal: null,
        exercises: [],
      };
      byKey.set(workoutKey, workout);
    }
    const workoutNotes = row.get('Workout Notes').trim();
    if (workoutNotes && !workout.notes.includes(workoutNotes)) workout.notes = workout.notes ? `${workout.notes}\n${workoutNotes}` : workoutNotes;

    const name = row.get('Exercise Name').trim();
    if (name === '') {
      reject('Exercise Name is empty');
      continue;
    }
    const order = row.get('Set Order').trim();
    const setNumber = /^\d+$/.test(order) ? Number(order) : null;
    let exercise = lastExercise.get(workout);
    // The same exercise twice in a row is two blocks when its set numbers start again (1, 2, 3, 1, 2).
    const restarts = exercise !== undefined && setNumber !== null && setNumber <= (lastSetNumber.get(exercise) ?? 0);
    if (!exercise || exercise.name !== name || restarts) {
      exercise = { name, line: row.line, notes: '', supersetGroup: null, sets: [] };
      workout.exercises.push(exercise);
      lastExercise.set(workout, exercise);
    }
    if (setNumber !== null) lastSetNumber.set(exercise, setNumber);
    const notes = row.get('Notes').trim();
    if (notes && !exercise.notes.includes(notes)) exercise.notes = exercise.notes ? `${exercise.notes}\n${notes}` : notes;

    const lower = order.toLowerCase();
    if (lower === 'rest timer' || lower === 'note' || lower === 'notes') {
      out.summary.skipped++;
      continue;
    }
    const type: SetType | undefined = /^\d+$/.test(order) ? 'normal' : SET_ORDER_TYPES[lower];
    if (!type) {
      reject(`Set Order "${order}" is not a set number, W, D or F`);
      continue;
    }

    const num = (column: string | null) => (column ? decimal(row.get(column), comma) : null);
    const weight = num(dialect.weight);
    const reps = num('Reps');
    const seconds = num('Seconds');
    const distance = num(dialect.distance);
    const rpe = num('RPE');
    const bad = (
      [
        [dialect.weight, weight],
        ['Reps', reps],
        ['Seconds', seconds],
        [dialect.distance ?? 'Distance', distance],
        ['RPE', rpe],
      ] as const
    ).find(([, v]) => v === undefined);
    if (bad) {
      reject(`${bad[0]} "${row.get(bad[0])}" is not a number`);
      continue;
    }
    if (reps !== null && reps !== undefined && !Number.isInteger(reps)) {
      reject(`Reps "${row.get('Reps')}" is not a whole number`);
      continue;
    }

    let loadKg: number | null = null;
    if (weight === 0) loadKg = 0;
    else if (weight !== null && weight !== undefined) {
      const unit = dialect.weightUnit === 'column' ? row.get('Weight Unit').trim() || (opts.unit ?? '') : dialect.weightUnit!;
      const kg = kgOf(weight, unit);
      if (kg === undefined) {
        reject(`Weight Unit "${unit}" is not kg or lbs`);
        continue;
      }
      loadKg = kg;
    }
    let distanceM: number | null = null;
    if (distance) {
      const unit = dialect.distanceUnit === 'column' ? row.get('Distance Unit').trim() || (opts.unit === 'lb' ? 'mi' : 'km') : dialect.distanceUnit!;
      const m = metresOf(distance, unit);
      if (m === undefined) {
        reject(`Distance Unit "${unit}" is not km, mi or m`);
        continue;
      }
      distanceM = m;
    }
    exercise.sets.push({
      line: row.line,
      type,
      reps: reps ?? null,
      loadKg,
      durationS: seconds ? Math.round(seconds) : null,
      distanceM,
      rpe: rpe ?? null,
    });
  }
  for (const workout of byKey.values()) {
    // An exercise with only pseudo-rows (a rest timer, a note) logged nothing.
    workout.exercises = workout.exercises.filter((e) => e.sets.length > 0);
    if (workout.exercises.length > 0) out.workouts.push(workout);
  }
  return out;
}
