// Whole-body training balance from performed sets: fractional hard sets per muscle, region and
// push/pull side, how often and how recently each was trained (shared/reference/science.md §6.1).
// Weeks are ISO weeks (Monday first) of local dates; every window is a closed range of days.
import { addDays, daysBetween, isoWeekStart, parseIsoDate } from '../dates.js';
import type { IsoDate } from '../dates.js';
import { ValidationError } from '../errors.js';
import { muscleWeights } from './exercise-catalog.js';
import type { CatalogExercise, MuscleWeight } from './exercise-catalog.js';
import { MUSCLES, PRIMARY_WEIGHT } from './muscles.js';
import type { MuscleId, PushPull, Region } from './muscles.js';
import type { SetType } from './sets.js';

/** One completed set as the balance coach sees it: its day, its kind, and what it credits each muscle. */
export interface PerformedSet {
  date: IsoDate;
  setType: SetType;
  /** Sets credited per muscle: 1 for a prime mover, 0.5 for a synergist (see muscleWeights). */
  muscles: readonly MuscleWeight[];
}

/** The body regions of the balance report, in display order. */
export const REGIONS: readonly Region[] = ['upper', 'lower', 'core'];

/** Fractional sets a muscle needs in one day for that day to count as a training day for it (one hard set). */
export const TRAINED_DAY_MIN_SETS = 1;

/** Longest window or series we compute, in weeks (50 years); guards against a typo asking for millions of days. */
export const MAX_WEEKS = 2600;

/**
 * Performed sets of one exercise on one day, one per set type given, crediting primary muscles 1 and
 * secondary 0.5 (Pelland 2024 fractional counting, science.md §6.1); cardio credits no muscle. Sets.
 */
export function performedSets(
  date: IsoDate,
  exercise: Pick<CatalogExercise, 'primary' | 'secondary' | 'pattern'>,
  setTypes: readonly SetType[],
): PerformedSet[] {
  // One array shared by all the exercise's sets: 150,000 sets need not hold 150,000 copies.
  const muscles = exercise.pattern === 'cardio' ? [] : muscleWeights(exercise);
  return setTypes.map((setType) => ({ date, setType, muscles }));
}

/** A hard set: any non-warm-up set that credits at least one muscle (science.md §6.1, oracle 53). */
export function isHardSet(set: Pick<PerformedSet, 'setType' | 'muscles'>): boolean {
  return set.setType !== 'warmup' && set.muscles.length > 0;
}

/** How one set is shared among regions and push/pull sides; each map sums to 1 (or is empty). */
export interface SetShares {
  region: Partial<Record<Region, number>>;
  /** Push and pull parts only; the part of prime movers with no pattern (legs, trunk) is left out. */
  pattern: Partial<Record<PushPull, number>>;
}

/**
 * How a set is shared (issue 6's rule for regions; the same rule, our choice, for push/pull): it counts 1,
 * split equally among the distinct regions of its prime movers (weight ≥ 1), so back squat → lower 1,
 * deadlift (glutes, hamstrings, lower back) → lower ½ + core ½; likewise among the distinct patterns of
 * its prime movers, "no pattern" being one of them: upright row (side delts, upper back) → push ½ + pull ½,
 * rack pull (glutes, lower back, upper back) → pull ½. Synergists never move a set between regions. Sets.
 */
export function primaryShares(muscles: readonly MuscleWeight[]): SetShares {
  let regions = 0;
  let patterns = 0;
  for (const { muscle, weight } of muscles) {
    if (weight < PRIMARY_WEIGHT) continue;
    const i = indexOf(muscle);
    regions |= REGION_BITS[i]!;
    patterns |= PATTERN_BITS[i]!;
  }
  return SHARES_BY_BITS[regions | (patterns << 3)]!;
}

