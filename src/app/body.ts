import { ageOn, birthDateForAge, parseIsoDate } from '../core/dates.js';
import { assertAdultAge } from '../core/energy/index.js';
import { ValidationError } from '../core/errors.js';
import { assertAdultHeightCm, assertAdultWeightKg, parseHeight, parseWeight } from '../core/units.js';

export interface MeasuredBody {
  heightCm: number;
  weightKg: number;
  birthDate: string;
  age: number;
}

/** Turns the loose body fields of a request (numbers or text in any unit, age or birth date) into SI values. */
export function measureBody(
  input: { height: number | string; weight: number | string; age?: number | undefined; birthDate?: string | undefined },
  today: string,
  units: 'metric' | 'imperial' = 'metric',
): MeasuredBody {
  const heightCm =
    typeof input.height === 'number'
      ? (assertAdultHeightCm(input.height, 'height'), input.height)
      : parseHeight(input.height, { field: 'height', defaultUnit: units === 'imperial' ? 'in' : 'cm' });
  const weightKg =
    typeof input.weight === 'number'
      ? (assertAdultWeightKg(input.weight, 'weight'), input.weight)
      : parseWeight(input.weight, { field: 'weight', defaultUnit: units === 'imperial' ? 'lb' : 'kg' });
  let birthDate: string;
  if (input.birthDate !== undefined) {
    birthDate = parseIsoDate(input.birthDate, 'birthDate');
    if (birthDate > today) throw ValidationError.field('birthDate', 'is in the future');
  } else if (input.age !== undefined) {
    birthDate = birthDateForAge(input.age, today);
  } else {
    throw ValidationError.field('age', 'give age or birthDate');
  }
  const age = ageOn(birthDate, today);
  assertAdultAge(age, input.birthDate !== undefined ? 'birthDate' : 'age');
  return { heightCm, weightKg, birthDate, age };
}
