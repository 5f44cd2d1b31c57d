// Builds the TipContext of one user on one as-of date from the profile and goal, the food diary, the
// workout log and balance coach, the body log and sleep. Reads only the days each part needs; a part
// without data stays null so its tips stay quiet.
import { dailyMeans, rateAgainstGoal, TREND_WARMUP_DAYS, weeklyTrendRateKg, weightTrend } from '../core/body/trend.js';
import { addDays, ageOn, daysBetween, type IsoDate } from '../core/dates.js';
import { goalInfo, type Sex } from '../core/energy/index.js';
import { EXPENDITURE_WINDOW_DAYS, learnExpenditure } from '../core/energy/expenditure.js';
import type { TipBody, TipContext, TipExpenditure, TipFood, TipGoal, TipLiftProgress, TipPerson, TipSleep, TipTraining } from '../core/tips/context.js';
import { PROTEIN_PER_MEAL_G_PER_KG } from '../core/tips/conditions/nutrition.js';
import { LIFT_EXERCISE_IDS, type BalanceLift } from '../core/training/strength.js';
import type { UnitSystem } from '../core/units.js';
import type { BodyRepository, DiaryEntryRow, DiaryRepository, ProfileRepository, SettingsRepository, WorkoutRepository } from '../store/index.js';
import type { Actor } from './actor.js';
import type { BalanceReport } from './balance-view.js';
import { stableExerciseId } from './importers/exercise-rows.js';
import type { GoalView } from './profile.service.js';
import { STARTER_SOURCE } from './starter-exercises.js';

/** Days of food the means look back over for the last logged days. */
const FOOD_LOOKBACK_DAYS = 28;
/** Logged days the food means are over. */
const FOOD_DAYS = 7;
/** Weeks of lift history the progress check reads: 3 recent weeks against the 3 before. */
const LIFT_WEEKS = 6;
/** The lifts whose progress the tips follow (the balance coach's big lifts). */
const PROGRESS_LIFTS: readonly BalanceLift[] = ['squat', 'bench-press', 'deadlift', 'overhead-press'];