// Hot-path tables: a set's distinct prime-mover regions and patterns as 3-bit masks, and the shares of
// every mask pair computed once, so windows over years of sets allocate nothing per set.
const MUSCLE_INDEX: ReadonlyMap<string, number> = new Map(MUSCLES.map((m, i) => [m.id, i]));
const REGION_BIT: Record<Region, number> = { upper: 1, lower: 2, core: 4 };
const REGION_BITS = MUSCLES.map((m) => REGION_BIT[m.region]);
const PATTERN_BITS = MUSCLES.map((m) => (m.pattern === 'push' ? 1 : m.pattern === 'pull' ? 2 : 4));
const bitCount = (mask: number): number => (mask & 1) + ((mask >> 1) & 1) + ((mask >> 2) & 1);
const SHARES_BY_BITS: readonly SetShares[] = Array.from({ length: 64 }, (_, bits) => {
  const r = bits & 7;
  const p = bits >> 3;
  const region: SetShares['region'] = {};
  REGIONS.forEach((name, i) => {
    if (r & (1 << i)) region[name] = 1 / bitCount(r);
  });
  const pattern: SetShares['pattern'] = {};
  if (p & 1) pattern.push = 1 / bitCount(p);
  if (p & 2) pattern.pull = 1 / bitCount(p);
  return Object.freeze({ region: Object.freeze(region), pattern: Object.freeze(pattern) });
});

function indexOf(muscle: string): number {
  const i = MUSCLE_INDEX.get(muscle);
  if (i === undefined) throw ValidationError.field('muscles', `'${muscle}' is not a muscle id`);
  return i;
}

/** Sets per muscle, region and push/pull side, over some span of days. */
export interface VolumeTotals {
  byMuscle: Record<MuscleId, number>;
  byRegion: Record<Region, number>;
  push: number;
  pull: number;
}

/** Volume of one ISO week (Monday first) inside a window: only the window's days of it are counted. */
export interface WeekVolume {
  weekStart: IsoDate;
  /** Days of this week inside the window (7 except at the window's ends). */
  days: number;
  byMuscle: Record<MuscleId, number>;
  byRegion: Record<Region, number>;
}

/** The balance of training over a window of days [from, to]. */
export interface WindowVolume {
  from: IsoDate;
  to: IsoDate;
  days: number;
  /** Hard sets performed in the window (each counted once, whatever it credits). */
  hardSets: number;
  total: VolumeTotals;
  /** `total` × 7 / days: sets per week averaged over the window. */
  perWeek: VolumeTotals;
  /** Distinct days with ≥ TRAINED_DAY_MIN_SETS fractional sets, × 7 / days: training days a week. */
  daysPerWeekByMuscle: Record<MuscleId, number>;
  /** lower / (upper + lower) hard sets; null when neither was trained. */
  lowerShare: number | null;
  /** push / pull sets; null when no pull set was done (the ratio would be infinite or undefined). */
  pushPullRatio: number | null;
  /** Every ISO week that meets the window, oldest first, empty weeks included. */
  weeks: WeekVolume[];
}

const toMuscleRecord = (sums: Float64Array): Record<MuscleId, number> =>
  Object.fromEntries(MUSCLES.map((m, i) => [m.id, sums[i]!])) as Record<MuscleId, number>;
const toRegionRecord = (sums: Float64Array): Record<Region, number> => ({ upper: sums[0]!, lower: sums[1]!, core: sums[2]! });

function requireRange(from: IsoDate, to: IsoDate): number {
  parseIsoDate(from, 'from');
  parseIsoDate(to, 'to');
  const days = daysBetween(from, to) + 1;
  if (days < 1) throw ValidationError.field('from', `${from} is after ${to}`);
  if (days > MAX_WEEKS * 7) throw ValidationError.field('from', `the window may span at most ${MAX_WEEKS} weeks`);
  return days;
}

function requireWeeks(weeks: number): void {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) {
    throw ValidationError.field('weeks', `must be a whole number from 1 to ${MAX_WEEKS} (got ${weeks})`);
  }
}

/**
 * Hard sets per muscle (fractional: primary 1, secondary 0.5; Pelland 2024, science.md §6.1), per region
 * and push/pull side (primaryShares), their per-week averages (× 7 / days), training days a week per
 * muscle (Schoenfeld 2016: ≥ 2 a week), the lower-body share and the push/pull ratio, over the closed
 * window [from, to] of local dates, plus the ISO weeks (Monday first) it meets. Sets, days, ratios.
 */
