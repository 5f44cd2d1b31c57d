import { describe, expect, it } from 'vitest';
import type { Profile } from '../../contract/index.js';
import { EMPTY_FORM, FORM_FIELDS, checkForm, fieldMessage, formFromProfile, splitDetails, switchUnits, trimNumber, twinGoal, type GoalFormState } from './goal-form.js';
import { percentages } from './format.js';

const filled = (over: Partial<GoalFormState> = {}): GoalFormState => ({
  ...EMPTY_FORM,
  sex: 'male',
  age: '30',
  heightFt: '5',
  heightIn: '10',
  weight: '180',
  goal: 'gain-0.5',
  ...over,
});

const profile = (over: Partial<Profile> = {}): Profile => ({
  sex: 'male',
  birthDate: '1995-01-01',
  age: 30,
  heightCm: 177.8,
  weightKg: 81.6466266,
  activity: 'moderate',
  goal: 'gain-0.5',
  units: 'imperial',
  formula: 'mifflin',
  bodyFatPct: null,
  proteinGPerKg: null,
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...over,
});

describe('checkForm', () => {
  it('sends height and weight as text with their unit, so the server parses and range-checks them', () => {
    const sut = checkForm(filled(), false);
    expect(sut.errors).toEqual({});
    expect(sut.body).toEqual({
      sex: 'male',
      age: 30,
      height: '5 ft 10 in',
      weight: '180 lb',
      activity: 'moderate',
      goal: 'gain-0.5',
      formula: 'mifflin',
      bodyFatPct: null,
      proteinGPerKg: null,
    });
  });

  it.each([
    ['metric', filled({ units: 'metric', heightCm: '178', weight: '81,6' }), { height: '178 cm', weight: '81.6 kg' }],
    ['feet only', filled({ heightIn: '' }), { height: '5 ft 0 in' }],
    ['birth date', filled({ ageMode: 'birthDate', birthDate: '1990-04-02' }), { birthDate: '1990-04-02' }],
    ['advanced', filled({ formula: 'katch-mcardle', bodyFatPct: '18', proteinGPerKg: '2' }), { bodyFatPct: 18, proteinGPerKg: 2 }],
  ])('reads %s', (_name, form, expected) => {
    expect(checkForm(form, true).body).toMatchObject(expected);
  });

  it('stays quiet about missing fields while typing and names them on save', () => {
    expect(checkForm(EMPTY_FORM, false)).toEqual({ body: null, errors: {} });
    expect(Object.keys(checkForm(EMPTY_FORM, true).errors).sort()).toEqual(['age', 'height', 'sex', 'weight']);
  });

  it.each([
    ['age', { age: '30.5' }],
    ['age', { age: '12' }],
    ['height', { heightFt: 'five' }],
    ['weight', { weight: '180 lb' }],
    ['bodyFatPct', { bodyFatPct: '90' }],
    ['proteinGPerKg', { proteinGPerKg: '9' }],
  ])('flags an unreadable or out-of-range %s before asking the server', (field, over) => {
    const sut = checkForm(filled(over), false);
    expect(sut.body).toBeNull();
    expect(sut.errors[field]).toBeTruthy();
  });
});

describe('units', () => {
  it('converts entries and picks the goal twin when switching', () => {
    const sut = switchUnits(filled({ goal: 'lose-1' }), 'metric');
    expect(sut).toMatchObject({ units: 'metric', heightCm: '177.8', weight: '81.65', goal: 'lose-0.5kg' });
    // Two decimals of kg carry a tenth of a pound, so switching back gives the pounds typed.
    expect(switchUnits(sut, 'imperial')).toMatchObject({ heightFt: '5', heightIn: '10', weight: '180', goal: 'lose-1' });
  });

  it.each([
    ['lose-2', 'metric', 'lose-1kg'],
    ['gain-0.25kg', 'imperial', 'gain-0.5'],
    ['maintain', 'metric', 'maintain'],
    ['lose-0.5kg', 'metric', 'lose-0.5kg'],
  ] as const)('twin of %s in %s is %s', (goal, units, expected) => {
    expect(twinGoal(goal, units)).toBe(expected);
  });

  it('prefills from a saved profile in its own units', () => {
    expect(formFromProfile(profile())).toMatchObject({ heightFt: '5', heightIn: '10', weight: '180', age: '30', goal: 'gain-0.5' });
    expect(formFromProfile(profile({ units: 'metric', bodyFatPct: 18 }))).toMatchObject({ heightCm: '177.8', weight: '81.65', goal: 'gain-0.25kg', bodyFatPct: '18' });
  });

  it('trims numbers to one decimal without trailing zeros', () => {
    expect([trimNumber(180.00001), trimNumber(81.6466), trimNumber(70)]).toEqual(['180', '81.6', '70']);
  });
});

describe('splitDetails', () => {
  it('keeps known fields for the form and the rest for a banner', () => {
    const sut = splitDetails(
      [
        { field: 'weight', message: 'too light' },
        { field: 'weight', message: 'second' },
        { field: 'body.height', message: 'too short' },
        { field: 'bodyFatPct', message: 'is required for the Katch–McArdle formula' },
        { field: 'query.x', message: 'odd' },
      ],
      FORM_FIELDS,
    );
    expect(sut).toEqual({
      fields: { weight: 'Too light', height: 'Too short', bodyFatPct: 'Body fat % is required for the Katch–McArdle formula' },
      other: ['query.x: odd'],
    });
  });

  it('leaves a message that already stands alone as it is', () => {
    expect(fieldMessage('weight', '20 kg is not a plausible adult weight (30–350 kg)')).toBe('20 kg is not a plausible adult weight (30–350 kg)');
  });
});

describe('percentages', () => {
  it.each([
    [[524, 756, 1732], [17, 25, 58]],
    [[1, 1, 1], [34, 33, 33]],
    [[0, 0, 0], [0, 0, 0]],
  ])('splits %j into %j summing to 100', (parts, expected) => {
    expect(percentages(parts)).toEqual(expected);
  });
});
