// Small builders of TipContext snapshots for the tips' table-driven tests: each starts from a balanced,
// well-logged person and changes only what a case is about.
import type { GoalDirection } from '../../energy/macros.js';
import { MAJOR_MUSCLES, type MuscleId } from '../../training/muscles.js';
import type { TipBody, TipContext, TipExercise, TipExpenditure, TipFood, TipGoal, TipPerson, TipSleep, TipTraining } from '../context.js';

export const AS_OF = '2026-11-20';

export const person = (o: Partial<TipPerson> = {}): TipPerson => ({ sex: 'male', age: 30, weightKg: 80, ...o });

export function goal(direction: GoalDirection, o: Partial<TipGoal> = {}): TipGoal {
  return {
    direction,
    weeklyChangeKg: direction === 'gain' ? 0.25 : direction === 'lose' ? -0.5 : 0,
    goalKcal: direction === 'gain' ? 2900 : direction === 'lose' ? 2050 : 2600,
    maintenanceKcal: 2600,
    floorApplied: false,
    floorKcal: direction === 'lose' ? 1500 : null,
    proteinTargetGPerKg: direction === 'maintain' ? 0.8 : 1.6,
    flags: [],
    ...o,
  };
}

/** Every major muscle at `sets` a week on `days` days a week. */
export function muscles(sets: number, days = 2): { setsByMuscle: Partial<Record<MuscleId, number>>; frequency: Partial<Record<MuscleId, number>> } {
  return {
    setsByMuscle: Object.fromEntries(MAJOR_MUSCLES.map((m) => [m, sets])),
    frequency: Object.fromEntries(MAJOR_MUSCLES.map((m) => [m, days])),
  };
}

/** A balanced lifter: 12 sets a week for every major muscle, twice a week, legs 40 % of sets, push = pull. */
export function training(o: Partial<TipTraining> = {}): TipTraining {
  return {
    firstTrainedOn: '2026-09-01',
    historyDays: 81,
    windowDays: 28,
    hardSets: 160,
    ...muscles(12),
    upperSetsPerWeek: 30,
    lowerSetsPerWeek: 20,
    lowerShare: 0.4,
    pushSetsPerWeek: 14,
    pullSetsPerWeek: 14,
    pushPullRatio: 1,
    daysSinceLowerBody: 2,
    daysSinceUpperBody: 1,
    trainingDaysLast7: 4,
    flags: [],
    ratios: [],
    lifts: [],
    ...o,
  };
}

/** A week of complete, on-budget logs: 1.6 g/kg protein at 80 kg, 14 g fiber per 1,000 kcal, three protein meals a day. */
export function food(o: Partial<TipFood> = {}): TipFood {
  return {
    loggedDaysLast14: 13,
    days: 7,
    meanKcal: 2500,
    meanProteinG: 130,
    meanFatG: 80,
    meanCarbsG: 300,
    meanFiberG: 35,
    fiberGPer1000Kcal: 14,
    unknownFiberShare: 0,
    macroKnownShare: 1,
    meanBudgetKcal: 2550,
    daysOverBudget: 0,
    proteinMealsPerDay: 3,
    ...o,
  };
}

export function body(o: Partial<TipBody> = {}): TipBody {
  return {
    weighInDaysLast14: 10,
    latest: { date: AS_OF, scaleKg: 80.2, trendKg: 80 },
    weeklyRateKg: 0.02,
    rateStatus: 'on-track',
    daysSinceFirstWeighIn: 60,
    ...o,
  };
}

export const sleep = (o: Partial<TipSleep> = {}): TipSleep => ({ nights: 6, averageHours: 7.5, ...o });
export const exercise = (o: Partial<TipExercise> = {}): TipExercise => ({ inBudget: true, kcalLast7: 100, ...o });
export const expenditure = (o: Partial<TipExpenditure> = {}): TipExpenditure => ({ learnedKcal: 2650, formulaKcal: 2600, differenceShare: 0.019, priorShare: 0.3, ...o });

/** A person on a maintain goal with everything logged and in order; `o` replaces whole parts. */
export function history(o: Partial<TipContext> = {}): TipContext {
  return {
    asOf: AS_OF,
    units: 'metric',
    person: person(),
    goal: goal('maintain'),
    food: food(),
    training: training(),
    exercise: exercise(),
    body: body(),
    expenditure: expenditure(),
    sleep: sleep(),
    ...o,
  };
}
