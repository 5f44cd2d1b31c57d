// The balance coach as a use-case: reads the workout log for the days a report needs, and lets the core
// count hard sets per muscle, region and side, judge them, and suggest what closes each gap.
import { addDays, isoWeekStart, parseIsoDate } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import { goalInfo, type GoalDirection, type GoalId, type Sex } from '../core/energy/index.js';
import { ValidationError } from '../core/errors.js';
import { balanceWindow, performedSets, trainingRecency, TRAINED_DAY_MIN_SETS, weeklySeries, windowVolume, type PerformedSet, type TrainingRecency } from '../core/training/balance.js';
import { DEFAULT_E1RM_FORMULA, estimateOneRepMax, MAX_E1RM_REPS } from '../core/training/e1rm.js';
import type { CatalogExercise } from '../core/training/exercise-catalog.js';
import { isMuscleId, MUSCLES, PRIMARY_WEIGHT, SECONDARY_WEIGHT, type MovementPattern, type MuscleId } from '../core/training/muscles.js';
import { BALANCE_LIFTS, bestLiftE1rms, LIFT_EXERCISE_IDS, powerliftingScores, STRENGTH_WEEKS, strengthBalance, type ExerciseBest } from '../core/training/strength.js';
import { balanceFlags, balanceSuggestions, type BalanceAnalysis } from '../core/training/verdict.js';
import type { SetType } from '../core/training/sets.js';
import type { ProfileRepository, SettingsRepository } from '../store/index.js';
import type { BalanceRepository, PerformedSetRow, SetDetailFor } from '../store/repositories/balance.repository.js';
import { requireUser, type Actor } from './actor.js';
import { balanceReportView, type BalanceReport, type BodyWeightUsed } from './balance-view.js';
import { localDate, type Clock } from './clock.js';
import { stableExerciseId } from './importers/exercise-rows.js';
import { loadStarterEntries, STARTER_SOURCE } from './starter-exercises.js';

export type { BalanceReport } from './balance-view.js';

export interface BalanceQuery {
  /** Weeks the report judges, ending on `asOf` (default 4). */
  weeks?: number | undefined;
  /** The report's last day (default today in the user's time zone). */
  asOf?: string | undefined;
}

/** Longest window the report may judge, in weeks (two years). */
export const MAX_REPORT_WEEKS = 104;
/** Weeks of the charts' weekly series. */
export const SERIES_WEEKS = 12;
const DEFAULT_WEEKS = 4;
/** Days before the weeks a report reads in which a muscle's last training day is looked for by date first. */
const RECENT_YEAR_DAYS = 365;

/** Where the strength scores take body weight from: the body log's trend on a day, else null. */
export type TrendWeightSource = (userId: string, date: IsoDate) => Promise<number | null>;

/** The lifts' catalog exercises, whose sets the report reads one by one for their e1RMs. */
const LIFT_SETS: SetDetailFor = { source: STARTER_SOURCE, sourceIds: [...new Set(BALANCE_LIFTS.flatMap((lift) => LIFT_EXERCISE_IDS[lift]))] };

let starterCatalog: CatalogExercise[] | null = null;
/** Our starter exercises keyed by their data/exercises.json ids, which the verdict's staples and lifts name. */
function suggestionCatalog(): CatalogExercise[] {
  starterCatalog ??= loadStarterEntries().entries.map((e) => ({
    id: e.sourceId,
    name: e.name,
    aliases: [...e.aliases],
    equipment: e.equipment,
    pattern: e.pattern,
    loadType: e.loadType,
    primary: [...e.primary],
    secondary: [...e.secondary],
    met: e.met,
  }));
  return starterCatalog;
}

/** Rows of the store as the core's performed sets; muscles outside our vocabulary are left out. */
function toPerformedSets(rows: readonly PerformedSetRow[]): PerformedSet[] {
  const out: PerformedSet[] = [];
  for (const r of rows) {
    const exercise = {
      pattern: r.pattern as MovementPattern,
      primary: r.primaryMuscles.filter(isMuscleId),
      secondary: r.secondaryMuscles.filter(isMuscleId),
    };
    const types = new Array<SetType>(r.sets).fill(r.setType as SetType);
    for (const set of performedSets(r.date, exercise, types)) out.push(set);
  }
  return out;
}

/** Each lift session's best e1RM (science.md §5.1, Epley; sets of 1–10 reps, warm-ups left out). kg. */
function liftPoints(rows: readonly PerformedSetRow[]): ExerciseBest[] {
  const points: ExerciseBest[] = [];
  for (const r of rows) {
    if (r.sourceId === null || r.reps === null || r.loadsG === null || r.setType === 'warmup') continue;
    let best: number | null = null;
    r.reps.forEach((reps, i) => {
      const loadG = r.loadsG![i] ?? null;
      if (reps === null || loadG === null || reps < 1 || reps > MAX_E1RM_REPS || loadG <= 0) return;
      const e1rm = estimateOneRepMax(loadG / 1000, reps, DEFAULT_E1RM_FORMULA);
      if (best === null || e1rm > best) best = e1rm;
    });
    if (best !== null) points.push({ exerciseId: r.sourceId, date: r.date, e1rmKg: best });
  }
  return points;
}

