// Reading the quantities of a set as people type them: loads in kg or lb, distances in km, mi or m,
// durations as 1:30, 90 s or 1 h 5 min. Numbers are already in storage units (kg, m, s).
import { ValidationError } from '../errors.js';
import { KG_PER_LB, parseWeight } from '../units.js';
import { MAX_DISTANCE_M, MAX_LOAD_KG, MAX_SET_SECONDS } from './sets.js';

/** Metres in a statute mile (international yard, 1959): 1609.344 m. */
export const M_PER_MI = 1609.344;
/** Metres in an international yard (1959): 0.9144 m. */
export const M_PER_YD = 0.9144;

const NUM = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const ZERO_LOAD = /^0*(?:\.0*)?\s*(?:kgs?|lbs?)?$/;

function clean(text: string): string {
  return text.trim().toLowerCase().replace(/(\d),(\d)/g, '$1.$2').replace(/\s+/g, ' ');
}

/** A set's load as kg: a number is kg; text is "102.5 kg", "225 lb", or a bare number in `defaultUnit`. Bounds 0–1000 kg. */
export function parseLoad(input: number | string, opts: { field?: string; defaultUnit?: 'kg' | 'lb' } = {}): number {
  const field = opts.field ?? 'load';
  let kg: number;
  if (typeof input === 'number') {
    kg = input;
  } else if (ZERO_LOAD.test(clean(input)) && clean(input) !== '') {
    kg = 0;
  } else {
    kg = parseWeight(input, { field, plausibility: false, ...(opts.defaultUnit ? { defaultUnit: opts.defaultUnit } : {}) });
  }
  if (!Number.isFinite(kg) || kg < 0 || kg > MAX_LOAD_KG) {
    throw ValidationError.field(field, `must be from 0 to ${MAX_LOAD_KG} kg (${Math.round(MAX_LOAD_KG / KG_PER_LB)} lb)`);
  }
  return kg;
}

const DISTANCE = new RegExp(String.raw`^${NUM}\s*(km|k|kilomet(?:er|re)s?|mi|miles?|m|met(?:er|re)s?|yds?|yards?)?$`);

/** A distance as metres: a number is metres; text is "5 km", "5k", "3.1 mi", "400 m", "800 yd" (1 mi = 1609.344 m), or bare in `defaultUnit`. */
export function parseDistance(input: number | string, opts: { field?: string; defaultUnit?: 'km' | 'mi' | 'm' } = {}): number {
  const field = opts.field ?? 'distance';
  let m: number;
  if (typeof input === 'number') {
    m = input;
  } else {
    const match = DISTANCE.exec(clean(input));
    if (!match) throw ValidationError.field(field, `could not read "${input.trim()}" as a distance; write it like 5 km, 3.1 mi or 400 m`);
    const value = Number(match[1]);
    const unit = match[2] ?? opts.defaultUnit;
    if (unit === undefined) throw ValidationError.field(field, `"${input.trim()}" needs a unit: km, mi or m`);
    if (/^k/.test(unit)) m = value * 1000;
    else if (/^mi/.test(unit)) m = value * M_PER_MI;
    else if (/^y/.test(unit)) m = value * M_PER_YD;
    else m = value;
  }
  if (!Number.isFinite(m) || m < 0 || m > MAX_DISTANCE_M) throw ValidationError.field(field, 'must be from 0 to 1000 km');
  return m;
}

const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/;
const PARTS = /(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z])/g;

/** A duration as whole seconds: a number is seconds; text is "1:30", "1:02:03", "90 s", "2 min", "1 h 5 min", or bare in `defaultUnit`. */
export function parseDuration(input: number | string, opts: { field?: string; defaultUnit?: 's' | 'min' } = {}): number {
  const field = opts.field ?? 'duration';
  let s: number;
  if (typeof input === 'number') {
    s = input;
  } else {
    const t = clean(input);
    const clock = CLOCK.exec(t);
    if (clock) {
      s = Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
      if (Number(clock[3]) >= 60 || (clock[1] !== undefined && Number(clock[2]) >= 60)) {
        throw ValidationError.field(field, `"${input.trim()}" has more than 59 seconds or minutes in a place`);
      }
    } else if (/^\d+(?:\.\d+)?$/.test(t)) {
      if (opts.defaultUnit === undefined) throw ValidationError.field(field, `"${input.trim()}" needs a unit: write it like 90 s, 2 min or 1:30`);
      s = Number(t) * (opts.defaultUnit === 'min' ? 60 : 1);
    } else {
      const rest = t.replace(PARTS, '').replace(/\s+/g, '');
      const parts = [...t.matchAll(PARTS)];
      if (parts.length === 0 || rest !== '') throw ValidationError.field(field, `could not read "${input.trim()}" as a duration; write it like 1:30, 90 s or 1 h 5 min`);
      s = parts.reduce((sum, [, n, unit]) => sum + Number(n) * (unit!.startsWith('h') ? 3600 : unit!.startsWith('m') ? 60 : 1), 0);
    }
  }
  s = Math.round(s);
  if (!Number.isFinite(s) || s < 0 || s > MAX_SET_SECONDS) throw ValidationError.field(field, 'must be from 0 seconds to 24 hours');
  return s;
}

/** Seconds as a clock, "1:05" or "1:02:03" (no rounding beyond whole seconds). */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
