// The balance coach's verdict: flags on what is out of balance and suggestions that fix it, from the
// windowed volume and recency of balance.ts and the strength ratios of strength.ts.
import { daysBetween } from '../dates.js';
import type { IsoDate } from '../dates.js';
import type { GoalDirection } from '../energy/macros.js';
import { roundTo } from '../rounding.js';
import { balanceWindow, primaryShares, trainingRecency, windowVolume } from './balance.js';
import type { PerformedSet, TrainingRecency, WindowVolume } from './balance.js';
import { muscleWeights } from './exercise-catalog.js';
import type { CatalogExercise } from './exercise-catalog.js';
import { MAJOR_MUSCLES, muscleById } from './muscles.js';
import type { MuscleId, PushPull, Region } from './muscles.js';
import { LIFT_EXERCISE_IDS, RATIO_TOLERANCE } from './strength.js';
import type { BalanceLift, StrengthBalance } from './strength.js';

/** Weeks the verdict judges volume, share, push/pull and frequency over (issue 6: the last 4 weeks). */
export const VERDICT_WEEKS = 4;
/** Days without a lower-body training day, while the upper body is trained, that raise `lower-body-gap`. */
export const LOWER_GAP_DAYS = 10;
/** Lowest acceptable lower / (upper + lower) share of hard sets (issue 6; science.md §5.2 suggests lower ≥ 50% of upper). */
export const LOWER_SHARE_MIN = 0.35;
/** Lowest balanced push/pull ratio of hard sets (issue 6), inclusive. */
export const PUSH_PULL_MIN = 0.67;
/** Highest balanced push/pull ratio of hard sets (issue 6), inclusive. */
export const PUSH_PULL_MAX = 1.5;
/** Weekly hard sets per major muscle on a gain goal: the ≥ 10 landmark of Schoenfeld 2017 (science.md §6.1). */
export const GAIN_SETS_PER_WEEK = 10;
/** Weekly hard sets per major muscle on any goal (Schoenfeld 2017's lowest category is < 5). */
export const MIN_SETS_PER_WEEK = 4;
/** Training days a week per muscle (Schoenfeld 2016: twice a week beats once, science.md §6.1). */
export const MIN_DAYS_PER_WEEK = 2;
/** Volume flags wait for this many days of history, so a first session is not judged as a week. */
export const MIN_HISTORY_DAYS = 7;

/** Every flag the verdict can raise, in the order they are listed. */
export const FLAG_CODES = ['lower-body-gap', 'lower-share-low', 'push-pull-imbalance', 'muscle-under-volume', 'muscle-low-frequency', 'strength-ratio'] as const;

/** One entry of FLAG_CODES. */
export type FlagCode = (typeof FLAG_CODES)[number];

/** One finding: a code, how much it matters, a plain sentence and the numbers behind it (rounded to 0.01). */
export interface BalanceFlag {
  code: FlagCode;
  severity: 'info' | 'warning';
  message: string;
  numbers: Record<string, number | string | null>;
}

/** What the verdict reads: the last VERDICT_WEEKS of volume, recency over all history, the lift ratios, the goal. */
export interface BalanceAnalysis {
  window: WindowVolume;
  recency: TrainingRecency;
  strength: StrengthBalance | null;
  goal: GoalDirection;
}

/** The verdict's inputs from performed sets as of a day: a VERDICT_WEEKS window (balanceWindow) and recency (balance.ts). */
export function analyseBalance(sets: readonly PerformedSet[], asOf: IsoDate, goal: GoalDirection, strength: StrengthBalance | null = null): BalanceAnalysis {
  const recency = trainingRecency(sets, asOf);
  const { from, to } = balanceWindow(asOf, VERDICT_WEEKS, recency.firstTrainedOn);
  return { window: windowVolume(sets, from, to), recency, strength, goal };
}

// Thresholds compare after snapping binary noise: 7 lower sets in 20 is a share of exactly 0.35.
const snap = (x: number): number => Math.round(x * 1e9) / 1e9;
const r2 = (x: number | null): number | null => (x === null ? null : roundTo(x, 2));
const fmt = (x: number): string => String(roundTo(x, 1));
/** "1 hard set", "2.5 hard sets" (the number as shown, to 0.1). */
const count = (x: number, noun: string): string => `${fmt(x)} ${noun}${fmt(x) === '1' ? '' : 's'}`;
const label = (m: MuscleId): string => muscleById(m).label.toLowerCase();
const LIFT_LABEL: Record<BalanceLift, string> = {
  squat: 'squat',
  'bench-press': 'bench press',
  deadlift: 'deadlift',
  'overhead-press': 'overhead press',
  'barbell-row': 'barbell row',
  'front-squat': 'front squat',
};