/** The balance report: volume per muscle and region, recency, strength ratios and scores, flags and suggestions. */
export function createBalanceService(deps: {
  balance: BalanceRepository;
  profiles: ProfileRepository;
  settings: SettingsRepository;
  trendWeightKg: TrendWeightSource;
  clock: Clock;
}) {
  const { balance, profiles, settings, clock } = deps;

  async function today(userId: string): Promise<IsoDate> {
    const { timeZone } = await settings.get(userId);
    return timeZone ? localDate(clock.now(), timeZone) : clock.today();
  }

  /**
   * Recency from the sets read, completed from older history for the muscles they did not train (only the
   * exercises that train those muscles are read). `firstTrainedOn` is the log's true first training day.
   */
  async function recencyOf(userId: string, sets: readonly PerformedSet[], spanFrom: IsoDate, asOf: IsoDate, first: IsoDate): Promise<TrainingRecency> {
    const recent = trainingRecency(sets, asOf);
    const missing = MUSCLES.map((m) => m.id).filter((m) => recent.lastTrainedOn[m] === null);
    if (first >= spanFrom || missing.length === 0) return { ...recent, firstTrainedOn: first };
    const credit = { primary: PRIMARY_WEIGHT, secondary: SECONDARY_WEIGHT, minCredit: TRAINED_DAY_MIN_SETS };
    const before = addDays(spanFrom, -1);
    // Muscles no exercise of the log ever trained cost one probe; the others are looked for in the year before
    // the weeks read, and only then in the rest of the log (only the exercises that train them).
    const credited = await balance.musclesCredited(userId, missing, before);
    const yearFrom = addDays(spanFrom, -RECENT_YEAR_DAYS);
    const older = await balance.lastTrainingDays(userId, credited, { from: first > yearFrom ? first : yearFrom, to: before }, credit);
    const found = new Set(older.map((d) => d.muscle));
    const rest = credited.filter((m) => !found.has(m));
    if (rest.length > 0 && first < yearFrom) older.push(...(await balance.lastTrainingDays(userId, rest, { to: addDays(yearFrom, -1) }, credit)));
    // Each older training day as one set crediting its muscle a full set: the core then counts days as usual.
    const marks: PerformedSet[] = older.filter((d) => isMuscleId(d.muscle)).map((d) => ({ date: d.date, setType: 'normal', muscles: [{ muscle: d.muscle as MuscleId, weight: PRIMARY_WEIGHT }] }));
    return { ...trainingRecency([...marks, ...sets], asOf), firstTrainedOn: first };
  }

  function strengthOf(rows: readonly PerformedSetRow[], asOf: IsoDate, sex: Sex | null, bodyWeight: BodyWeightUsed | null) {
    const bests = bestLiftE1rms(liftPoints(rows), asOf);
    const ratios = strengthBalance(bests);
    const scores = sex !== null && bodyWeight !== null ? powerliftingScores(sex, bodyWeight.kg, bests) : null;
    return { bests, ratios, scores };
  }

  return {
    /** The balance of `weeks` weeks of training ending on `asOf` (default: the last 4 weeks up to today). */
    async report(actor: Actor, q: BalanceQuery = {}): Promise<BalanceReport> {
      const userId = requireUser(actor);
      const weeks = q.weeks ?? DEFAULT_WEEKS;
      if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_REPORT_WEEKS) {
        throw ValidationError.field('weeks', `must be a whole number from 1 to ${MAX_REPORT_WEEKS} (got ${weeks})`);
      }
      const asOf = q.asOf === undefined ? await today(userId) : parseIsoDate(q.asOf, 'asOf');

      const [profile, first] = await Promise.all([profiles.get(userId), balance.firstTrainingDay(userId, asOf)]);
      const goal: GoalDirection = profile ? goalInfo(profile.goal as GoalId).direction : 'maintain';
      const sex = profile ? (profile.sex as Sex) : null;
      const trendKg = await deps.trendWeightKg(userId, asOf);
      const bodyWeight: BodyWeightUsed | null = trendKg !== null ? { kg: trendKg, source: 'body-log' } : profile ? { kg: profile.weightKg, source: 'profile' } : null;

      const window = balanceWindow(asOf, weeks, first);
      const seriesFrom = addDays(isoWeekStart(asOf), -7 * (SERIES_WEEKS - 1));
      const strengthFrom = addDays(asOf, 1 - 7 * STRENGTH_WEEKS);
      const spanFrom = [window.from, seriesFrom, strengthFrom].reduce((a, b) => (a < b ? a : b));

      const rows = first === null ? [] : await balance.performedSets(userId, first > spanFrom ? first : spanFrom, asOf, LIFT_SETS);
      const sets = toPerformedSets(rows);
      const recency = first === null ? trainingRecency([], asOf) : await recencyOf(userId, sets, spanFrom, asOf, first);
      const strength = first === null ? null : strengthOf(rows, asOf, sex, bodyWeight);

      const analysis: BalanceAnalysis = { window: windowVolume(sets, window.from, window.to), recency, strength: strength?.ratios ?? null, goal };
      const flags = balanceFlags(analysis);
      const suggestions = balanceSuggestions(analysis, flags, suggestionCatalog()).map((s) => ({
        ...s,
        exercises: s.exercises.map((e) => ({ id: stableExerciseId(STARTER_SOURCE, e.id), name: e.name })),
      }));
      return balanceReportView({
        asOf,
        weeks,
        goal,
        analysis,
        series: weeklySeries(sets, asOf, SERIES_WEEKS),
        strength: { sex, bodyWeight, weeks: STRENGTH_WEEKS, bests: strength?.bests ?? {}, ratios: strength?.ratios ?? { squatKg: null, lifts: [] }, scores: strength?.scores ?? null },
        flags,
        suggestions,
      });
    },
  };
}
export type BalanceService = ReturnType<typeof createBalanceService>;
