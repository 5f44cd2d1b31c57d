import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { BODY_MAP, BODY_MAP_VIEWBOX, VOLUME_BANDS, muscleMapLabel, volumeShade } from './body-map.js';
import type { VolumeBand } from './body-map.js';
import { MUSCLES } from './muscles.js';
import type { BodySide, MuscleId } from './muscles.js';

const SIDES: BodySide[] = ['front', 'back'];
// What the map draws: M, then Q curves or L lines, or the head's A arcs; closed with Z.
const PATH = /^M[-\d. ]+(?:[QLA][-\d. ]+)+Z$/;
const numbers = (d: string): number[] => d.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
/** Every point a path passes through or bends toward; an arc `A rx ry rot large sweep x y` adds its end and ±ry around it. */
const pointsOf = (d: string): Array<[number, number]> =>
  [...d.matchAll(/([MQLAZ])([^MQLAZ]*)/g)].flatMap(([, command, args]): Array<[number, number]> => {
    const n = numbers(args!);
    if (command === 'A') {
      const [rx, ry, , , , x, y] = n as [number, number, number, number, number, number, number];
      expect(rx).toBeLessThanOrEqual(50);
      return [[x, y], [x, y - ry], [x, y + ry]];
    }
    return Array.from({ length: n.length / 2 }, (_, i) => [n[2 * i]!, n[2 * i + 1]!] as [number, number]);
  });
/** A path's points mirrored across the vertical centre line, as a sorted, comparable key. */
const key = (points: Array<[number, number]>): string => points.map(([x, y]) => `${x},${y}`).sort().join(' ');

describe('BODY_MAP', () => {
  it('uses a 200 × 400 canvas per side', () => {
    expect(BODY_MAP_VIEWBOX).toBe('0 0 200 400');
  });

  it.each(MUSCLES.map((m) => [m.id, m.side] as [MuscleId, BodySide]))('draws %s on the %s view', (muscle, side) => {
    expect(BODY_MAP[side].muscles[muscle]?.length).toBeGreaterThan(0);
  });

  it('draws nothing that is not one of our muscles', () => {
    const ids = new Set<string>(MUSCLES.map((m) => m.id));
    for (const side of SIDES) for (const id of Object.keys(BODY_MAP[side].muscles)) expect(ids.has(id)).toBe(true);
  });

  it.each(SIDES)('keeps every %s path well formed and inside the canvas', (side) => {
    const paths = [...BODY_MAP[side].silhouette, ...Object.values(BODY_MAP[side].muscles).flat()];
    for (const d of paths) {
      expect(d).toMatch(PATH);
      for (const [x, y] of pointsOf(d)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(200);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(400);
      }
    }
  });

  it.each(SIDES)('is symmetric left/right on the %s view: each muscle shape has its mirror image', (side) => {
    for (const [muscle, paths] of Object.entries(BODY_MAP[side].muscles)) {
      const keys = paths!.map((d) => key(pointsOf(d)));
      const mirrored = paths!.map((d) => key(pointsOf(d).map(([x, y]) => [Math.round((200 - x) * 10) / 10, y])));
      expect(mirrored.sort(), muscle).toEqual(keys.sort());
    }
  });

  it('puts the legs below the trunk and the shoulders above it', () => {
    const meanY = (side: BodySide, m: MuscleId): number => {
      const ys = BODY_MAP[side].muscles[m]!.flatMap((d) => pointsOf(d).map(([, y]) => y));
      return ys.reduce((a, b) => a + b, 0) / ys.length;
    };
    expect(meanY('front', 'front-delts')).toBeLessThan(meanY('front', 'chest'));
    expect(meanY('front', 'chest')).toBeLessThan(meanY('front', 'abdominals'));
    expect(meanY('front', 'abdominals')).toBeLessThan(meanY('front', 'quadriceps'));
    expect(meanY('back', 'glutes')).toBeLessThan(meanY('back', 'hamstrings'));
    expect(meanY('back', 'hamstrings')).toBeLessThan(meanY('back', 'calves'));
  });
});

describe('volumeShade', () => {
  it.each<[number, VolumeBand, string]>([
    [0, 'none', '#d4d4d8'],
    [0.5, 'low', '#c6dbef'],
    [3.99, 'low', '#c6dbef'],
    [4, 'moderate', '#6baed6'],
    [9.99, 'moderate', '#6baed6'],
    [10, 'target', '#2171b5'],
    [20, 'target', '#2171b5'],
    [20.000000000000004, 'target', '#2171b5'],
    [20.01, 'high', '#08306b'],
    [60, 'high', '#08306b'],
  ])('%f sets a week → %s (%s)', (sets, band, fill) => {
    const sut = volumeShade(sets);
    expect([sut.band, sut.fill]).toEqual([band, fill]);
  });

  it('lists its bands from lowest to highest with distinct colours and labels', () => {
    expect(VOLUME_BANDS.map((b) => b.band)).toEqual(['none', 'low', 'moderate', 'target', 'high']);
    expect(new Set(VOLUME_BANDS.map((b) => b.fill)).size).toBe(VOLUME_BANDS.length);
    expect(VOLUME_BANDS.every((b, i) => i === 0 || b.min > VOLUME_BANDS[i - 1]!.min)).toBe(true);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %f sets', (sets) => {
    expect(() => volumeShade(sets)).toThrow(ValidationError);
  });
});

describe('muscleMapLabel', () => {
  it.each<[MuscleId, number, string]>([
    ['quadriceps', 0, 'Quadriceps: 0 hard sets a week (not trained)'],
    ['calves', 1, 'Calves: 1 hard set a week (low: under 4 hard sets a week)'],
    ['chest', 12.25, 'Chest: 12.3 hard sets a week (on target: 10 to 20 hard sets a week)'],
    ['lats', 24, 'Lats: 24 hard sets a week (high: over 20 hard sets a week)'],
  ])('describes %s at %f sets a week', (muscle, sets, expected) => {
    expect(muscleMapLabel(muscle, sets)).toBe(expected);
  });
});