/** Weekly hard sets a major muscle should get: 10 on a gain goal, 4 otherwise (science.md §6.1). Sets a week. */
export function setsTarget(goal: GoalDirection): number {
  return goal === 'gain' ? GAIN_SETS_PER_WEEK : MIN_SETS_PER_WEEK;
}

/**
 * Flags (issue 6): lower-body gap ≥ 10 days while the upper body is trained, lower share < 0.35, push/pull
 * outside 0.67–1.5, a major muscle under 10 (gain) or 4 weekly hard sets, a trained major muscle on < 2
 * days a week (science.md §6.1), a lift > 15% off its ratio to the squat (§5.2). None without data.
 */
export function balanceFlags(a: BalanceAnalysis): BalanceFlag[] {
  const flags: BalanceFlag[] = [];
  const { window: w, recency } = a;
  const first = recency.firstTrainedOn;
  if (first !== null) {
    const gap = lowerBodyGap(recency, first);
    if (gap) flags.push(gap);
    if (daysBetween(first, recency.asOf) + 1 >= MIN_HISTORY_DAYS && w.hardSets > 0) flags.push(...volumeFlags(a));
  }
  for (const lift of a.strength?.lifts ?? []) {
    if (!lift.lagging && !lift.ahead) continue;
    const name = LIFT_LABEL[lift.lift];
    const off = fmt(Math.abs(lift.percentOff));
    flags.push({
      code: 'strength-ratio',
      severity: lift.lagging ? 'warning' : 'info',
      message: lift.lagging
        ? `Your ${name} (${fmt(lift.e1rmKg)} kg estimated 1RM) is ${off}% below the ${fmt(lift.expectedKg)} kg a balanced lifter with your squat would have.`
        : `Your ${name} is ${off}% ahead of its usual ratio to your squat: the squat is likely the lift that is behind.`,
      numbers: { lift: lift.lift, e1rmKg: r2(lift.e1rmKg), squatKg: r2(a.strength?.squatKg ?? null), ratio: r2(lift.ratio), expectedRatio: lift.expectedRatio, percentOff: r2(lift.percentOff), tolerancePct: RATIO_TOLERANCE * 100 },
    });
  }
  return flags;
}

/** ≥ 10 days without legs, counted from the first training day if legs never were, with upper-body work since. */
function lowerBodyGap(recency: TrainingRecency, first: IsoDate): BalanceFlag | null {
  const lower = recency.daysSinceRegion.lower;
  const upper = recency.daysSinceRegion.upper;
  // Never trained legs: the gap runs from the first training day.
  const gap = lower ?? daysBetween(first, recency.asOf);
  if (upper === null || gap < LOWER_GAP_DAYS || (lower !== null && upper >= lower)) return null;
  return {
    code: 'lower-body-gap',
    severity: 'warning',
    message:
      lower === null
        ? `No lower-body training in the ${gap} days since you started, while you trained your upper body ${upper === 0 ? 'today' : upper === 1 ? 'yesterday' : `${upper} days ago`}.`
        : `${lower} days without a lower-body training day, while you kept training your upper body.`,
    numbers: { daysSinceLowerBody: lower, daysSinceUpperBody: upper, gapDays: gap, thresholdDays: LOWER_GAP_DAYS },
  };
}

