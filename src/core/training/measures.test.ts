import { describe, expect, it } from 'vitest';
import { formatClock, parseDistance, parseDuration, parseLoad } from './measures.js';

describe('parseLoad', () => {
  it.each<[number | string, 'kg' | 'lb' | undefined, number]>([
    [100, undefined, 100],
    ['102.5 kg', undefined, 102.5],
    ['225 lb', undefined, 225 * 0.45359237],
    ['225 lbs', undefined, 225 * 0.45359237],
    ['45', 'lb', 45 * 0.45359237],
    ['60', 'kg', 60],
    ['62,5 kg', undefined, 62.5],
    ['0', undefined, 0],
    ['0 kg', undefined, 0],
    [0, undefined, 0],
  ])('%j (bare = %s) → %f kg', (input, defaultUnit, expected) => {
    expect(parseLoad(input, defaultUnit ? { defaultUnit } : {})).toBeCloseTo(expected, 9);
  });

  it.each<[number | string, RegExp]>([
    [-1, /0 to 1000 kg/],
    [1001, /0 to 1000 kg/],
    ['3000 lb', /0 to 1000 kg/],
    ['heavy', /could not read/],
    ['60', /needs a unit/],
  ])('rejects %j naming the field', (input, message) => {
    expect(() => parseLoad(input, { field: 'sets.0.load' })).toThrow(message);
    expect(() => parseLoad(input, { field: 'sets.0.load' })).toThrow(/sets\.0\.load/);
  });
});

describe('parseDistance', () => {
  it.each<[number | string, 'km' | 'mi' | 'm' | undefined, number]>([
    [5000, undefined, 5000],
    ['5 km', undefined, 5000],
    ['5k', undefined, 5000],
    ['3.1 mi', undefined, 3.1 * 1609.344],
    ['1 mile', undefined, 1609.344],
    ['400 m', undefined, 400],
    ['800 yd', undefined, 800 * 0.9144],
    ['10', 'km', 10_000],
    ['2', 'mi', 2 * 1609.344],
  ])('%j (bare = %s) → %f m', (input, defaultUnit, expected) => {
    expect(parseDistance(input, defaultUnit ? { defaultUnit } : {})).toBeCloseTo(expected, 9);
  });

  it.each<[number | string, RegExp]>([
    ['far', /could not read/],
    ['12', /needs a unit/],
    ['2000 km', /1000 km/],
    [-3, /0 to 1000 km/],
  ])('rejects %j', (input, message) => {
    expect(() => parseDistance(input)).toThrow(message);
  });
});

describe('parseDuration', () => {
  it.each<[number | string, 's' | 'min' | undefined, number]>([
    [90, undefined, 90],
    ['1:30', undefined, 90],
    ['1:02:03', undefined, 3723],
    ['90 s', undefined, 90],
    ['90 sec', undefined, 90],
    ['2 min', undefined, 120],
    ['1 h 5 min', undefined, 3900],
    ['1h30m', undefined, 5400],
    ['30', 'min', 1800],
    ['45', 's', 45],
    ['1.5 min', undefined, 90],
  ])('%j (bare = %s) → %i s', (input, defaultUnit, expected) => {
    expect(parseDuration(input, defaultUnit ? { defaultUnit } : {})).toBe(expected);
  });

  it.each<[string, RegExp]>([
    ['1:75', /more than 59/],
    ['soon', /could not read/],
    ['45', /needs a unit/],
    ['25 h', /24 hours/],
    ['5 min later', /could not read/],
  ])('rejects %j', (input, message) => {
    expect(() => parseDuration(input)).toThrow(message);
  });
});

describe('formatClock', () => {
  it.each<[number, string]>([
    [0, '0:00'],
    [90, '1:30'],
    [3723, '1:02:03'],
    [59.6, '1:00'],
  ])('%f s → %s', (s, expected) => {
    expect(formatClock(s)).toBe(expected);
  });
});
