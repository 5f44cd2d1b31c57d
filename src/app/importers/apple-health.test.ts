import { describe, expect, it } from 'vitest';
import { KG_PER_LB } from '../../core/units.js';
import { fixture } from '../testing/history-data.js';
import { appleDate, parseAppleHealth } from './apple-health.js';

describe('appleDate', () => {
  it('reads the offset and keeps the local day and time it was written in', () => {
    expect(appleDate('2024-01-01 23:30:00 -0600')).toEqual({ instant: new Date('2024-01-02T05:30:00Z'), date: '2024-01-01', time: '23:30' });
    expect(appleDate('2024-01-01 07:00:00 +0530')!.instant.toISOString()).toBe('2024-01-01T01:30:00.000Z');
    expect(appleDate('2024-01-01T07:00:00Z')).toBeNull();
  });
});

describe.each([['apple_health_export/export.xml'], ['export.zip'], ['export-zip64.zip']])('parseAppleHealth(%s)', (name) => {
  it('keeps body mass and body fat once per moment, and workouts once, with their energy', async () => {
    const sut = await parseAppleHealth(fixture('apple-health', ...name.split('/')));
    const kg = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);
    expect(sut.body.map((b) => [b.date, b.time, kg(b.weightKg), b.bodyFatPct, b.line])).toEqual([
      ['2024-01-01', '07:00', 72.3, 21.5, 16],
      ['2024-01-08', '21:30', kg(158.4 * KG_PER_LB), null, 21],
    ]);
    expect(sut.workouts.map((w) => [w.date, w.name, w.durationS, w.energyKcal, w.exercises.map((e) => [e.name, e.sets[0]!.durationS, e.sets[0]!.distanceM])])).toEqual([
      ['2024-01-02', 'Running', 1890, 340.5, [['Running', 1890, 5200]]],
      ['2024-01-03', 'Strength training', 3300, 310, []],
      ['2024-01-05', 'Cycling', 2400, 334.6, [['Stationary Bike', 2400, 12.5 * 1609.344]]],
      ['2024-01-06', 'Yoga', 1200, 60, []],
    ]);
    expect(sut.workouts[0]!.startInstant!.toISOString()).toBe('2024-01-03T00:03:00.000Z');
    // The same weigh-in from the Health app, and Strava's copy of the run.
    expect(sut.summary.skipped).toBe(2);
    expect(sut.summary.finish().rejected).toEqual([{ line: 23, reason: 'a body mass record without a readable value and startDate' }]);
  });
});

describe('parseAppleHealth on other files', () => {
  it('refuses XML that is not a health export and a zip without export.xml', async () => {
    await expect(parseAppleHealth(fixture('strong', 's1-comma.csv'))).rejects.toThrow(/not an Apple Health export/);
  });
});
