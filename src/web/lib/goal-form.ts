import type { BodyInput, Profile, ProfileInput } from '../../contract/index.js';
import {
  IMPERIAL_GOAL_IDS,
  METRIC_GOAL_IDS,
  PROTEIN_G_PER_KG_MAX,
  PROTEIN_G_PER_KG_MIN,
  type ActivityLevel, type GoalId, type RestingFormula,
  type Sex,
} from '../../core/energy/index.js';
import { cmToIn, inToCm, kgToLb, lbToKg, type UnitSystem } from '../../core/units.js';

/** What the goal form holds: text as typed, so half-typed numbers survive re-renders. */
export interface GoalFormState {
  units: UnitSystem;
  sex: Sex | '';
  ageMode: 'age' | 'birthDate';
  age: string;
  birthDate: string;
  heightFt: string;
  heightIn: string;
  heightCm: string;
  /** In lb when imperial, kg when metric. */
  weight: string;
  activity: ActivityLevel;
  goal: GoalId;
  formula: RestingFormula;
  bodyFatPct: string;
  proteinGPerKg: string;
}

// The ranges the API's schema enforces (src/contract/goal.ts), checked here first so the message can be a friendly one.
const AGE_MIN = 18;
const AGE_MAX = 100;
const BODY_FAT_PCT_RANGE = [3, 70] as const;

/** Field name (as the API names it) → message. */
export type FieldErrors = Partial<Record<string, string>>;

export const EMPTY_FORM: GoalFormState = {
  units: 'imperial',
  sex: '',
  ageMode: 'age',
  age: '',
  birthDate: '',
  heightFt: '',
  heightIn: '',
  heightCm: '',
  weight: '',
  activity: 'moderate',
  goal: 'maintain',
  formula: 'mifflin',
  bodyFatPct: '',
  proteinGPerKg: '',
};

/** Up to `digits` decimals, no trailing zeros: 180.00001 → "180", 81.6466 → "81.6". */
export function trimNumber(x: number, digits = 1): string {
  const f = 10 ** digits;
  return String(Math.round(x * f) / f);
}

/** The goal ids offered for a unit system: the nine lb/week goals or their kg/week twins. */
export function goalIdsFor(units: UnitSystem): readonly GoalId[] {
  return units === 'metric' ? METRIC_GOAL_IDS : IMPERIAL_GOAL_IDS;
}

/** The same goal in the other unit system (lose 1 lb/week ↔ lose 0.5 kg/week), matched by position. */
export function twinGoal(goal: GoalId, units: UnitSystem): GoalId {
  const target = goalIdsFor(units);
  if (target.includes(goal)) return goal;
  const source = goalIdsFor(units === 'metric' ? 'imperial' : 'metric');
  return target[source.indexOf(goal)] ?? 'maintain';
}

function heightFields(cm: number, units: UnitSystem): Pick<GoalFormState, 'heightFt' | 'heightIn' | 'heightCm'> {
  const totalIn = Math.round(cmToIn(cm));
  return {
    heightFt: units === 'imperial' ? String(Math.floor(totalIn / 12)) : '',
    heightIn: units === 'imperial' ? String(totalIn % 12) : '',
    heightCm: units === 'metric' ? trimNumber(cm) : '',
  };
}

/** The form filled from a saved profile. */
export function formFromProfile(p: Profile): GoalFormState {
  return {
    units: p.units,
    sex: p.sex,
    ageMode: 'age',
    age: String(p.age),
    birthDate: p.birthDate,
    ...heightFields(p.heightCm, p.units),
    weight: p.units === 'metric' ? trimNumber(p.weightKg, 2) : trimNumber(kgToLb(p.weightKg)),
    activity: p.activity,
    goal: twinGoal(p.goal, p.units),
    formula: p.formula,
    bodyFatPct: p.bodyFatPct === null ? '' : String(p.bodyFatPct),
    proteinGPerKg: p.proteinGPerKg === null ? '' : String(p.proteinGPerKg),
  };
}

const isNumberText = (s: string) => /^\s*\d+(?:[.,]\d+)?\s*$/.test(s);
const toNumber = (s: string) => Number(s.trim().replace(',', '.'));

/** The height typed so far in centimetres, or null when it cannot be read. */
function heightCmOf(f: GoalFormState): number | null {
  if (f.units === 'metric') return isNumberText(f.heightCm) ? toNumber(f.heightCm) : null;
  if (!isNumberText(f.heightFt) || (f.heightIn.trim() !== '' && !isNumberText(f.heightIn))) return null;
  return inToCm(toNumber(f.heightFt) * 12 + (f.heightIn.trim() === '' ? 0 : toNumber(f.heightIn)));
}

/** Switches the unit system, converting the height, weight and goal already entered. */
export function switchUnits(f: GoalFormState, units: UnitSystem): GoalFormState {
  if (f.units === units) return f;
  const cm = heightCmOf(f);
  const height = cm === null ? { heightFt: '', heightIn: '', heightCm: '' } : heightFields(cm, units);
  let weight = f.weight;
  // kg to two decimals carries a tenth of a pound, so switching back and forth keeps the pounds typed.
  if (isNumberText(f.weight)) weight = units === 'metric' ? trimNumber(lbToKg(toNumber(f.weight)), 2) : trimNumber(kgToLb(toNumber(f.weight)));
  return { ...f, units, ...height, weight, goal: twinGoal(f.goal, units) };
}

