import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.js';
import {
  CM_PER_IN,
  KG_PER_LB,
  KJ_PER_KCAL,
  LB_PER_ST,
  assertAdultHeightCm,
  assertAdultWeightKg,
  cmToIn,
  formatHeight,
  formatWeight,
  inToCm,
  kgToLb,
  lbToKg,
  parseHeight,
  parseWeight,
} from './units.js';

/** Runs `fn` and returns the ValidationError it throws; fails the test when it does not throw one. */
function validationErrorOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('constants', () => {
  it.each([
    ['KG_PER_LB', KG_PER_LB, 0.45359237],
    ['CM_PER_IN', CM_PER_IN, 2.54],
    ['LB_PER_ST', LB_PER_ST, 14],
    ['KJ_PER_KCAL', KJ_PER_KCAL, 4.184],
  ])('%s = %d', (_name, sut, expected) => {
    expect(sut).toBe(expected);
  });
});

describe('conversions', () => {
  it.each([
    [lbToKg, 180, 81.6466266],
    [lbToKg, 1, 0.45359237],
    [kgToLb, 81.6466266, 180],
    [kgToLb, 100, 220.4622622],
    [inToCm, 70, 177.8],
    [inToCm, 1, 2.54],
    [cmToIn, 177.8, 70],
    [cmToIn, 100, 39.3700787],
  ])('%o(%d) = %d', (sut, input, expected) => {
    expect(sut(input)).toBeCloseTo(expected, 6);
  });

  it.each([0.5, 1, 63.5, 180, 350])('lbToKg and kgToLb round-trip %d', (x) => {
    expect(kgToLb(lbToKg(x))).toBeCloseTo(x, 10);
    expect(cmToIn(inToCm(x))).toBeCloseTo(x, 10);
  });
});

describe('parseHeight', () => {
  it.each([
    [`5'10"`, 177.8],
    [`5' 10`, 177.8],
    [`5'10`, 177.8],
    [`5 ft 10 in`, 177.8],
    [`5ft10in`, 177.8],
    [`5 feet 10 inches`, 177.8],
    [`5 foot 10`, 177.8],
    [`5FT 10IN`, 177.8],
    [`5'10''`, 177.8],
    [`5′10″`, 177.8],
    [`5’10”`, 177.8],
    [`5‘10“`, 177.8],
    [`5 ft`, 152.4],
    [`6'`, 182.88],
    [`5' 10.5"`, 179.07],
    [`70 in`, 177.8],
    [`70in`, 177.8],
    [`70"`, 177.8],
    [`70 inches`, 177.8],
    [`178 cm`, 178],
    [`178cm`, 178],
    [`178 CM`, 178],
    [`177.5 cm`, 177.5],
    [`178,5 cm`, 178.5],
    [`1.78 m`, 178],
    [`1.78m`, 178],
    [`1,78 m`, 178],
    [`1.78 metres`, 178],
    [`  178 cm  `, 178],
    ['178\u00a0cm', 178],
  ])('%s → %d cm', (text, cm) => {
    expect(parseHeight(text)).toBeCloseTo(cm, 9);
  });

  it.each([
    ['178', 'cm' as const, 178],
    ['70', 'in' as const, 177.8],
    ['1.78 m', 'in' as const, 178],
  ])('bare %s with defaultUnit %s → %d cm', (text, defaultUnit, cm) => {
    expect(parseHeight(text, { defaultUnit })).toBeCloseTo(cm, 9);
  });

  it.each([
    ['', 'could not read'],
    ['tall', 'could not read'],
    ['5 10', 'could not read'],
    ['178 kg', 'could not read'],
    ['5\'10" 3', 'could not read'],
    ['178', 'needs a unit'],
    ["5'12\"", 'inches after feet must be below 12'],
    ['0 cm', 'must be greater than zero'],
    ["0'0\"", 'must be greater than zero'],
    ['-178 cm', 'must be greater than zero'],
    ['−178 cm', 'must be greater than zero'],
  ])('rejects %j (%s) on the height field', (text, reason) => {
    const sut = validationErrorOf(() => parseHeight(text));
    expect(sut.details).toEqual([{ field: 'height', message: expect.stringContaining(reason) }]);
  });

  it.each(['tall', '178', '0 cm'])('says which forms are accepted for %j', (text) => {
    const sut = validationErrorOf(() => parseHeight(text));
    expect(sut.message).toContain(`178 cm, 1.78 m, 5'10" or 70 in`);
  });

  it.each([
    ['270 cm', 'height: 270 cm is not a plausible adult height (90–250 cm)'],
    ['8\'10"', 'height: 269.2 cm is not a plausible adult height (90–250 cm)'],
    ['89 cm', 'height: 89 cm is not a plausible adult height (90–250 cm)'],
    ['17.8 m', 'height: 1780 cm is not a plausible adult height (90–250 cm)'],
  ])('rejects the implausible adult height %s', (text, message) => {
    expect(() => parseHeight(text)).toThrow(message);
  });

  it('names a custom field', () => {
    const sut = validationErrorOf(() => parseHeight('nope', { field: 'profile.height' }));
    expect(sut.details[0]?.field).toBe('profile.height');
    expect(sut.message.startsWith('profile.height: ')).toBe(true);
  });

  it.each([
    ['270 cm', 270],
    ['2 ft', 60.96],
  ])('skips plausibility for %s when plausibility is false', (text, cm) => {
    expect(parseHeight(text, { plausibility: false })).toBeCloseTo(cm, 9);
  });
});

