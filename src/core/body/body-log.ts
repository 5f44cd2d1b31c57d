import { ValidationError } from '../errors.js';
import { assertAdultWeightKg } from '../units.js';

// Rules of the body log: what one entry may hold and the plausible ranges (product bounds, not clinical).
// A weigh-in, a body-fat reading and girths can come alone or together; several a day are fine.
// Sleep is one row per night, dated by the morning it ends.

/** The girth sites the log offers, in the order the form lists them; values are cm. */
export const GIRTH_SITES = [
  { id: 'waist', label: 'Waist' },
  { id: 'hips', label: 'Hips' },
  { id: 'chest', label: 'Chest' },
  { id: 'neck', label: 'Neck' },
  { id: 'arm', label: 'Upper arm' },
  { id: 'thigh', label: 'Thigh' },
  { id: 'calf', label: 'Calf' },
] as const;
export type GirthSite = (typeof GIRTH_SITES)[number]['id'];
export type Girths = Partial<Record<GirthSite, number>>;

export const GIRTH_CM = { min: 10, max: 300 } as const;
export const BODY_FAT_PCT = { min: 3, max: 70 } as const;
export const SLEEP_HOURS = { min: 0, max: 24 } as const;
export const SLEEP_QUALITY = { min: 1, max: 5 } as const;
export const NOTE_MAX = 500;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True when `id` is one of GIRTH_SITES. */
export function isGirthSite(id: string): id is GirthSite {
  return GIRTH_SITES.some((g) => g.id === id);
}

export interface BodyEntryValues {
  weightKg: number | null;
  bodyFatPct: number | null;
  girthsCm: Girths;
  /** Local time of day, HH:MM, when it matters (several weigh-ins a day). */
  time: string | null;
  note: string | null;
}

/** Checks one body-log entry: weight 30–350 kg, body fat 3–70 %, girths 10–300 cm, time HH:MM, at least one measurement; throws ValidationError naming the field. */
export function checkBodyEntry(v: BodyEntryValues): void {
  if (v.weightKg !== null) assertAdultWeightKg(v.weightKg, 'weight');
  if (v.bodyFatPct !== null && (!Number.isFinite(v.bodyFatPct) || v.bodyFatPct < BODY_FAT_PCT.min || v.bodyFatPct > BODY_FAT_PCT.max)) {
    throw ValidationError.field('bodyFatPct', `must be between ${BODY_FAT_PCT.min} and ${BODY_FAT_PCT.max} % (got ${v.bodyFatPct})`);
  }
  for (const [site, cm] of Object.entries(v.girthsCm)) {
    if (!isGirthSite(site)) throw ValidationError.field(`girths.${site}`, `is not a girth site; use ${GIRTH_SITES.map((g) => g.id).join(', ')}`);
    if (typeof cm !== 'number' || !Number.isFinite(cm) || cm < GIRTH_CM.min || cm > GIRTH_CM.max) {
      throw ValidationError.field(`girths.${site}`, `must be between ${GIRTH_CM.min} and ${GIRTH_CM.max} cm (got ${String(cm)})`);
    }
  }
  if (v.time !== null && !TIME.test(v.time)) throw ValidationError.field('time', `must be a time of day as HH:MM (got "${v.time}")`);
  if (v.note !== null && v.note.length > NOTE_MAX) throw ValidationError.field('note', `must be at most ${NOTE_MAX} characters`);
  if (v.weightKg === null && v.bodyFatPct === null && Object.keys(v.girthsCm).length === 0) {
    throw ValidationError.field('weight', 'give a weight, a body-fat percentage or a girth');
  }
}

/** Checks one night of sleep: 0–24 hours, quality a whole 1–5; throws ValidationError naming the field. */
export function checkSleep(hours: number, quality: number | null): void {
  if (!Number.isFinite(hours) || hours < SLEEP_HOURS.min || hours > SLEEP_HOURS.max) {
    throw ValidationError.field('hours', `must be between ${SLEEP_HOURS.min} and ${SLEEP_HOURS.max} hours (got ${hours})`);
  }
  if (quality !== null && (!Number.isInteger(quality) || quality < SLEEP_QUALITY.min || quality > SLEEP_QUALITY.max)) {
    throw ValidationError.field('quality', `must be a whole number from ${SLEEP_QUALITY.min} (poor) to ${SLEEP_QUALITY.max} (great) (got ${quality})`);
  }
}

/** Mean hours over the nights given (the muscle-gain plan reads the last 14); hours, or null with none. */
export function averageSleepHours(nights: ReadonlyArray<{ hours: number }>): number | null {
  if (nights.length === 0) return null;
  return nights.reduce((s, n) => s + n.hours, 0) / nights.length;
}

/** Fat mass from body weight and body-fat %: W·BF/100 (science.md §1.3); kg. */
export function fatMassKg(weightKg: number, bodyFatPct: number): number {
  return (weightKg * bodyFatPct) / 100;
}
