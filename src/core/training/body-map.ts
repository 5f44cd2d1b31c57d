// Pure data for the front and back body maps: stylised muscle shapes on a 200 × 400 canvas per side,
// drawn once for the figure's right half and mirrored, and a colour scale from weekly hard sets.
import { ValidationError } from '../errors.js';
import { roundTo } from '../rounding.js';
import { muscleById } from './muscles.js';
import type { BodySide, MuscleId } from './muscles.js';

/** SVG viewBox of each side of the body map, user units (200 wide, 400 tall). */
export const BODY_MAP_VIEWBOX = '0 0 200 400';
const WIDTH = 200;

type Point = readonly [number, number];

const mirror = (points: readonly Point[]): Point[] => points.map(([x, y]) => [WIDTH - x, y] as const).reverse();
const fmtPoint = ([x, y]: Point): string => `${roundTo(x, 1)} ${roundTo(y, 1)}`;

/** A closed, rounded outline through the midpoints of a polygon's edges, its corners as quadratic controls. */
function smooth(points: readonly Point[]): string {
  const mid = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const at = (i: number): Point => points[(i + points.length) % points.length]!;
  let d = `M${fmtPoint(mid(at(-1), at(0)))}`;
  for (let i = 0; i < points.length; i++) d += `Q${fmtPoint(at(i))} ${fmtPoint(mid(at(i), at(i + 1)))}`;
  return `${d}Z`;
}

/** The shape on the figure's right (the viewer's left) and its mirror image. */
const pair = (points: readonly Point[]): string[] => [smooth(points), smooth(mirror(points))];

// Shapes shared by both views: the shoulder caps, upper arm and forearm sit in the same place.
const DELT_CAP: Point[] = [[64, 62], [54, 64], [48, 74], [48, 88], [56, 90], [62, 78]];
const SIDE_DELT: Point[] = [[54, 62], [46, 66], [42, 76], [44, 90], [48, 88], [48, 74]];
const UPPER_ARM: Point[] = [[50, 96], [44, 96], [40, 110], [38, 128], [42, 138], [48, 130], [50, 112]];
const FOREARM: Point[] = [[40, 144], [36, 146], [32, 164], [29, 186], [33, 190], [38, 174], [43, 152]];
const LOWER_LEG_FRONT: Point[] = [[70, 300], [64, 318], [66, 344], [72, 356], [76, 336], [74, 312]];

// Half the silhouette, from the neck down the outside and back up the inside of the leg.
const OUTLINE_HALF: Point[] = [
  [93, 44], [92, 54], [78, 58], [60, 60], [50, 64], [44, 74], [40, 92], [36, 116], [32, 140], [28, 166],
  [26, 192], [24, 206], [26, 220], [32, 224], [36, 214], [36, 200], [40, 176], [44, 150], [48, 124], [52, 104],
  [60, 100], [62, 130], [60, 160], [62, 186], [60, 200], [60, 230], [62, 262], [66, 290], [62, 318], [64, 350],
  [68, 372], [64, 386], [70, 392], [86, 392], [86, 380], [84, 366], [86, 330], [88, 300], [92, 270], [96, 236],
  [99, 208],
];
const HEAD = 'M83 28A17 17 0 1 0 117 28A17 17 0 1 0 83 28Z';
const SILHOUETTE = [HEAD, `M${OUTLINE_HALF.map(fmtPoint).join('L')}L${mirror(OUTLINE_HALF).map(fmtPoint).join('L')}Z`];

/** One side of the map: a neutral silhouette to draw first, then each muscle's shapes. */
export interface BodyMapSide {
  silhouette: readonly string[];
  muscles: Readonly<Partial<Record<MuscleId, readonly string[]>>>;
}

/**
 * Front and back body maps: SVG path data (viewBox BODY_MAP_VIEWBOX) per muscle of muscles.ts, each
 * drawn on the side MUSCLES gives it, symmetric left/right; side delts, forearms and calves show on both.
 */