function volumeFlags(a: BalanceAnalysis): BalanceFlag[] {
  const { window: w, goal } = a;
  const flags: BalanceFlag[] = [];
  const range = { from: w.from, to: w.to };
  const { upper, lower } = w.perWeek.byRegion;
  if (w.lowerShare !== null && snap(w.lowerShare) < LOWER_SHARE_MIN) {
    flags.push({
      code: 'lower-share-low',
      severity: 'warning',
      message: `Only ${fmt(w.lowerShare * 100)}% of your upper- and lower-body hard sets trained the lower body (${fmt(lower)} vs ${fmt(upper)} a week); aim for at least ${fmt(LOWER_SHARE_MIN * 100)}%.`,
      numbers: { lowerShare: r2(w.lowerShare), lowerSetsPerWeek: r2(lower), upperSetsPerWeek: r2(upper), threshold: LOWER_SHARE_MIN, ...range },
    });
  }
  const { push, pull } = w.perWeek;
  const ratio = w.pushPullRatio === null ? null : snap(w.pushPullRatio);
  if (push + pull > 0 && (ratio === null || ratio < PUSH_PULL_MIN || ratio > PUSH_PULL_MAX)) {
    const heavy = ratio === null || ratio > PUSH_PULL_MAX ? 'pushing' : 'pulling';
    flags.push({
      code: 'push-pull-imbalance',
      severity: 'warning',
      message:
        ratio === null
          ? `You did ${count(push, 'pushing set')} a week and no pulling sets.`
          : `Your training leans to ${heavy}: ${fmt(push)} pushing vs ${fmt(pull)} pulling sets a week (ratio ${fmt(ratio)}; balanced is ${PUSH_PULL_MIN}–${PUSH_PULL_MAX}).`,
      numbers: { pushPullRatio: r2(ratio), pushSetsPerWeek: r2(push), pullSetsPerWeek: r2(pull), low: PUSH_PULL_MIN, high: PUSH_PULL_MAX, ...range },
    });
  }
  const target = setsTarget(goal);
  for (const m of MAJOR_MUSCLES) {
    const sets = snap(w.perWeek.byMuscle[m]);
    if (sets >= target) continue;
    flags.push({
      code: 'muscle-under-volume',
      severity: sets < MIN_SETS_PER_WEEK ? 'warning' : 'info',
      message: `${muscleById(m).label} got ${count(sets, 'hard set')} a week; ${goal === 'gain' ? 'to grow, aim for' : 'keep at least'} ${target}.`,
      numbers: { muscle: m, setsPerWeek: r2(sets), target, goal, ...range },
    });
  }
  for (const m of MAJOR_MUSCLES) {
    const days = snap(w.daysPerWeekByMuscle[m]);
    if (w.total.byMuscle[m] === 0 || days >= MIN_DAYS_PER_WEEK) continue;
    flags.push({
      code: 'muscle-low-frequency',
      severity: 'info',
      message: `${muscleById(m).label} was trained on ${count(days, 'day')} a week; ${MIN_DAYS_PER_WEEK} or more is the usual advice, and spreading its sets keeps each session shorter.`,
      numbers: { muscle: m, daysPerWeek: r2(days), setsPerWeek: r2(w.perWeek.byMuscle[m]), target: MIN_DAYS_PER_WEEK, ...range },
    });
  }
  return flags;
}

/** What a suggestion is about. */
export type SuggestionTarget =
  | { kind: 'region'; region: Region }
  | { kind: 'side'; side: PushPull }
  | { kind: 'muscle'; muscle: MuscleId }
  | { kind: 'lift'; lift: BalanceLift };

/** A catalog exercise named in a suggestion. */
export interface ExerciseRef {
  id: string;
  name: string;
}

/** A fix for one or more flags: what to train, how much more a week, and with which exercises. */
export interface Suggestion {
  codes: FlagCode[];
  target: SuggestionTarget;
  /** Major muscles that need the work, least trained first. */
  muscles: MuscleId[];
  /** Extra hard sets a week that close the gap; 0 when the fix is to spread sets over more days. */
  addSetsPerWeek: number;
  /** Catalog exercises that train the target as prime movers, staples first (at most 4). */
  exercises: ExerciseRef[];
  message: string;
}

// Our convention: common movements that need little coaching and cover every major muscle, ranked.
/** Exercise ids suggestions name first when the catalog has them (Platewise convention, not a published list). */
export const STAPLE_EXERCISE_IDS: readonly string[] = [
  'barbell-back-squat', 'barbell-deadlift', 'leg-press', 'wall-sit', 'romanian-deadlift', 'bulgarian-split-squat',
  'barbell-hip-thrust', 'lying-leg-curl', 'leg-extension', 'standing-calf-raise', 'barbell-bench-press',
  'barbell-overhead-press', 'push-up', 'chest-dip', 'barbell-row', 'pull-up', 'lat-pulldown', 'seated-cable-row',
  'face-pull', 'dumbbell-lateral-raise', 'triceps-pushdown', 'barbell-curl', 'dumbbell-curl', 'plank',
  'hanging-leg-raise', 'cable-crunch',
];

