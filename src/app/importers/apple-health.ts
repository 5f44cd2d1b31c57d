// Apple Health's export (shared/reference/peers.md §4.7): export.zip, or the export.xml inside it, read as
// a stream (real ones run to gigabytes). Kept: body mass and body-fat percentage (one body-log entry per
// moment; the same reading written by phone, watch and scale counted once) and workouts, as sessions with
// the energy the device measured: cardio with its time and distance, strength and other activities as a
// session without sets (Apple Health records no sets or reps). Overlapping copies of one workout from two
// apps are kept once.
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { ValidationError } from '../../core/errors.js';
import { KG_PER_LB, KJ_PER_KCAL } from '../../core/units.js';
import { emptyHistory, sourceKey, type ImportedBodyEntry, type ImportedWorkout, type OnBytes, type ParsedHistory } from './history.js';
import { parseXmlStream, type XmlStart } from './xml-stream.js';
import { findZipEntry, isZip, listZip, openZipEntry } from './zip.js';

const BODY_MASS = 'HKQuantityTypeIdentifierBodyMass';
const BODY_FAT = 'HKQuantityTypeIdentifierBodyFatPercentage';
const ACTIVE_ENERGY = 'HKQuantityTypeIdentifierActiveEnergyBurned';
const ACTIVITY_PREFIX = 'HKWorkoutActivityType';

/** Apple activity types done as cardio → the name of our catalog exercise (matched like any other name). */
const CARDIO: Record<string, string> = {
  Running: 'Running',
  Walking: 'Walking',
  Cycling: 'Cycling',
  Swimming: 'Swimming',
  Rowing: 'Rowing Machine',
  Elliptical: 'Elliptical',
  StairClimbing: 'Stair Climber',
  Stairs: 'Stair Climber',
  JumpRope: 'Jump Rope',
  Hiking: 'Hiking',
  HandCycling: 'Hand Cycling',
  WheelchairRunPace: 'Wheelchair (run pace)',
  WheelchairWalkPace: 'Wheelchair (walk pace)',
};

const STRENGTH = new Set(['TraditionalStrengthTraining', 'FunctionalStrengthTraining', 'CoreTraining']);
const GRAMS: Record<string, number> = { kg: 1000, g: 1, lb: KG_PER_LB * 1000, st: 14 * KG_PER_LB * 1000 };
const METRES: Record<string, number> = { km: 1000, m: 1, mi: 1609.344, yd: 0.9144, ft: 0.3048 };
const SECONDS: Record<string, number> = { min: 60, s: 1, sec: 1, hr: 3600, h: 3600 };
const APPLE_DATE = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;

/** "2024-01-01 07:00:00 -0600" as the instant and the local day and HH:MM it was written in; null when not that form. */
export function appleDate(text: string | undefined): { instant: Date; date: string; time: string } | null {
  const m = APPLE_DATE.exec((text ?? '').trim());
  if (!m) return null;
  const [y, mo, d] = m[1]!.split('-').map(Number) as [number, number, number];
  const offsetMin = (m[5] === '-' ? -1 : 1) * (Number(m[6]) * 60 + Number(m[7]));
  const instant = new Date(Date.UTC(y, mo - 1, d, Number(m[2]), Number(m[3]), Number(m[4])) - offsetMin * 60_000);
  return Number.isNaN(instant.getTime()) ? null : { instant, date: m[1]!, time: `${m[2]}:${m[3]}` };
}

