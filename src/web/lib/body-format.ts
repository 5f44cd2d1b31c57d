import { roundTo } from '../../core/rounding.js';
import { kgToLb, type UnitSystem } from '../../core/units.js';

/** The weight unit of a unit system. */
export const weightUnit = (units: UnitSystem): 'kg' | 'lb' => (units === 'imperial' ? 'lb' : 'kg');

/** kg in the display unit, unrounded (for charts). */
export const toDisplayWeight = (kg: number, units: UnitSystem): number => (units === 'imperial' ? kgToLb(kg) : kg);

/** "81.6 kg" / "180.0 lb": one decimal, always shown (a trend moves by tenths). */
export function showWeight(kg: number, units: UnitSystem): string {
  return `${toDisplayWeight(kg, units).toFixed(1)} ${weightUnit(units)}`;
}

/** A signed weekly rate: "−0.45 kg/week", "+0.2 lb/week". */
export function showRate(kgPerWeek: number, units: UnitSystem): string {
  const v = roundTo(toDisplayWeight(kgPerWeek, units), 2);
  const sign = v > 0 ? '+' : v < 0 ? '−' : '';
  return `${sign}${Math.abs(v).toFixed(2)} ${weightUnit(units)}/week`;
}

/**
 * What to send for a weight typed into a box whose unit is `units`: a bare number gets the unit ("180" →
 * "180 lb"), text with its own unit ("12 st 8 lb", "81 kg") goes as typed; null for an empty box.
 */
export function weightForApi(text: string, units: UnitSystem): string | null {
  const t = text.trim();
  if (t === '') return null;
  return /^\d+(?:[.,]\d+)?$/.test(t) ? `${t} ${weightUnit(units)}` : t;
}

/** A girth typed in the box's unit (cm or in), as the API reads it; null for an empty box. */
export function girthForApi(text: string, units: UnitSystem): string | null {
  const t = text.trim();
  if (t === '') return null;
  return /^\d+(?:[.,]\d+)?$/.test(t) ? `${t} ${units === 'imperial' ? 'in' : 'cm'}` : t;
}

/** Seconds since the epoch of a local date at noon UTC: uPlot's time axis. */
export const chartTime = (date: string): number => Date.parse(`${date}T12:00:00Z`) / 1000;

/** The rate status in words, for the weekly rate against the goal. */
export function rateStatusText(status: string | null): string {
  switch (status) {
    case 'on-track':
      return 'On track with your goal';
    case 'faster':
      return 'Faster than your goal';
    case 'slower':
      return 'Slower than your goal';
    case 'wrong-way':
      return 'Moving the other way from your goal';
    case 'drifting':
      return 'Drifting from the weight you want to keep';
    default:
      return 'Not enough weigh-ins yet';
  }
}

/** The weight chart's data: scale weights as dots and the trend as a line, in the user's units. */
export function weightChart(days: ReadonlyArray<{ date: string; scaleKg: number | null; trendKg: number }>, units: UnitSystem) {
  return {
    times: days.map((d) => chartTime(d.date)),
    series: [
      { label: `Scale (${weightUnit(units)})`, values: days.map((d) => (d.scaleKg === null ? null : toDisplayWeight(d.scaleKg, units))), style: 'points' as const, color: '--muted' },
      { label: 'Trend', values: days.map((d) => toDisplayWeight(d.trendKg, units)), style: 'line' as const, color: '--accent' },
    ],
  };
}