/** Sets of one leg session: the least a lower-body gap suggestion asks for (Platewise convention). */
export const LEG_SESSION_SETS = 6;
/** Extra weekly sets suggested for a lift off its ratio (Platewise convention). */
export const LIFT_FIX_SETS = 4;
const MAX_EXERCISES = 4;

/**
 * Suggestions that close each flag (one per target): lower-body sets to reach the 0.35 share (at least a
 * 6-set leg session after a gap), the weak side to bring push/pull within 0.67–1.5, each muscle up to its
 * weekly target (science.md §6.1), a lift off its squat ratio; exercises from `catalog`. Sets a week.
 */
export function balanceSuggestions(a: BalanceAnalysis, flags: readonly BalanceFlag[], catalog: readonly CatalogExercise[]): Suggestion[] {
  const byKey = new Map<string, Suggestion>();
  const add = (code: FlagCode, target: SuggestionTarget, muscles: MuscleId[], sets: number): void => {
    const key = JSON.stringify(target);
    const current = byKey.get(key);
    if (current) {
      if (!current.codes.includes(code)) current.codes.push(code);
      current.addSetsPerWeek = Math.max(current.addSetsPerWeek, sets);
    } else {
      byKey.set(key, { codes: [code], target, muscles, addSetsPerWeek: sets, exercises: [], message: '' });
    }
  };
  const w = a.window.perWeek;
  const target = setsTarget(a.goal);
  const needing = (keep: (m: MuscleId) => boolean): MuscleId[] => {
    const all = MAJOR_MUSCLES.filter(keep).sort((x, y) => w.byMuscle[x] - w.byMuscle[y]);
    const under = all.filter((m) => snap(w.byMuscle[m]) < target);
    return under.length > 0 ? under : all;
  };
  const ceilSets = (x: number): number => Math.max(0, Math.ceil(snap(x)));

  for (const flag of flags) {
    const muscle = flag.numbers['muscle'] as MuscleId | undefined;
    switch (flag.code) {
      case 'lower-body-gap':
      case 'lower-share-low': {
        const { upper, lower } = w.byRegion;
        const shareDeficit = ceilSets((LOWER_SHARE_MIN / (1 - LOWER_SHARE_MIN)) * upper - lower);
        const sets = flag.code === 'lower-body-gap' ? Math.max(shareDeficit, LEG_SESSION_SETS) : shareDeficit;
        add(flag.code, { kind: 'region', region: 'lower' }, needing((m) => muscleById(m).region === 'lower'), sets);
        break;
      }
      case 'push-pull-imbalance': {
        const pullShort = a.window.pushPullRatio === null || snap(a.window.pushPullRatio) > PUSH_PULL_MAX;
        const side: PushPull = pullShort ? 'pull' : 'push';
        const sets = pullShort ? ceilSets(w.push / PUSH_PULL_MAX - w.pull) : ceilSets(PUSH_PULL_MIN * w.pull - w.push);
        add(flag.code, { kind: 'side', side }, needing((m) => muscleById(m).pattern === side), sets);
        break;
      }
      case 'muscle-under-volume':
        if (muscle) add(flag.code, { kind: 'muscle', muscle }, [muscle], ceilSets(target - w.byMuscle[muscle]));
        break;
      case 'muscle-low-frequency':
        if (muscle) add(flag.code, { kind: 'muscle', muscle }, [muscle], 0);
        break;
      case 'strength-ratio': {
        const lift = flag.numbers['lift'] as BalanceLift;
        const behind = flag.severity === 'warning' ? lift : 'squat';
        add(flag.code, { kind: 'lift', lift: behind }, [], LIFT_FIX_SETS);
        break;
      }
    }
  }
  return [...byKey.values()].map((s) => {
    const exercises = pickExercises(s.target, catalog);
    const muscles = s.target.kind === 'lift' ? liftMuscles(s.target.lift, catalog) : s.muscles;
    return { ...s, muscles, exercises, message: suggestionMessage(s, exercises, w.byMuscle) };
  });
}

const stapleRank = (id: string): number => {
  const i = STAPLE_EXERCISE_IDS.indexOf(id);
  return i === -1 ? STAPLE_EXERCISE_IDS.length : i;
};