/** "TraditionalStrengthTraining" → "Traditional strength training". */
function activityLabel(type: string): string {
  const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface RawWorkout {
  line: number;
  type: string;
  start: NonNullable<ReturnType<typeof appleDate>>;
  end: NonNullable<ReturnType<typeof appleDate>>;
  durationS: number | null;
  distanceM: number | null;
  energyKcal: number | null;
  indoor: boolean;
}

const number = (text: string | undefined): number | null => {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
};

function kcalOf(value: number | null, unit: string | undefined): number | null {
  if (value === null) return null;
  const u = (unit ?? 'kcal').toLowerCase();
  if (u === 'kcal' || u === 'cal') return value;
  if (u === 'kj') return value / KJ_PER_KCAL;
  return null;
}

/** Text of export.xml: from the file itself, or streamed out of export.zip without unpacking it. */
function exportText(file: string, onBytes: OnBytes | undefined, maxBytes: number | undefined): AsyncIterable<string> {
  let stream: Readable;
  if (isZip(file)) {
    const entries = listZip(file);
    const entry = findZipEntry(entries, 'export.xml');
    if (!entry) throw ValidationError.field('file', 'is a zip without apple_health_export/export.xml (is it an Apple Health export?)');
    stream = openZipEntry(file, entry, { ...(onBytes ? { onBytes } : {}), ...(maxBytes !== undefined ? { maxBytes } : {}) });
  } else {
    const total = statSync(file).size;
    let read = 0;
    stream = createReadStream(file, { highWaterMark: 1 << 20 });
    if (onBytes) stream.on('data', (chunk: Buffer | string) => onBytes((read += chunk.length), total));
  }
  const decoder = new StringDecoder('utf8');
  return (async function* () {
    for await (const chunk of stream as AsyncIterable<Buffer>) yield decoder.write(chunk);
    const rest = decoder.end();
    if (rest) yield rest;
  })();
}

/**
 * Reads body mass, body fat and workouts from export.zip or export.xml. `maxBytes` caps how far a zipped
 * export.xml may inflate (uploads through the web).
 */
export async function parseAppleHealth(file: string, opts: { onBytes?: OnBytes | undefined; maxBytes?: number | undefined } = {}): Promise<ParsedHistory> {
  const out = emptyHistory('apple-health');
  const body = new Map<string, ImportedBodyEntry>();
  const readings = new Set<string>();
  const workouts: RawWorkout[] = [];
  let current: RawWorkout | null = null;
  let sawRoot = false;

  const bodyEntry = (el: XmlStart, when: NonNullable<ReturnType<typeof appleDate>>): ImportedBodyEntry => {
    const key = when.instant.toISOString();
    let entry = body.get(key);
    if (!entry) {
      entry = { key: sourceKey('apple-health', 'body', key), line: el.line, date: when.date, time: when.time, weightKg: null, bodyFatPct: null };
      body.set(key, entry);
    }
    return entry;
  };

  const readRecord = (el: XmlStart) => {
    const type = el.attr('type');
    if (type !== BODY_MASS && type !== BODY_FAT) return;
    const when = appleDate(el.attr('startDate'));
    const value = number(el.attr('value'));
    if (!when || value === null) {
      out.summary.reject(el.line, `a ${type === BODY_MASS ? 'body mass' : 'body-fat'} record without a readable value and startDate`);
      return;
    }
    if (type === BODY_MASS) {
      const grams = GRAMS[(el.attr('unit') ?? 'kg').toLowerCase()];
      if (grams === undefined) {
        out.summary.reject(el.line, `body mass in "${el.attr('unit')}", not kg, g, lb or st`);
        return;
      }
      const kg = (value * grams) / 1000;
      // Phone, watch and scale often write the same reading: one per moment and value.
      const reading = `m|${when.instant.toISOString()}|${Math.round(kg * 1000)}`;
      if (readings.has(reading)) return void out.summary.skipped++;
      readings.add(reading);
      bodyEntry(el, when).weightKg = kg;
    } else {
      // Apple writes percentages as fractions (0.215 for 21.5 %).
      const pct = value <= 1 ? value * 100 : value;
      const reading = `f|${when.instant.toISOString()}|${Math.round(pct * 100)}`;
      if (readings.has(reading)) return void out.summary.skipped++;
      readings.add(reading);
      bodyEntry(el, when).bodyFatPct = Math.round(pct * 100) / 100;
    }
  };

  const readWorkout = (el: XmlStart) => {
    const type = (el.attr('workoutActivityType') ?? '').replace(ACTIVITY_PREFIX, '');
    const start = appleDate(el.attr('startDate'));
    const end = appleDate(el.attr('endDate'));
    if (!type || !start || !end || end.instant < start.instant) {
      out.summary.reject(el.line, 'a workout without a readable activity type, startDate and endDate');
      return null;
    }
    const duration = number(el.attr('duration'));
    const durationFactor = SECONDS[(el.attr('durationUnit') ?? 'min').toLowerCase()] ?? null;
    const distance = number(el.attr('totalDistance'));
    const distanceFactor = METRES[(el.attr('totalDistanceUnit') ?? 'km').toLowerCase()] ?? null;
    const span = Math.round((end.instant.getTime() - start.instant.getTime()) / 1000);
    return {
      line: el.line,
      type,
      start,
      end,
      durationS: duration !== null && durationFactor !== null ? Math.round(duration * durationFactor) : span,
      distanceM: distance !== null && distance > 0 && distanceFactor !== null ? distance * distanceFactor : null,
      energyKcal: kcalOf(number(el.attr('totalEnergyBurned')), el.attr('totalEnergyBurnedUnit')),
      indoor: false,
    } satisfies RawWorkout;
  };

  await parseXmlStream(exportText(file, opts.onBytes, opts.maxBytes), {
    open(el) {
      if (el.name === 'Record') readRecord(el);
      else if (el.name === 'Workout') current = readWorkout(el);
      else if (current && el.name === 'WorkoutStatistics') {
        // Newer iOS moves the totals out of the Workout element into its statistics.
        const type = el.attr('type');
        const sum = number(el.attr('sum'));
        if (type === ACTIVE_ENERGY && current.energyKcal === null) current.energyKcal = kcalOf(sum, el.attr('unit'));
        else if (type?.startsWith('HKQuantityTypeIdentifierDistance') && current.distanceM === null && sum !== null && sum > 0) {
          const factor = METRES[(el.attr('unit') ?? 'km').toLowerCase()];
          if (factor !== undefined) current.distanceM = sum * factor;
        }
      } else if (current && el.name === 'MetadataEntry' && el.attr('key') === 'HKIndoorWorkout') current.indoor = el.attr('value') === '1';
      else if (el.name === 'HealthData') sawRoot = true;
    },
    close(name) {
      if (name === 'Workout' && current) {
        workouts.push(current);
        current = null;
      }
    },
  });
  if (!sawRoot) throw ValidationError.field('file', 'is not an Apple Health export (no <HealthData> element)');

  out.body.push(...[...body.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.time ?? '') < (b.time ?? '') ? -1 : 1)));
  out.workouts.push(...dedupeWorkouts(workouts, out).map(toWorkout));
  return out;
}

