import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { averageSleepHours, checkBodyEntry, checkSleep, fatMassKg, type BodyEntryValues } from './body-log.js';

const entry = (over: Partial<BodyEntryValues> = {}): BodyEntryValues => ({ weightKg: 80, bodyFatPct: null, girthsCm: {}, time: null, note: null, ...over });

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.details[0]?.field;
    throw e;
  }
  return undefined;
}

describe('checkBodyEntry', () => {
  it.each<[string, Partial<BodyEntryValues>]>([
    ['a weigh-in', {}],
    ['body fat alone', { weightKg: null, bodyFatPct: 18 }],
    ['a waist girth alone', { weightKg: null, girthsCm: { waist: 84 } }],
    ['everything', { bodyFatPct: 20, girthsCm: { waist: 84, hips: 98, calf: 38 }, time: '07:15', note: 'after a run' }],
  ])('accepts %s', (_name, over) => {
    expect(fieldOf(() => checkBodyEntry(entry(over)))).toBeUndefined();
  });

  it.each<[string, Partial<BodyEntryValues>, string]>([
    ['nothing measured', { weightKg: null }, 'weight'],
    ['a 12 kg adult', { weightKg: 12 }, 'weight'],
    ['body fat of 90 %', { bodyFatPct: 90 }, 'bodyFatPct'],
    ['an unknown girth site', { girthsCm: { ear: 5 } as never }, 'girths.ear'],
    ['a 2 cm waist', { girthsCm: { waist: 2 } }, 'girths.waist'],
    ['a time of 25:00', { time: '25:00' }, 'time'],
    ['a very long note', { note: 'x'.repeat(501) }, 'note'],
  ])('refuses %s, naming %s', (_name, over, field) => {
    expect(fieldOf(() => checkBodyEntry(entry(over)))).toBe(field);
  });
});

describe('sleep', () => {
  it.each([
    [7.5, 4, undefined],
    [0, null, undefined],
    [25, 3, 'hours'],
    [7, 6, 'quality'],
    [7, 2.5, 'quality'],
  ])('%f h, quality %s → %s', (hours, quality, field) => {
    expect(fieldOf(() => checkSleep(hours, quality))).toBe(field);
  });

  it('averages the nights logged', () => {
    expect(averageSleepHours([{ hours: 6 }, { hours: 8 }, { hours: 7.5 }])).toBeCloseTo(7.1667, 4);
    expect(averageSleepHours([])).toBeNull();
  });

  it('fat mass from weight and body fat', () => {
    expect(fatMassKg(80, 20)).toBe(16);
  });
});