/** Catalog exercises whose prime movers carry at least half of each set to the target, staples first. */
function pickExercises(target: SuggestionTarget, catalog: readonly CatalogExercise[]): ExerciseRef[] {
  const own = target.kind === 'lift' ? LIFT_EXERCISE_IDS[target.lift] : [];
  // Variants of a lift: same pattern and same lead prime mover as its catalog exercise (bench → dumbbell bench).
  const model = catalog.find((e) => own.includes(e.id));
  const fits = (ex: CatalogExercise): boolean => {
    if (ex.pattern === 'cardio' || ex.primary.length === 0) return false;
    switch (target.kind) {
      case 'muscle':
        return ex.primary.includes(target.muscle);
      case 'region':
        return (primaryShares(muscleWeights(ex)).region[target.region] ?? 0) >= 0.5;
      case 'side':
        return (primaryShares(muscleWeights(ex)).pattern[target.side] ?? 0) >= 0.5;
      case 'lift':
        return own.includes(ex.id) || (model !== undefined && ex.pattern === model.pattern && ex.primary[0] === model.primary[0]);
    }
  };
  // The lift itself first; for a muscle, exercises that list it as their first prime mover first.
  const lead = (ex: CatalogExercise): number => {
    if (target.kind === 'lift') return own.includes(ex.id) ? 0 : 1;
    return target.kind === 'muscle' && ex.primary[0] !== target.muscle ? 1 : 0;
  };
  return catalog
    .map((ex, index) => ({ ex, index }))
    .filter(({ ex }) => fits(ex))
    .sort((x, y) => lead(x.ex) - lead(y.ex) || stapleRank(x.ex.id) - stapleRank(y.ex.id) || x.index - y.index)
    .slice(0, MAX_EXERCISES)
    .map(({ ex }) => ({ id: ex.id, name: ex.name }));
}

function liftMuscles(lift: BalanceLift, catalog: readonly CatalogExercise[]): MuscleId[] {
  const ex = catalog.find((e) => LIFT_EXERCISE_IDS[lift].includes(e.id));
  return ex ? [...ex.primary] : [];
}

/** "3 sets of A twice a week", or split over two exercises for a region or side; `used` exercises named. */
function plan(sets: number, exercises: readonly ExerciseRef[], split: boolean, spread: boolean): { text: string; used: number } {
  const [a, b] = exercises;
  if (!a) return { text: '', used: 0 };
  const sessions = sets >= 4 || (spread && sets >= 2) ? 2 : 1;
  const perSession = Math.ceil(sets / sessions);
  const when = sessions === 2 ? 'twice a week' : 'once a week';
  const setsOf = (n: number, ex: ExerciseRef): string => `${n} set${n === 1 ? '' : 's'} of ${ex.name}`;
  if (split && b && perSession >= 2) {
    const first = Math.ceil(perSession / 2);
    return { text: `${setsOf(first, a)} and ${setsOf(perSession - first, b)}, ${when}`, used: 2 };
  }
  return { text: `${setsOf(perSession, a)} ${when}`, used: 1 };
}

function suggestionMessage(s: Suggestion, exercises: readonly ExerciseRef[], perWeek: Record<MuscleId, number>): string {
  const t = s.target;
  const how = plan(s.addSetsPerWeek, exercises, t.kind === 'region' || t.kind === 'side', s.codes.includes('muscle-low-frequency'));
  const others = exercises.slice(Math.max(1, how.used)).map((e) => e.name);
  const alternatives = others.length > 0 ? ` (or ${others.join(', ')})` : '';
  const doing = how.text === '' ? '' : `: ${how.text}`;
  const n = s.addSetsPerWeek;
  const sets = n === 1 ? 'set' : 'sets';
  switch (t.kind) {
    case 'region':
      return `Add ~${n} hard ${t.region}-body ${sets} a week${doing}${alternatives}.`;
    case 'side':
      return `Add ~${n} ${t.side}ing ${sets} a week${doing}${alternatives}.`;
    case 'lift':
      return `Bring up your ${LIFT_LABEL[t.lift]} with ~${n} more hard ${sets} a week${doing}${alternatives}.`;
    case 'muscle':
      if (s.addSetsPerWeek === 0) {
        return `Spread your ${fmt(perWeek[t.muscle])} weekly sets for ${label(t.muscle)} over at least ${MIN_DAYS_PER_WEEK} days${exercises[0] ? `, e.g. ${exercises[0].name} on two days` : ''}.`;
      }
      return `Add ~${n} hard ${sets} a week for ${label(t.muscle)}${doing}${alternatives}.`;
  }
}