export interface Checked {
  /** The request body when every required field is there and readable. */
  body: BodyInput | null;
  /** Problems found before asking the server: unreadable numbers always, missing fields when `requireAll`. */
  errors: FieldErrors;
}

/** Turns the form into a preview/profile body; height and weight go as text with their unit so the server parses and range-checks them. */
export function checkForm(f: GoalFormState, requireAll: boolean): Checked {
  const errors: FieldErrors = {};
  let missing = false;
  const need = (field: string, message: string) => {
    missing = true;
    if (requireAll) errors[field] = message;
  };

  if (f.sex === '') need('sex', 'Choose male or female: the formulas differ by sex.');

  let age: number | undefined;
  let birthDate: string | undefined;
  if (f.ageMode === 'age') {
    if (f.age.trim() === '') need('age', 'Enter your age in whole years.');
    else if (!/^\s*\d+\s*$/.test(f.age)) errors.age = 'Enter your age as a whole number of years, like 30.';
    else if (Number(f.age) < AGE_MIN || Number(f.age) > AGE_MAX) errors.age = `The formulas are for adults: enter an age from ${AGE_MIN} to ${AGE_MAX}.`;
    else age = Number(f.age);
  } else if (f.birthDate === '') need('birthDate', 'Enter your birth date.');
  else birthDate = f.birthDate;

  let height: string | undefined;
  if (f.units === 'metric') {
    if (f.heightCm.trim() === '') need('height', 'Enter your height in centimetres.');
    else if (!isNumberText(f.heightCm)) errors.height = 'Enter your height as a number of centimetres, like 178.';
    else height = `${toNumber(f.heightCm)} cm`;
  } else if (f.heightFt.trim() === '') need('height', 'Enter your height in feet and inches.');
  else if (!isNumberText(f.heightFt) || (f.heightIn.trim() !== '' && !isNumberText(f.heightIn))) {
    errors.height = 'Enter feet and inches as numbers, like 5 and 10.';
  } else height = `${toNumber(f.heightFt)} ft ${f.heightIn.trim() === '' ? 0 : toNumber(f.heightIn)} in`;

  const unit = f.units === 'metric' ? 'kg' : 'lb';
  let weight: string | undefined;
  if (f.weight.trim() === '') need('weight', `Enter your weight in ${unit}.`);
  else if (!isNumberText(f.weight)) errors.weight = `Enter your weight as a number of ${unit}, like ${unit === 'kg' ? '81.6' : '180'}.`;
  else weight = `${toNumber(f.weight)} ${unit}`;

  const optional = (field: 'bodyFatPct' | 'proteinGPerKg', example: string, [min, max]: readonly [number, number], unit: string): number | null => {
    const s = f[field];
    if (s.trim() === '') return null;
    if (!isNumberText(s)) {
      errors[field] = `Enter a number, like ${example}, or leave it empty.`;
      return null;
    }
    const x = toNumber(s);
    if (x < min || x > max) errors[field] = `Enter ${min}–${max} ${unit}, or leave it empty.`;
    return x;
  };
  const bodyFatPct = optional('bodyFatPct', '20', BODY_FAT_PCT_RANGE, '%');
  const proteinGPerKg = optional('proteinGPerKg', '1.6', [PROTEIN_G_PER_KG_MIN, PROTEIN_G_PER_KG_MAX], 'g per kg');

  if (missing || Object.keys(errors).length > 0 || height === undefined || weight === undefined || f.sex === '') {
    return { body: null, errors };
  }
  const body: BodyInput = {
    sex: f.sex,
    ...(age !== undefined ? { age } : { birthDate }),
    height,
    weight,
    activity: f.activity,
    goal: f.goal,
    formula: f.formula,
    bodyFatPct,
    proteinGPerKg,
  };
  return { body, errors };
}

/** The PUT /api/profile body for a checked form. */
export function profileInput(body: BodyInput, units: UnitSystem): ProfileInput {
  return { ...body, units };
}

/** How the form names each API field, for messages that start mid-sentence ("is required for …"). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  sex: 'Sex',
  age: 'Age',
  birthDate: 'Birth date',
  height: 'Height',
  weight: 'Weight',
  activity: 'Activity level',
  goal: 'Goal',
  formula: 'Formula',
  bodyFatPct: 'Body fat %',
  proteinGPerKg: 'Protein',
  units: 'Units',
};

export const FORM_FIELDS = Object.keys(FIELD_LABELS);

/** An API message made to stand alone beside its field: "is required …" becomes "Body fat % is required …". */
export function fieldMessage(field: string, message: string): string {
  const label = FIELD_LABELS[field];
  if (label && /^(is|are|must|should|needs?|has|have|cannot|can't)\b/i.test(message)) return `${label} ${message}`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** Splits API field problems into those the form shows by a field and the rest. */
export function splitDetails(details: readonly { field: string; message: string }[], known: readonly string[]): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const d of details) {
    const field = d.field.replace(/^body\./, '');
    if (known.includes(field)) fields[field] ??= fieldMessage(field, d.message);
    else other.push(d.field ? `${d.field}: ${d.message}` : d.message);
  }
  return { fields, other };
}
