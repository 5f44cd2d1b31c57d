import { ValidationError } from './errors.js';
import { roundHalfUp, roundTo } from './rounding.js';

/** International yard and pound agreement (1959): 1 lb = 0.45359237 kg exactly. */
export const KG_PER_LB = 0.45359237;
/** International inch (1959): 1 in = 2.54 cm exactly. */
export const CM_PER_IN = 2.54;
/** Imperial stone: 14 lb. */
export const LB_PER_ST = 14;
/** Thermochemical calorie: 1 kcal = 4.184 kJ. */
export const KJ_PER_KCAL = 4.184;

export type UnitSystem = 'metric' | 'imperial';

export interface ParseHeightOptions {
  /** Field name used in errors (default "height"). */
  field?: string;
  /** Unit of a bare number such as "178"; without it a bare number is refused. */
  defaultUnit?: 'cm' | 'in';
  /** Set to false to skip the adult plausibility range (90–250 cm). */
  plausibility?: boolean;
}

export interface ParseWeightOptions {
  /** Field name used in errors (default "weight"). */
  field?: string;
  /** Unit of a bare number such as "80"; without it a bare number is refused. */
  defaultUnit?: 'kg' | 'lb';
  /** Set to false to skip the adult plausibility range (30–350 kg). */
  plausibility?: boolean;
}

/** Pounds to kilograms: kg = lb × 0.45359237 (1959 international pound). */
export function lbToKg(lb: number): number {
  return lb * KG_PER_LB;
}

/** Kilograms to pounds: lb = kg ÷ 0.45359237 (1959 international pound). */
export function kgToLb(kg: number): number {
  return kg / KG_PER_LB;
}

/** Inches to centimetres: cm = in × 2.54 (1959 international inch). */
export function inToCm(inches: number): number {
  return inches * CM_PER_IN;
}

/** Centimetres to inches: in = cm ÷ 2.54 (1959 international inch). */
export function cmToIn(cm: number): number {
  return cm / CM_PER_IN;
}

const HEIGHT_FORMS = `write it like 178 cm, 1.78 m, 5'10" or 70 in`;
const WEIGHT_FORMS = 'write it like 81.6 kg, 180 lb or 12 st 8 lb';

const NUM = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const FT = String.raw`(?:'|ft|feet|foot)`;
const IN = String.raw`(?:"|in|inch|inches)`;
const FEET_INCHES = new RegExp(String.raw`^${NUM}\s*${FT}\s*(?:${NUM}\s*${IN}?)?$`);
const INCHES = new RegExp(String.raw`^${NUM}\s*${IN}$`);
const CENTIMETRES = new RegExp(String.raw`^${NUM}\s*(?:cm|centimet(?:er|re)s?)$`);
const METRES = new RegExp(String.raw`^${NUM}\s*(?:m|met(?:er|re)s?)$`);
const LB = String.raw`(?:lbs?|pounds?)`;
const STONE_POUNDS = new RegExp(String.raw`^${NUM}\s*(?:st|stones?)\s*(?:${NUM}\s*${LB}?)?$`);
const POUNDS = new RegExp(String.raw`^${NUM}\s*${LB}$`);
const KILOGRAMS = new RegExp(String.raw`^${NUM}\s*(?:kgs?|kilos?|kilogram(?:me)?s?)$`);
const BARE = new RegExp(String.raw`^${NUM}$`);

interface Normalized {
  text: string;
  negative: boolean;
}

