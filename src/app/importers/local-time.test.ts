import { describe, expect, it } from 'vitest';
import { isTimeZone, zonedInstant } from './local-time.js';

describe('zonedInstant', () => {
  it.each([
    ['UTC', '2021-07-07', '18:35:21', '2021-07-07T18:35:21.000Z'],
    ['Europe/Oslo', '2021-07-07', '18:35:21', '2021-07-07T16:35:21.000Z'],
    ['Europe/Oslo', '2021-01-07', '18:35:00', '2021-01-07T17:35:00.000Z'],
    ['America/New_York', '2026-04-08', '16:50:00', '2026-04-08T20:50:00.000Z'],
    ['Asia/Kolkata', '2024-01-01', '00:10:00', '2023-12-31T18:40:00.000Z'],
    // Autumn: 02:30 happens twice in Oslo; the first is at +02:00.
    ['Europe/Oslo', '2021-10-31', '02:30:00', '2021-10-31T00:30:00.000Z'],
    // Spring: 02:30 does not exist in Oslo; it moves forward to 03:30 (+02:00).
    ['Europe/Oslo', '2021-03-28', '02:30:00', '2021-03-28T01:30:00.000Z'],
  ])('%s %s %s → %s', (zone, date, time, iso) => {
    expect(zonedInstant({ date, time }, zone).toISOString()).toBe(iso);
  });

  it('knows zones', () => {
    expect(isTimeZone('Europe/Oslo')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