export function windowVolume(sets: readonly PerformedSet[], from: IsoDate, to: IsoDate): WindowVolume {
  const days = requireRange(from, to);
  const firstWeek = isoWeekStart(from);
  const weekCount = Math.floor(daysBetween(firstWeek, to) / 7) + 1;
  const n = MUSCLES.length;
  // Running sums by muscle index (and region index), converted to records at the end.
  const muscleSums = new Float64Array(n);
  const regionSums = new Float64Array(REGIONS.length);
  const weekMuscles = Array.from({ length: weekCount }, () => new Float64Array(n));
  const weekRegions = Array.from({ length: weekCount }, () => new Float64Array(REGIONS.length));
  const weekOf = new Map<IsoDate, number>();
  const daily = new Map<IsoDate, Float64Array>();
  let hardSets = 0;
  let push = 0;
  let pull = 0;

  for (const set of sets) {
    if (set.date < from || set.date > to || !isHardSet(set)) continue;
    hardSets += 1;
    let w = weekOf.get(set.date);
    if (w === undefined) {
      w = Math.floor(daysBetween(firstWeek, set.date) / 7);
      weekOf.set(set.date, w);
    }
    let day = daily.get(set.date);
    if (!day) {
      day = new Float64Array(n);
      daily.set(set.date, day);
    }
    const week = weekMuscles[w]!;
    for (const { muscle, weight } of set.muscles) {
      const i = indexOf(muscle);
      muscleSums[i]! += weight;
      week[i]! += weight;
      day[i]! += weight;
    }
    const shares = primaryShares(set.muscles);
    const weekRegion = weekRegions[w]!;
    REGIONS.forEach((region, i) => {
      const part = shares.region[region] ?? 0;
      regionSums[i]! += part;
      weekRegion[i]! += part;
    });
    push += shares.pattern.push ?? 0;
    pull += shares.pattern.pull ?? 0;
  }

  const trainedDays = new Float64Array(n);
  for (const day of daily.values()) {
    for (let i = 0; i < n; i++) if (day[i]! >= TRAINED_DAY_MIN_SETS) trainedDays[i]! += 1;
  }
  const total: VolumeTotals = { byMuscle: toMuscleRecord(muscleSums), byRegion: toRegionRecord(regionSums), push, pull };
  // × 7 / days rather than ÷ (days / 7): exact for whole weeks (40 sets over 28 days is 10.0 a week).
  const weekly = (x: number): number => (x * 7) / days;
  const perWeek: VolumeTotals = {
    byMuscle: mapRecord(total.byMuscle, weekly),
    byRegion: mapRecord(total.byRegion, weekly),
    push: weekly(push),
    pull: weekly(pull),
  };
  const weeks: WeekVolume[] = weekMuscles.map((muscles, i) => {
    const weekStart = addDays(firstWeek, 7 * i);
    const weekEnd = addDays(weekStart, 6);
    const inside = daysBetween(weekStart < from ? from : weekStart, weekEnd > to ? to : weekEnd) + 1;
    return { weekStart, days: inside, byMuscle: toMuscleRecord(muscles), byRegion: toRegionRecord(weekRegions[i]!) };
  });
  const upperLower = total.byRegion.upper + total.byRegion.lower;
  return {
    from,
    to,
    days,
    hardSets,
    total,
    perWeek,
    daysPerWeekByMuscle: mapRecord(toMuscleRecord(trainedDays), weekly),
    lowerShare: upperLower > 0 ? total.byRegion.lower / upperLower : null,
    pushPullRatio: total.pull > 0 ? total.push / total.pull : null,
    weeks,
  };
}

function mapRecord<K extends string>(record: Record<K, number>, fn: (n: number) => number): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const key of Object.keys(record) as K[]) out[key] = fn(record[key]);
  return out;
}