/** Drops a workout that overlaps one of the same activity for more than half of the shorter one (two apps wrote it); counts it skipped. */
function dedupeWorkouts(list: RawWorkout[], out: ParsedHistory): RawWorkout[] {
  const sorted = [...list].sort((a, b) => a.start.instant.getTime() - b.start.instant.getTime());
  const kept: RawWorkout[] = [];
  for (const w of sorted) {
    const twin = kept.findLast((k) => {
      if (k.type !== w.type) return false;
      const overlap = Math.min(k.end.instant.getTime(), w.end.instant.getTime()) - Math.max(k.start.instant.getTime(), w.start.instant.getTime());
      const shorter = Math.min(k.end.instant.getTime() - k.start.instant.getTime(), w.end.instant.getTime() - w.start.instant.getTime());
      return overlap > 0 && overlap >= shorter / 2;
    });
    if (!twin) {
      kept.push(w);
      continue;
    }
    out.summary.skipped++;
    // Keep what either copy knew.
    twin.energyKcal ??= w.energyKcal;
    twin.distanceM ??= w.distanceM;
  }
  return kept;
}

function toWorkout(w: RawWorkout): ImportedWorkout {
  const cardio = CARDIO[w.type];
  const exerciseName = cardio === 'Running' && w.indoor ? 'Treadmill' : cardio === 'Walking' && w.indoor ? 'Walking (Treadmill)' : cardio === 'Cycling' && w.indoor ? 'Stationary Bike' : cardio;
  const label = activityLabel(w.type);
  return {
    key: sourceKey('apple-health', 'workout', w.type, w.start.instant.toISOString()),
    line: w.line,
    date: w.start.date,
    startLocal: null,
    startInstant: w.start.instant,
    durationS: w.durationS,
    name: STRENGTH.has(w.type) ? 'Strength training' : label,
    notes: 'Imported from Apple Health',
    energyKcal: w.energyKcal === null ? null : Math.round(w.energyKcal * 10) / 10,
    exercises: exerciseName
      ? [{ name: exerciseName, line: w.line, notes: '', supersetGroup: null, sets: [{ line: w.line, type: 'normal', reps: null, loadKg: null, durationS: w.durationS, distanceM: w.distanceM, rpe: null }] }]
      : [],
  };
}