/** Lower-case, unify primes/quotes, turn a decimal comma into a point and pull off a leading sign. */
function normalize(raw: string): Normalized {
  let text = raw
    .trim()
    .toLowerCase()
    .replace(/[′‘’`´]/g, "'")
    .replace(/[″“”]|''/g, '"')
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/\s+/g, ' ');
  const negative = /^[-−]/.test(text);
  if (negative || text.startsWith('+')) text = text.slice(1).trim();
  return { text, negative };
}

/** Rounds for messages: one decimal, no trailing ".0". */
function short(x: number): string {
  return String(roundTo(x, 1));
}

function requirePositive(value: number, negative: boolean, raw: string, field: string, forms: string): void {
  if (!Number.isFinite(value)) {
    throw ValidationError.field(field, `could not read "${raw}"`);
  }
  if (negative || value <= 0) {
    throw ValidationError.field(field, `must be greater than zero (got "${raw.trim()}"); ${forms}`);
  }
}

/** Parses a height in cm, feet+inches, inches or metres and returns centimetres (1 in = 2.54 cm). */
export function parseHeight(text: string, opts: ParseHeightOptions = {}): number {
  const field = opts.field ?? 'height';
  const { text: t, negative } = normalize(text);
  let cm: number | null = null;
  let m: RegExpExecArray | null;
  if ((m = FEET_INCHES.exec(t))) {
    const feet = Number(m[1]);
    const inches = m[2] === undefined ? 0 : Number(m[2]);
    if (inches >= 12) {
      throw ValidationError.field(field, `"${text.trim()}" has ${inches} inches; inches after feet must be below 12`);
    }
    cm = inToCm(feet * 12 + inches);
  } else if ((m = INCHES.exec(t))) {
    cm = inToCm(Number(m[1]));
  } else if ((m = CENTIMETRES.exec(t))) {
    cm = Number(m[1]);
  } else if ((m = METRES.exec(t))) {
    cm = Number(m[1]) * 100;
  } else if ((m = BARE.exec(t))) {
    if (opts.defaultUnit === undefined) {
      throw ValidationError.field(field, `"${text.trim()}" needs a unit: ${HEIGHT_FORMS}`);
    }
    cm = opts.defaultUnit === 'in' ? inToCm(Number(m[1])) : Number(m[1]);
  }
  if (cm === null) {
    throw ValidationError.field(field, `could not read "${text.trim()}" as a height; ${HEIGHT_FORMS}`);
  }
  requirePositive(cm, negative, text, field, HEIGHT_FORMS);
  if (opts.plausibility !== false) assertAdultHeightCm(cm, field);
  return cm;
}

/** Parses a weight in kg, lb or stone+pounds and returns kilograms (1 lb = 0.45359237 kg, 1 st = 14 lb). */
export function parseWeight(text: string, opts: ParseWeightOptions = {}): number {
  const field = opts.field ?? 'weight';
  const { text: t, negative } = normalize(text);
  let kg: number | null = null;
  let m: RegExpExecArray | null;
  if ((m = STONE_POUNDS.exec(t))) {
    const stone = Number(m[1]);
    const pounds = m[2] === undefined ? 0 : Number(m[2]);
    if (pounds >= LB_PER_ST) {
      throw ValidationError.field(field, `"${text.trim()}" has ${pounds} pounds; pounds after stone must be below 14`);
    }
    kg = lbToKg(stone * LB_PER_ST + pounds);
  } else if ((m = POUNDS.exec(t))) {
    kg = lbToKg(Number(m[1]));
  } else if ((m = KILOGRAMS.exec(t))) {
    kg = Number(m[1]);
  } else if ((m = BARE.exec(t))) {
    if (opts.defaultUnit === undefined) {
      throw ValidationError.field(field, `"${text.trim()}" needs a unit: ${WEIGHT_FORMS}`);
    }
    kg = opts.defaultUnit === 'lb' ? lbToKg(Number(m[1])) : Number(m[1]);
  }
  if (kg === null) {
    throw ValidationError.field(field, `could not read "${text.trim()}" as a weight; ${WEIGHT_FORMS}`);
  }
  requirePositive(kg, negative, text, field, WEIGHT_FORMS);
  if (opts.plausibility !== false) assertAdultWeightKg(kg, field);
  return kg;
}

/** Adult height plausibility, 90–250 cm inclusive (product bound, not a clinical one); throws ValidationError. */
export function assertAdultHeightCm(cm: number, field = 'height'): void {
  if (!Number.isFinite(cm)) throw ValidationError.field(field, 'must be a number of centimetres');
  if (cm < 90 || cm > 250) {
    throw ValidationError.field(field, `${short(cm)} cm is not a plausible adult height (90–250 cm)`);
  }
}

/** Adult weight plausibility, 30–350 kg inclusive (product bound, not a clinical one); throws ValidationError. */
export function assertAdultWeightKg(kg: number, field = 'weight'): void {
  if (!Number.isFinite(kg)) throw ValidationError.field(field, 'must be a number of kilograms');
  if (kg < 30 || kg > 350) {
    throw ValidationError.field(field, `${short(kg)} kg is not a plausible adult weight (30–350 kg)`);
  }
}

/** Displays a height from cm: "178 cm" (whole cm) or "5 ft 10 in" (nearest inch, 1 in = 2.54 cm). */
export function formatHeight(cm: number, units: UnitSystem): string {
  if (units === 'metric') return `${roundHalfUp(cm)} cm`;
  const totalIn = roundHalfUp(cmToIn(cm));
  return `${Math.floor(totalIn / 12)} ft ${totalIn % 12} in`;
}

/** Displays a weight from kg to one decimal without a trailing ".0": "81.6 kg" or "180 lb" (1 lb = 0.45359237 kg). */
export function formatWeight(kg: number, units: UnitSystem): string {
  return units === 'metric' ? `${short(kg)} kg` : `${short(kgToLb(kg))} lb`;
}