/**
 * The last `weeks` ISO weeks (Monday first) up to and including the week of `asOf`, oldest first, for
 * charts: fractional hard sets per muscle and region (science.md §6.1); the current week counts up to
 * `asOf` only (its `days` says how many). Sets.
 */
export function weeklySeries(sets: readonly PerformedSet[], asOf: IsoDate, weeks: number): WeekVolume[] {
  requireWeeks(weeks);
  const from = addDays(isoWeekStart(asOf), -7 * (weeks - 1));
  return windowVolume(sets, from, asOf).weeks;
}

/**
 * The window a report of `weeks` weeks judges: the `weeks` × 7 days ending on `asOf`, started no earlier
 * than the first training day (so a new user is not judged on weeks before they began) but always at
 * least 7 days long. Local dates.
 */
export function balanceWindow(asOf: IsoDate, weeks: number, firstTrainedOn: IsoDate | null = null): { from: IsoDate; to: IsoDate } {
  requireWeeks(weeks);
  parseIsoDate(asOf, 'asOf');
  let from = addDays(asOf, 1 - 7 * weeks);
  if (firstTrainedOn !== null && parseIsoDate(firstTrainedOn, 'firstTrainedOn') > from) {
    const weekBack = addDays(asOf, -6);
    from = firstTrainedOn < weekBack ? firstTrainedOn : weekBack;
  }
  return { from, to: asOf };
}

/** When each muscle and region was last trained, as of a day. */
export interface TrainingRecency {
  asOf: IsoDate;
  /** First day with a hard set on or before `asOf`; null for no training at all. */
  firstTrainedOn: IsoDate | null;
  lastTrainedOn: Record<MuscleId, IsoDate | null>;
  /** Days from the last training day to `asOf` (0 = trained that day); null if never. */
  daysSinceMuscle: Record<MuscleId, number | null>;
  /** The fewest days since any muscle of the region was trained; null if none ever was. */
  daysSinceRegion: Record<Region, number | null>;
}

/**
 * Days since each muscle was last trained (a day with ≥ TRAINED_DAY_MIN_SETS fractional hard sets for it,
 * science.md §6.1) and each region (its most recent muscle), counting days to `asOf`; sets dated after
 * `asOf` are ignored. Days.
 */
export function trainingRecency(sets: readonly PerformedSet[], asOf: IsoDate): TrainingRecency {
  parseIsoDate(asOf, 'asOf');
  const daily = new Map<IsoDate, Float64Array>();
  let firstTrainedOn: IsoDate | null = null;
  for (const set of sets) {
    if (set.date > asOf || !isHardSet(set)) continue;
    if (firstTrainedOn === null || set.date < firstTrainedOn) firstTrainedOn = set.date;
    let day = daily.get(set.date);
    if (!day) {
      day = new Float64Array(MUSCLES.length);
      daily.set(set.date, day);
    }
    for (const { muscle, weight } of set.muscles) day[indexOf(muscle)]! += weight;
  }
  const latest: Array<IsoDate | null> = MUSCLES.map(() => null);
  for (const [date, day] of daily) {
    for (let i = 0; i < MUSCLES.length; i++) {
      const current = latest[i] ?? null;
      if (day[i]! >= TRAINED_DAY_MIN_SETS && (current === null || date > current)) latest[i] = date;
    }
  }
  const lastTrainedOn = Object.fromEntries(MUSCLES.map((m, i) => [m.id, latest[i] ?? null])) as Record<MuscleId, IsoDate | null>;
  const daysSinceMuscle = {} as Record<MuscleId, number | null>;
  const daysSinceRegion: Record<Region, number | null> = { upper: null, lower: null, core: null };
  for (const m of MUSCLES) {
    const last = lastTrainedOn[m.id];
    const since = last === null ? null : daysBetween(last, asOf);
    daysSinceMuscle[m.id] = since;
    const current = daysSinceRegion[m.region];
    if (since !== null && (current === null || since < current)) daysSinceRegion[m.region] = since;
  }
  return { asOf, firstTrainedOn, lastTrainedOn, daysSinceMuscle, daysSinceRegion };
}