describe('parseWeight', () => {
  it.each([
    ['180 lb', 81.6466266],
    ['180 lbs', 81.6466266],
    ['180lb', 81.6466266],
    ['180 pounds', 81.6466266],
    ['180 LBS', 81.6466266],
    ['1 pound', 0.45359237],
    ['81.6 kg', 81.6],
    ['81.6kg', 81.6],
    ['81,6 kg', 81.6],
    ['81.6 kilograms', 81.6],
    ['82 kilos', 82],
    ['12 st 8 lb', 79.8322571],
    ['12st 8lb', 79.8322571],
    ['12 st 8', 79.8322571],
    ['12 st', 76.2035182],
    ['12 stone 8 pounds', 79.8322571],
    ['12 Stone', 76.2035182],
  ])('%s → %d kg', (text, kg) => {
    expect(parseWeight(text, { plausibility: false })).toBeCloseTo(kg, 6);
  });

  it.each([
    ['80', 'kg' as const, 80],
    ['180', 'lb' as const, 81.6466266],
    ['80 kg', 'lb' as const, 80],
  ])('bare %s with defaultUnit %s → %d kg', (text, defaultUnit, kg) => {
    expect(parseWeight(text, { defaultUnit })).toBeCloseTo(kg, 6);
  });

  it.each([
    ['', 'could not read'],
    ['heavy', 'could not read'],
    ['180 cm', 'could not read'],
    ['12 8 lb', 'could not read'],
    ['80', 'needs a unit'],
    ['12 st 14 lb', 'pounds after stone must be below 14'],
    ['0 kg', 'must be greater than zero'],
    ['-80 kg', 'must be greater than zero'],
  ])('rejects %j (%s) on the weight field', (text, reason) => {
    const sut = validationErrorOf(() => parseWeight(text));
    expect(sut.details).toEqual([{ field: 'weight', message: expect.stringContaining(reason) }]);
  });

  it.each(['heavy', '80', '-80 kg'])('says which forms are accepted for %j', (text) => {
    const sut = validationErrorOf(() => parseWeight(text));
    expect(sut.message).toContain('81.6 kg, 180 lb or 12 st 8 lb');
  });

  it.each([
    ['20 kg', 'weight: 20 kg is not a plausible adult weight (30–350 kg)'],
    ['800 lb', 'weight: 362.9 kg is not a plausible adult weight (30–350 kg)'],
    ['2 st', 'weight: 12.7 kg is not a plausible adult weight (30–350 kg)'],
  ])('rejects the implausible adult weight %s', (text, message) => {
    expect(() => parseWeight(text)).toThrow(message);
  });

  it('names a custom field', () => {
    const sut = validationErrorOf(() => parseWeight('20 kg', { field: 'goalWeight' }));
    expect(sut.details[0]?.field).toBe('goalWeight');
  });
});

describe('assertAdultHeightCm / assertAdultWeightKg', () => {
  it.each([
    [assertAdultHeightCm, 90, true],
    [assertAdultHeightCm, 250, true],
    [assertAdultHeightCm, 89.99, false],
    [assertAdultHeightCm, 250.01, false],
    [assertAdultHeightCm, Number.NaN, false],
    [assertAdultWeightKg, 30, true],
    [assertAdultWeightKg, 350, true],
    [assertAdultWeightKg, 29.9, false],
    [assertAdultWeightKg, 350.1, false],
    [assertAdultWeightKg, Number.POSITIVE_INFINITY, false],
  ])('%o(%d) accepted: %s', (sut, value, ok) => {
    if (ok) expect(() => sut(value, 'x')).not.toThrow();
    else expect(validationErrorOf(() => sut(value, 'x')).details[0]?.field).toBe('x');
  });
});

describe('formatHeight', () => {
  it.each([
    [178, 'metric' as const, '178 cm'],
    [177.8, 'metric' as const, '178 cm'],
    [177.4, 'metric' as const, '177 cm'],
    [177.8, 'imperial' as const, '5 ft 10 in'],
    [182.88, 'imperial' as const, '6 ft 0 in'],
    [181.7, 'imperial' as const, '6 ft 0 in'],
    [152.4, 'imperial' as const, '5 ft 0 in'],
    [160, 'imperial' as const, '5 ft 3 in'],
  ])('%d cm in %s → %s', (cm, units, text) => {
    expect(formatHeight(cm, units)).toBe(text);
  });

  it.each(['5 ft 10 in', '6 ft 0 in', '5 ft 3 in'])('re-parses its own imperial output %s', (text) => {
    expect(formatHeight(parseHeight(text), 'imperial')).toBe(text);
  });
});

describe('formatWeight', () => {
  it.each([
    [81.6, 'metric' as const, '81.6 kg'],
    [80, 'metric' as const, '80 kg'],
    [80.04, 'metric' as const, '80 kg'],
    [80.05, 'metric' as const, '80.1 kg'],
    [lbToKg(180), 'imperial' as const, '180 lb'],
    [81.6, 'imperial' as const, '179.9 lb'],
    [lbToKg(176.37), 'imperial' as const, '176.4 lb'],
  ])('%d kg in %s → %s', (kg, units, text) => {
    expect(formatWeight(kg, units)).toBe(text);
  });

  it.each([
    ['180 lb', 'imperial' as const],
    ['81.6 kg', 'metric' as const],
  ])('re-parses its own output %s', (text, units) => {
    expect(formatWeight(parseWeight(text), units)).toBe(text);
  });
});