export const BODY_MAP: Readonly<Record<BodySide, BodyMapSide>> = {
  front: {
    silhouette: SILHOUETTE,
    muscles: {
      chest: pair([[98, 64], [80, 62], [66, 66], [62, 80], [66, 96], [80, 102], [98, 98]]),
      'front-delts': pair(DELT_CAP),
      'side-delts': pair(SIDE_DELT),
      biceps: pair(UPPER_ARM),
      forearms: pair(FOREARM),
      abdominals: pair([[98, 106], [86, 106], [84, 130], [86, 160], [90, 184], [98, 188]]),
      obliques: pair([[82, 106], [66, 104], [64, 130], [64, 162], [70, 182], [86, 186], [84, 160], [80, 130]]),
      quadriceps: pair([[84, 204], [68, 204], [62, 228], [64, 262], [70, 282], [80, 286], [88, 270], [88, 236]]),
      adductors: pair([[90, 210], [98, 210], [96, 232], [91, 254], [88, 236]]),
      calves: pair(LOWER_LEG_FRONT),
    },
  },
  back: {
    silhouette: SILHOUETTE,
    muscles: {
      'upper-back': pair([[100, 46], [94, 48], [84, 58], [66, 62], [78, 70], [88, 90], [96, 112], [100, 116]]),
      'rear-delts': pair(DELT_CAP),
      'side-delts': pair(SIDE_DELT),
      triceps: pair(UPPER_ARM),
      forearms: pair(FOREARM),
      lats: pair([[76, 74], [64, 84], [62, 110], [68, 140], [80, 162], [90, 160], [88, 120], [84, 94]]),
      'lower-back': pair([[99, 120], [93, 124], [91, 150], [92, 178], [99, 182]]),
      abductors: pair([[80, 170], [66, 172], [61, 186], [66, 194], [80, 184]]),
      glutes: pair([[98, 190], [82, 186], [66, 196], [64, 218], [74, 234], [92, 234], [98, 226]]),
      hamstrings: pair([[68, 238], [64, 262], [68, 284], [78, 292], [88, 282], [92, 256], [92, 240]]),
      calves: pair([[68, 300], [64, 320], [68, 344], [76, 352], [84, 340], [86, 316], [80, 300]]),
    },
  },
};

/** Volume bands of the map's colour scale. */
export type VolumeBand = 'none' | 'low' | 'moderate' | 'target' | 'high';

/** One band of the scale: from `min` weekly sets (inclusive) up to the next band's `min`. */
export interface VolumeBandInfo {
  band: VolumeBand;
  min: number;
  /** ColorBrewer "Blues" (sequential, colour-blind safe); grey for no training. */
  fill: string;
  label: string;
}

// 4, 10 and 20 follow science.md §6.1: Schoenfeld 2017's 5–9 and 10+ categories and Baz-Valle 2022's 12–20.
/** The colour scale, lowest band first: 0 grey, under 4 pale, 4–10 mid, 10–20 strong, over 20 darkest (science.md §6.1). */
export const VOLUME_BANDS: readonly VolumeBandInfo[] = [
  { band: 'none', min: 0, fill: '#d4d4d8', label: 'not trained' },
  { band: 'low', min: Number.MIN_VALUE, fill: '#c6dbef', label: 'low: under 4 hard sets a week' },
  { band: 'moderate', min: 4, fill: '#6baed6', label: 'moderate: 4 to 10 hard sets a week' },
  { band: 'target', min: 10, fill: '#2171b5', label: 'on target: 10 to 20 hard sets a week' },
  // Strictly above 20: 20 itself is still on target.
  { band: 'high', min: 20 + 1e-9, fill: '#08306b', label: 'high: over 20 hard sets a week' },
];

/** The band and fill colour for a muscle's weekly fractional hard sets (VOLUME_BANDS; science.md §6.1). Sets a week → colour. */
export function volumeShade(setsPerWeek: number): VolumeBandInfo {
  if (!Number.isFinite(setsPerWeek) || setsPerWeek < 0) {
    throw ValidationError.field('setsPerWeek', `must be a number of sets of 0 or more (got ${setsPerWeek})`);
  }
  // Snapped so that float noise from the × 7 / days averaging (20.000000000000004) stays on target.
  const sets = Math.round(setsPerWeek * 1e6) / 1e6;
  let shade = VOLUME_BANDS[0]!;
  for (const band of VOLUME_BANDS) if (sets >= band.min) shade = band;
  return shade;
}

/** Accessible text for one muscle of the map, e.g. "Quadriceps: 0 hard sets a week (not trained)". Sets a week. */
export function muscleMapLabel(muscle: MuscleId, setsPerWeek: number): string {
  const { label } = volumeShade(setsPerWeek);
  const sets = roundTo(setsPerWeek, 1);
  return `${muscleById(muscle).label}: ${sets} hard set${sets === 1 ? '' : 's'} a week (${label})`;
}