/** What the context reads, from the other services and repositories. */
export interface TipContextDeps {
  profiles: ProfileRepository;
  settings: SettingsRepository;
  diary: DiaryRepository;
  body: BodyRepository;
  workouts: WorkoutRepository;
  /** The goal in force (formula or learned budget); throws NotFoundError without a profile. */
  goal(actor: Actor): Promise<GoalView>;
  /** The balance coach's report of the 4 weeks ending on `asOf`. */
  balance(actor: Actor, asOf: IsoDate): Promise<BalanceReport>;
  /** Net exercise kcal per day. */
  exerciseKcalByDate(userId: string, from: IsoDate, to: IsoDate): Promise<Map<string, number>>;
  /** One point per session of each exercise (best e1RM of sets of 1–10 reps), read together; unknown ids are left out. */
  exercisesProgress(actor: Actor, exerciseIds: readonly string[], from: IsoDate): Promise<ReadonlyMap<string, { points: ReadonlyArray<{ date: string; e1rmKg: number | null }> }>>;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

function goalOf(view: GoalView): TipGoal {
  return {
    direction: goalInfo(view.input.goal).direction,
    weeklyChangeKg: view.weeklyChangeKg,
    goalKcal: view.goalKcal,
    maintenanceKcal: view.maintenanceKcal,
    floorApplied: view.floorApplied,
    floorKcal: view.floorKcal,
    proteinTargetGPerKg: view.macros.proteinGPerKg,
    flags: view.flags.map((f) => f.code),
  };
}

/** Food over the last FOOD_DAYS logged days before `asOf` (within FOOD_LOOKBACK_DAYS); null when none. */
async function foodOf(deps: TipContextDeps, userId: string, asOf: IsoDate, budget: { goalKcal: number | null; inBudget: boolean; exercise: Map<string, number> }, weightKg: number | null): Promise<TipFood | null> {
  const totals = (await deps.diary.dayTotals(userId, addDays(asOf, -FOOD_LOOKBACK_DAYS), addDays(asOf, -1))).filter((d) => d.entries > 0);
  if (totals.length === 0) return null;
  const from14 = addDays(asOf, -14);
  const days = totals.slice(-FOOD_DAYS);
  // The logged days are the latest ones, so the span from the first to the last holds only their entries: one read.
  const byDay = new Map<string, DiaryEntryRow[]>();
  for (const r of await deps.diary.listBetween(userId, days[0]!.date, days.at(-1)!.date)) {
    const list = byDay.get(r.date);
    if (list) list.push(r);
    else byDay.set(r.date, [r]);
  }
  const perDay = days.map((d) => {
    const rows = byDay.get(d.date) ?? [];
    const meals = new Map<string, number>();
    for (const r of rows) meals.set(r.meal, (meals.get(r.meal) ?? 0) + r.proteinG);
    const known = rows.filter((r) => r.fiberG !== null);
    // A calories-only quick add stores 0 g of each macro: unknown, not zero.
    const macroKcal = rows.filter((r) => r.proteinG + r.fatG + r.carbsG > 0).reduce((s, r) => s + r.energyKcal, 0);
    const exercise = budget.inBudget ? (budget.exercise.get(d.date) ?? 0) : 0;
    return {
      kcal: rows.reduce((s, r) => s + r.energyKcal, 0),
      protein: rows.reduce((s, r) => s + r.proteinG, 0),
      fat: rows.reduce((s, r) => s + r.fatG, 0),
      carbs: rows.reduce((s, r) => s + r.carbsG, 0),
      fiber: known.reduce((s, r) => s + (r.fiberG ?? 0), 0),
      fiberKnownKcal: known.reduce((s, r) => s + r.energyKcal, 0),
      macroKcal,
      proteinMeals: weightKg === null ? 0 : [...meals.values()].filter((g) => g >= PROTEIN_PER_MEAL_G_PER_KG.low * weightKg).length,
      budgetKcal: budget.goalKcal === null ? null : budget.goalKcal + exercise,
    };
  });
  const kcal = perDay.reduce((s, d) => s + d.kcal, 0);
  const knownKcal = perDay.reduce((s, d) => s + d.fiberKnownKcal, 0);
  const unknownShare = kcal > 0 ? 1 - knownKcal / kcal : 0;
  const fiberKnown = unknownShare <= 0.2 && knownKcal > 0;
  const fiber = perDay.reduce((s, d) => s + d.fiber, 0);
  return {
    loggedDaysLast14: totals.filter((d) => d.date >= from14).length,
    days: perDay.length,
    meanKcal: kcal / perDay.length,
    meanProteinG: mean(perDay.map((d) => d.protein)),
    meanFatG: mean(perDay.map((d) => d.fat)),
    meanCarbsG: mean(perDay.map((d) => d.carbs)),
    // Fiber of the entries that have it, scaled to all the energy when a little is unknown.
    meanFiberG: fiberKnown ? ((fiber / knownKcal) * kcal) / perDay.length : null,
    fiberGPer1000Kcal: fiberKnown ? (fiber / knownKcal) * 1000 : null,
    unknownFiberShare: Math.max(0, unknownShare),
    macroKnownShare: kcal > 0 ? Math.min(1, perDay.reduce((s, d) => s + d.macroKcal, 0) / kcal) : 1,
    meanBudgetKcal: budget.goalKcal === null ? null : mean(perDay.map((d) => d.budgetKcal!)),
    daysOverBudget: perDay.filter((d) => d.budgetKcal !== null && d.kcal - d.budgetKcal > 100).length,
    proteinMealsPerDay: weightKg === null ? null : mean(perDay.map((d) => d.proteinMeals)),
  };
}

/** Best e1RM of each big lift trained lately: the last 3 weeks against the 3 before. */
async function liftsOf(deps: TipContextDeps, actor: Actor, asOf: IsoDate, report: BalanceReport): Promise<TipLiftProgress[]> {
  const from = addDays(asOf, 1 - 7 * LIFT_WEEKS);
  const split = addDays(asOf, 1 - 7 * (LIFT_WEEKS / 2));
  const lifts = PROGRESS_LIFTS.filter((lift) => report.strength.e1rmKg[lift] !== null && report.strength.e1rmKg[lift] !== undefined);
  const idsOf = (lift: BalanceLift) => LIFT_EXERCISE_IDS[lift].map((sourceId) => stableExerciseId(STARTER_SOURCE, sourceId));
  // One read for every lift; the starter catalog may lack one (a fresh test database): no progress to read.
  const progress = lifts.length === 0 ? new Map() : await deps.exercisesProgress(actor, lifts.flatMap(idsOf), from);
  const out: TipLiftProgress[] = [];
  for (const lift of lifts) {
    const points: Array<{ date: string; kg: number }> = [];
    for (const id of idsOf(lift)) {
      for (const p of progress.get(id)?.points ?? []) if (p.e1rmKg !== null && p.date >= from && p.date <= asOf) points.push({ date: p.date, kg: p.e1rmKg });
    }
    const recent = points.filter((p) => p.date >= split).map((p) => p.kg);
    const earlier = points.filter((p) => p.date < split).map((p) => p.kg);
    if (recent.length === 0 || earlier.length === 0) continue;
    out.push({ lift, recentKg: Math.max(...recent), earlierKg: Math.max(...earlier), sessions: new Set(points.map((p) => p.date)).size });
  }
  return out;
}

async function trainingOf(deps: TipContextDeps, actor: Actor, userId: string, asOf: IsoDate, preloaded?: BalanceReport): Promise<TipTraining | null> {
  const r = preloaded ?? (await deps.balance(actor, asOf));
  if (r.firstTrainedOn === null) return null;
  const [week, lifts] = await Promise.all([deps.workouts.list(userId, { from: addDays(asOf, -6), to: asOf }), liftsOf(deps, actor, asOf, r)]);
  return {
    firstTrainedOn: r.firstTrainedOn,
    historyDays: daysBetween(r.firstTrainedOn, asOf) + 1,
    windowDays: r.windowDays,
    hardSets: r.hardSets,
    setsByMuscle: r.setsByMuscle,
    frequency: r.frequency,
    upperSetsPerWeek: r.regionSets.upper,
    lowerSetsPerWeek: r.regionSets.lower,
    lowerShare: r.lowerShare,
    pushSetsPerWeek: r.pushSets,
    pullSetsPerWeek: r.pullSets,
    pushPullRatio: r.pushPullRatio,
    daysSinceLowerBody: r.daysSince.regions.lower,
    daysSinceUpperBody: r.daysSince.regions.upper,
    trainingDaysLast7: new Set(week.map((w) => w.date)).size,
    flags: r.flags.map((f) => f.code),
    ratios: r.strength.ratios.map((l) => ({ lift: l.lift, e1rmKg: l.e1rmKg, expectedKg: l.expectedKg, percentOff: l.percentOff, lagging: l.lagging, ahead: l.ahead })),
    lifts,
  };
}

function bodyOf(days: ReadonlyArray<{ date: string; kg: number }>, asOf: IsoDate, goal: TipGoal | null): TipBody | null {
  if (days.length === 0) return null;
  const trend = weightTrend(days);
  const last = trend[trend.length - 1]!;
  const rate = weeklyTrendRateKg(days, asOf);
  return {
    weighInDaysLast14: days.filter((d) => d.date >= addDays(asOf, -13)).length,
    latest: { date: last.date, scaleKg: last.kg, trendKg: last.trendKg },
    weeklyRateKg: rate,
    rateStatus: rate !== null && goal ? rateAgainstGoal(rate, goal.weeklyChangeKg).status : null,
    daysSinceFirstWeighIn: daysBetween(days[0]!.date, asOf),
  };
}

function expenditureOf(days: ReadonlyArray<{ date: string; kg: number }>, intake: ReadonlyArray<{ date: string; kcal: number }>, asOf: IsoDate, goal: TipGoal | null): TipExpenditure | null {
  if (!goal) return null;
  const e = learnExpenditure({ asOf: addDays(asOf, -1), weighIns: days, intake: intake.map((d) => ({ ...d, complete: true })), priorKcal: goal.maintenanceKcal });
  if (e.kcal === null || e.priorShare === null) return null;
  return { learnedKcal: e.kcal, formulaKcal: goal.maintenanceKcal, differenceShare: (e.kcal - goal.maintenanceKcal) / goal.maintenanceKcal, priorShare: e.priorShare };
}

/**
 * The user's numbers on `asOf` for the tips' conditions; the caller has authorized `actor`. A balance report
 * the caller already has for the same day (the home screen's) is used instead of a second one.
 */
export async function buildTipContext(deps: TipContextDeps, actor: Actor, asOf: IsoDate, preloaded: { balance?: BalanceReport | undefined } = {}): Promise<TipContext> {
  const userId = actor.userId;
  const [profile, prefs, weights, exercise] = await Promise.all([
    deps.profiles.get(userId),
    deps.settings.get(userId),
    deps.body.weights(userId, asOf, addDays(asOf, -TREND_WARMUP_DAYS)),
    deps.exerciseKcalByDate(userId, addDays(asOf, -FOOD_LOOKBACK_DAYS), asOf),
  ]);
  const units = (profile?.units as UnitSystem | undefined) ?? 'metric';
  const goalView = profile ? await deps.goal(actor) : null;
  const goal = goalView ? goalOf(goalView) : null;
  const weighIns = dailyMeans(weights.map((w) => ({ date: w.date, kg: w.weightG / 1000 })));
  const trendKg = weighIns.length > 0 ? weightTrend(weighIns).at(-1)!.trendKg : null;
  const person: TipPerson | null = profile ? { sex: profile.sex as Sex, age: ageOn(profile.birthDate, asOf), weightKg: trendKg ?? profile.weightKg } : null;
  const report = preloaded.balance?.asOf === asOf && preloaded.balance.weeks === 4 ? preloaded.balance : undefined;
  const [food, training, nights, intake] = await Promise.all([
    foodOf(deps, userId, asOf, { goalKcal: goal?.goalKcal ?? null, inBudget: prefs.exerciseEnergyInBudget, exercise }, person?.weightKg ?? null),
    trainingOf(deps, actor, userId, asOf, report),
    deps.body.listSleep(userId, addDays(asOf, -6), asOf, 7),
    deps.diary.dayTotals(userId, addDays(asOf, -EXPENDITURE_WINDOW_DAYS), addDays(asOf, -1)),
  ]);
  const sleep: TipSleep | null = nights.length === 0 ? null : { nights: nights.length, averageHours: mean(nights.map((n) => n.durationS)) / 3600 };
  let kcalLast7 = 0;
  for (const [date, kcal] of exercise) if (date >= addDays(asOf, -6) && date <= asOf) kcalLast7 += kcal;
  return {
    asOf,
    units,
    person,
    goal,
    food,
    training,
    exercise: { inBudget: prefs.exerciseEnergyInBudget, kcalLast7 },
    body: bodyOf(weighIns, asOf, goal),
    expenditure: expenditureOf(weighIns, intake.filter((d) => d.entries > 0).map((d) => ({ date: d.date, kcal: d.energyKcal })), asOf, goal),
    sleep,
  };
}
