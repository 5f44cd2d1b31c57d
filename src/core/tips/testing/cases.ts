// User histories that should and should not trigger each condition (and so each tip of data/tips.json).
// The conditions' test runs them; the library's test uses the firing ones to fill every tip's message.
import type { BecauseValue } from '../condition.js';
import type { TipContext } from '../context.js';
import { AS_OF, body, exercise, expenditure, food, goal, history, muscles, person, sleep, training } from './histories.js';

export interface ConditionCase {
  name: string;
  ctx: TipContext;
  fires: boolean;
  /** Numbers the firing must report in `because`. */
  because?: Record<string, BecauseValue>;
}

const yes = (name: string, ctx: TipContext, because?: Record<string, BecauseValue>): ConditionCase => ({ name, ctx, fires: true, ...(because ? { because } : {}) });
const no = (name: string, ctx: TipContext): ConditionCase => ({ name, ctx, fires: false });

const gain = goal('gain');
const lose = goal('lose');
const nonTrainee = { training: null } as const;
const bench = (percentOff: number) => ({ lift: 'bench-press' as const, e1rmKg: 90 * (1 + percentOff / 100), expectedKg: 90, percentOff, lagging: percentOff < -15, ahead: percentOff > 15 });
const squat = (recentKg: number, earlierKg: number, sessions: number) => ({ lift: 'squat' as const, recentKg, earlierKg, sessions });

export const CONDITION_CASES: Readonly<Record<string, readonly ConditionCase[]>> = {
  'lower-share-low': [
    yes('legs get 20 % of the sets', history({ training: training({ lowerShare: 0.2, lowerSetsPerWeek: 6, upperSetsPerWeek: 24 }) }), { lowerShare: 0.2, lowerSetsPerWeek: 6 }),
    no('legs get 40 %', history()),
    no('legs get exactly 35 %', history({ training: training({ lowerShare: 0.35 }) })),
    no('in the first week of logging', history({ training: training({ historyDays: 5, lowerShare: 0.1 }) })),
    no('no training logged', history(nonTrainee)),
  ],
  'lower-body-gap': [
    yes('legs 12 days ago, upper body yesterday', history({ training: training({ daysSinceLowerBody: 12, daysSinceUpperBody: 1 }) }), { gapDays: 12 }),
    yes('legs never in 20 days of upper-body training', history({ training: training({ daysSinceLowerBody: null, historyDays: 20, daysSinceUpperBody: 2 }) }), { gapDays: 19 }),
    no('legs 9 days ago', history({ training: training({ daysSinceLowerBody: 9 }) })),
    no('nothing trained for 12 days', history({ training: training({ daysSinceLowerBody: 12, daysSinceUpperBody: 12 }) })),
    no('never any upper-body training', history({ training: training({ daysSinceLowerBody: 15, daysSinceUpperBody: null }) })),
  ],
  'legs-balanced': [
    yes('40 % legs, two days ago', history(), { lowerShare: 0.4, daysSinceLowerBody: 2 }),
    no('legs 9 days ago', history({ training: training({ daysSinceLowerBody: 9 }) })),
    no('legs 30 %', history({ training: training({ lowerShare: 0.3 }) })),
  ],
  'leg-hormone-question': [
    yes('a lifter on a maintain goal', history()),
    yes('a lifter on a gain goal', history({ goal: gain }), { goal: 'gain' }),
    no('no training logged', history(nonTrainee)),
    no('no hard sets in four weeks', history({ training: training({ hardSets: 0 }) })),
  ],
  'female-trainee': [
    yes('a woman who lifts', history({ person: person({ sex: 'female', weightKg: 64 }) }), { sex: 'female', trains: true }),
    yes('a woman on a gain goal, not lifting yet', history({ person: person({ sex: 'female' }), goal: gain, ...nonTrainee })),
    no('a man who lifts', history()),
    no('a woman maintaining without training', history({ person: person({ sex: 'female' }), ...nonTrainee })),
    no('no profile', history({ person: null })),
  ],
  'muscle-under-min': [
    yes('calves at 2 sets on a maintain goal', history({ training: training({ setsByMuscle: { ...muscles(12).setsByMuscle, calves: 2 } }) }), { muscles: 'calves', target: 4 }),
    no('every muscle at 12', history()),
    no('calves at 2 on a gain goal (the gain tip speaks)', history({ goal: gain, training: training({ setsByMuscle: { ...muscles(12).setsByMuscle, calves: 2 } }) })),
    no('five days of history', history({ training: training({ historyDays: 5, setsByMuscle: { calves: 0 } }) })),
  ],
  'muscle-under-gain': [
    yes('quadriceps at 6 on a gain goal', history({ goal: gain, training: training({ setsByMuscle: { ...muscles(12).setsByMuscle, quadriceps: 6 } }) }), { muscles: 'quadriceps', target: 10 }),
    no('every muscle at 12 on a gain goal', history({ goal: gain })),
    yes('five muscles short: three named, two more', history({ goal: gain, training: training(muscles(6)) }), { target: 10 }),
    no('quadriceps at 6 on a maintain goal', history({ training: training({ setsByMuscle: { ...muscles(12).setsByMuscle, quadriceps: 6 } }) })),
  ],
  'volume-on-target': [
    yes('every muscle at 12', history()),
    no('8 sets on a gain goal', history({ goal: gain, training: training(muscles(8)) })),
    no('chest at 22', history({ training: training({ setsByMuscle: { ...muscles(12).setsByMuscle, chest: 22 } }) })),
    no('no goal', history({ goal: null })),
  ],
  'muscle-over-20': [
    yes('chest at 24', history({ training: training({ setsByMuscle: { ...muscles(12).setsByMuscle, chest: 24 } }) }), { muscle: 'chest', setsPerWeek: 24 }),
    no('chest at exactly 20', history({ training: training({ setsByMuscle: { ...muscles(12).setsByMuscle, chest: 20 } }) })),
  ],
  'frequency-once': [
    yes('quadriceps 8 sets on one day a week', history({ training: training({ frequency: { ...muscles(12).frequency, quadriceps: 1 } }) }), { muscles: 'quadriceps', daysPerWeek: 1 }),
    no('twice a week throughout', history()),
    no('2 sets on one day (too few to matter)', history({ training: training({ setsByMuscle: { ...muscles(12).setsByMuscle, calves: 2 }, frequency: { ...muscles(12).frequency, calves: 1 } }) })),
    no('ten days of history', history({ training: training({ historyDays: 10, frequency: { ...muscles(12).frequency, quadriceps: 1 } }) })),
  ],
  'push-pull-off': [
    yes('20 push for 8 pull', history({ training: training({ pushSetsPerWeek: 20, pullSetsPerWeek: 8 }) }), { ratio: 2.5 }),
    yes('4 push for 12 pull', history({ training: training({ pushSetsPerWeek: 4, pullSetsPerWeek: 12 }) }), { ratio: 0.33 }),
    yes('pushing with no pulling', history({ training: training({ pushSetsPerWeek: 6, pullSetsPerWeek: 0 }) }), { ratio: null }),
    no('12 push for 10 pull', history({ training: training({ pushSetsPerWeek: 12, pullSetsPerWeek: 10 }) })),
    no('exactly 1.5 to 1', history({ training: training({ pushSetsPerWeek: 15, pullSetsPerWeek: 10 }) })),
    no('under 3 sets in all', history({ training: training({ pushSetsPerWeek: 2, pullSetsPerWeek: 0 }) })),
  ],
  'lift-lagging': [
    yes('bench 22 % below its ratio', history({ training: training({ ratios: [bench(-22)] }) }), { lift: 'bench-press', percentOff: -22 }),
    no('no squat to compare with', history()),
    no('bench 10 % below (within tolerance)', history({ training: training({ ratios: [bench(-10)] }) })),
  ],
  'squat-behind': [
    yes('bench 25 % ahead of its ratio', history({ training: training({ ratios: [bench(25)] }) }), { lift: 'bench-press' }),
    no('bench ahead but deadlift behind', history({ training: training({ ratios: [bench(25), { lift: 'deadlift', e1rmKg: 100, expectedKg: 144, percentOff: -30.6, lagging: true, ahead: false }] }) })),
    no('all in balance', history({ training: training({ ratios: [bench(5)] }) })),
  ],
  'lift-progressing': [
    yes('squat 120 → 125 kg in five sessions', history({ training: training({ lifts: [squat(125, 120, 5)] }) }), { earlierKg: 120, recentKg: 125 }),
    no('squat 120 → 122 kg (1.7 %)', history({ training: training({ lifts: [squat(122, 120, 5)] }) })),
    no('two sessions only', history({ training: training({ lifts: [squat(130, 120, 2)] }) })),
  ],
  'lift-stalled': [
    yes('squat at 120 kg for six weeks', history({ training: training({ lifts: [squat(120, 120, 5)] }) }), { lift: 'squat', sessions: 5 }),
    no('three sessions', history({ training: training({ lifts: [squat(120, 120, 3)] }) })),
    no('a month of history', history({ training: training({ historyDays: 30, lifts: [squat(120, 120, 5)] }) })),
    no('squat going up', history({ training: training({ lifts: [squat(125, 120, 5)] }) })),
  ],
  'training-daily': [
    yes('seven days out of seven', history({ training: training({ trainingDaysLast7: 7 }) }), { trainingDaysLast7: 7 }),
    no('six days out of seven', history({ training: training({ trainingDaysLast7: 6 }) })),
  ],
  'gain-without-training': [
    yes('a gain goal, no workouts ever', history({ goal: gain, ...nonTrainee })),
    yes('a gain goal, no hard sets in four weeks', history({ goal: gain, training: training({ hardSets: 0 }) })),
    no('a gain goal while lifting', history({ goal: gain })),
    no('a maintain goal, no workouts', history(nonTrainee)),
  ],
  'lose-without-training': [
    yes('a lose goal, no workouts', history({ goal: lose, ...nonTrainee })),
    no('a lose goal while lifting', history({ goal: lose })),
    no('a gain goal, no workouts', history({ goal: gain, ...nonTrainee })),
  ],
  'new-to-logging-sets': [
    yes('ten days into logging', history({ training: training({ historyDays: 10, hardSets: 12 }) })),
    no('twenty days in', history({ training: training({ historyDays: 20 }) })),
    no('no hard sets yet', history({ training: training({ historyDays: 3, hardSets: 0 }) })),
  ],
  'leg-session-energy': [
    yes('losing, legs three days ago, 80 kg', history({ goal: lose, training: training({ daysSinceLowerBody: 3 }) }), { netKcalPerHour: 320 }),
    no('losing, legs nine days ago', history({ goal: lose, training: training({ daysSinceLowerBody: 9 }) })),
    no('maintaining', history()),
  ],
  'protein-below-rda': [
    yes('50 g a day at 80 kg', history({ food: food({ meanProteinG: 50 }) }), { proteinGPerKg: 0.63, meanProteinG: 50 }),
    no('64 g a day (exactly 0.8 g/kg)', history({ food: food({ meanProteinG: 64 }) })),
    no('two logged days', history({ food: food({ meanProteinG: 50, days: 2 }) })),
    no('no body weight', history({ person: null, food: food({ meanProteinG: 50 }) })),
    no('mostly calories-only quick adds (protein unknown, not zero)', history({ food: food({ meanProteinG: 20, macroKnownShare: 0.3 }) })),
  ],
  'protein-below-target': [
    yes('100 g on a lose goal', history({ goal: lose, food: food({ meanProteinG: 100 }) }), { proteinGPerKg: 1.25, targetGPerKg: 1.6 }),
    yes('100 g while lifting to maintain', history({ food: food({ meanProteinG: 100 }) })),
    yes('100 g with a few quick adds (85 % known)', history({ goal: lose, food: food({ meanProteinG: 100, macroKnownShare: 0.85 }) })),
    no('quick adds without macros on a lose goal', history({ goal: lose, food: food({ meanProteinG: 10, macroKnownShare: 0.2 }) })),
    no('100 g maintaining without lifting', history({ food: food({ meanProteinG: 100 }), ...nonTrainee })),
    no('120 g (1.5 g/kg)', history({ food: food({ meanProteinG: 120 }) })),
    no('50 g (below the RDA: the other tip)', history({ food: food({ meanProteinG: 50 }) })),
  ],
  'protein-on-target': [
    yes('130 g at 80 kg', history(), { proteinGPerKg: 1.63 }),
    no('190 g', history({ food: food({ meanProteinG: 190 }) })),
    no('maintaining without lifting', history(nonTrainee)),
  ],
  'protein-high': [
    yes('190 g at 80 kg', history({ food: food({ meanProteinG: 190 }) }), { proteinGPerKg: 2.38 }),
    no('176 g (2.2 g/kg)', history({ food: food({ meanProteinG: 176 }) })),
  ],
  'protein-spread': [
    yes('one protein meal a day', history({ food: food({ proteinMealsPerDay: 1.2 }) }), { proteinMealsPerDay: 1.2 }),
    no('two protein meals a day', history({ food: food({ proteinMealsPerDay: 2 }) })),
    no('little protein overall', history({ food: food({ proteinMealsPerDay: 1, meanProteinG: 80 }) })),
    no('meals unknown', history({ food: food({ proteinMealsPerDay: null }) })),
  ],
  'gain-rate-fast': [
    yes('gaining 0.6 kg a week at 80 kg', history({ goal: gain, body: body({ weeklyRateKg: 0.6, rateStatus: 'faster' }) }), { weeklyRateKg: 0.6, leanMaxKg: 0.4 }),
    no('gaining 0.4 kg a week (0.5 %)', history({ goal: gain, body: body({ weeklyRateKg: 0.4 }) })),
    no('maintaining while gaining 0.6 kg', history({ body: body({ weeklyRateKg: 0.6, rateStatus: 'drifting' }) })),
    no('no rate yet', history({ goal: gain, body: body({ weeklyRateKg: null, rateStatus: null }) })),
  ],
  'goal-above-lean': [
    yes('a 1 kg a week gain goal', history({ goal: goal('gain', { weeklyChangeKg: 1, flags: ['gain-above-lean'] }) }), { goalWeeklyKg: 1 }),
    no('a 0.25 kg a week gain goal', history({ goal: gain })),
  ],
  'gain-too-slow': [
    yes('gaining 0.05 kg a week against 0.25', history({ goal: gain, body: body({ weeklyRateKg: 0.05, rateStatus: 'slower' }) }), { weeklyRateKg: 0.05 }),
    yes('losing on a gain goal', history({ goal: gain, body: body({ weeklyRateKg: -0.2, rateStatus: 'wrong-way' }) })),
    no('logged 8 days of 14', history({ goal: gain, food: food({ loggedDaysLast14: 8 }), body: body({ weeklyRateKg: 0.05, rateStatus: 'slower' }) })),
    no('on track', history({ goal: gain, body: body({ weeklyRateKg: 0.25 }) })),
  ],
  'loss-slower': [
    yes('losing 0.2 kg a week against 0.5', history({ goal: lose, body: body({ weeklyRateKg: -0.2, rateStatus: 'slower' }) }), { weeklyRateKg: -0.2, goalWeeklyKg: -0.5 }),
    no('on track', history({ goal: lose, body: body({ weeklyRateKg: -0.5 }) })),
    no('no rate yet', history({ goal: lose, body: body({ weeklyRateKg: null, rateStatus: null }) })),
  ],
  'floor-applied': [
    yes('a budget on the floor', history({ goal: goal('lose', { floorApplied: true, goalKcal: 1500, flags: ['floor-applied'] }) }), { floorKcal: 1500 }),
    no('a budget above the floor', history({ goal: lose })),
  ],
  'over-budget': [
    yes('over on 4 of 7 days', history({ food: food({ daysOverBudget: 4, meanKcal: 2800 }) }), { daysOverBudget: 4, days: 7 }),
    no('over on 2 of 7 days', history({ food: food({ daysOverBudget: 2 }) })),
    no('over on 3 of 7 days (under half)', history({ food: food({ daysOverBudget: 3 }) })),
    no('four logged days', history({ food: food({ days: 4, daysOverBudget: 4 }) })),
  ],
  'far-under-budget': [
    yes('1,500 kcal against a 2,050 budget', history({ goal: lose, food: food({ meanKcal: 1500, meanBudgetKcal: 2050 }) }), { meanKcal: 1500, meanBudgetKcal: 2050 }),
    no('1,700 kcal against 2,050', history({ goal: lose, food: food({ meanKcal: 1700, meanBudgetKcal: 2050 }) })),
    no('maintaining', history({ food: food({ meanKcal: 1500, meanBudgetKcal: 2600 }) })),
  ],
  'logging-gaps': [
    yes('5 of 14 days logged', history({ food: food({ loggedDaysLast14: 5, days: 5 }) }), { loggedDaysLast14: 5 }),
    no('8 of 14 days logged', history({ food: food({ loggedDaysLast14: 8 }) })),
    no('no goal', history({ goal: null, food: food({ loggedDaysLast14: 5 }) })),
  ],
  'no-food-logged': [
    yes('nothing ever logged', history({ food: null })),
    yes('nothing in 14 days', history({ food: food({ loggedDaysLast14: 0, days: 3 }) })),
    no('logging daily', history()),
    no('no goal', history({ goal: null, food: null })),
  ],
  'fiber-low': [
    yes('8 g per 1,000 kcal', history({ food: food({ fiberGPer1000Kcal: 8, meanFiberG: 20 }) }), { fiberGPer1000Kcal: 8 }),
    no('14 g per 1,000 kcal', history()),
    no('fiber unknown', history({ food: food({ fiberGPer1000Kcal: null, meanFiberG: null }) })),
  ],
  'fiber-ok': [yes('14 g per 1,000 kcal', history()), no('10 g per 1,000 kcal', history({ food: food({ fiberGPer1000Kcal: 10, meanFiberG: 25 }) }))],
  'fiber-unknown': [
    yes('70 % of the energy from quick adds', history({ food: food({ unknownFiberShare: 0.7, fiberGPer1000Kcal: null, meanFiberG: null }) }), { unknownShare: 0.7 }),
    no('half from quick adds', history({ food: food({ unknownFiberShare: 0.5 }) })),
  ],
  'fat-low': [
    yes('30 g of fat while lifting', history({ food: food({ meanFatG: 30 }) }), { fatGPerKg: 0.38 }),
    no('40 g of fat (0.5 g/kg)', history({ food: food({ meanFatG: 40 }) })),
    no('maintaining without lifting', history({ food: food({ meanFatG: 30 }), ...nonTrainee })),
    no('fat unknown for most of the energy', history({ food: food({ meanFatG: 5, macroKnownShare: 0.5 }) })),
  ],
  'carbs-low-gain': [
    yes('200 g of carbohydrate, gaining while lifting', history({ goal: gain, food: food({ meanCarbsG: 200 }) }), { carbsGPerKg: 2.5 }),
    no('240 g (3 g/kg)', history({ goal: gain, food: food({ meanCarbsG: 240 }) })),
    no('maintaining', history({ food: food({ meanCarbsG: 200 }) })),
  ],
  'exercise-energy-estimate': [
    yes('losing, 700 kcal of exercise eaten back', history({ goal: lose, exercise: exercise({ kcalLast7: 700 }) }), { exerciseKcalLast7: 700 }),
    yes('losing slower than planned', history({ goal: lose, exercise: exercise({ kcalLast7: 700 }), body: body({ weeklyRateKg: -0.1, rateStatus: 'slower' }) }), { rateStatus: 'slower' }),
    no('exercise kept out of the budget', history({ goal: lose, exercise: exercise({ kcalLast7: 700, inBudget: false }) })),
    no('200 kcal of exercise', history({ goal: lose, exercise: exercise({ kcalLast7: 200 }) })),
    no('gaining', history({ goal: gain, exercise: exercise({ kcalLast7: 700 }) })),
  ],
  'exercise-not-in-budget-gain': [
    yes('gaining, 900 kcal of exercise left out', history({ goal: gain, exercise: exercise({ kcalLast7: 900, inBudget: false }) }), { exerciseKcalLast7: 900 }),
    no('exercise in the budget', history({ goal: gain, exercise: exercise({ kcalLast7: 900 }) })),
    no('200 kcal of exercise', history({ goal: gain, exercise: exercise({ kcalLast7: 200, inBudget: false }) })),
  ],
  'scale-off-trend': [
    yes('1.2 kg above the trend today', history({ body: body({ latest: { date: AS_OF, scaleKg: 81.2, trendKg: 80 } }) }), { differenceKg: 1.2 }),
    no('0.5 kg above', history({ body: body({ latest: { date: AS_OF, scaleKg: 80.5, trendKg: 80 } }) })),
    no('the last weigh-in 4 days ago', history({ body: body({ latest: { date: '2026-11-16', scaleKg: 82, trendKg: 80 } }) })),
    no('never weighed', history({ body: body({ latest: null }) })),
  ],
  'weigh-more-often': [
    yes('3 weigh-ins in 14 days', history({ body: body({ weighInDaysLast14: 3 }) }), { weighInDaysLast14: 3 }),
    no('5 weigh-ins', history({ body: body({ weighInDaysLast14: 5 }) })),
    no('none', history({ body: body({ weighInDaysLast14: 0 }) })),
  ],
  'no-weigh-ins': [
    yes('no body log', history({ body: null })),
    yes('none in 14 days', history({ body: body({ weighInDaysLast14: 0 }) })),
    no('weighing most days', history()),
    no('no goal', history({ goal: null, body: null })),
  ],
  'on-track': [
    yes('losing 0.5 kg a week as planned', history({ goal: lose, body: body({ weeklyRateKg: -0.48 }) }), { weeklyRateKg: -0.48 }),
    no('maintaining', history()),
    no('losing slower', history({ goal: lose, body: body({ weeklyRateKg: -0.2, rateStatus: 'slower' }) })),
  ],
  'loss-faster': [
    yes('losing 0.9 kg a week (over 1 %)', history({ goal: lose, body: body({ weeklyRateKg: -0.9, rateStatus: 'faster' }) }), { shareOfWeight: 0.0113 }),
    yes('losing 0.7 kg a week', history({ goal: lose, body: body({ weeklyRateKg: -0.7, rateStatus: 'faster' }) })),
    no('on track', history({ goal: lose, body: body({ weeklyRateKg: -0.5 }) })),
  ],
  'loss-wrong-way': [
    yes('gaining 0.2 kg a week on a lose goal', history({ goal: lose, body: body({ weeklyRateKg: 0.2, rateStatus: 'wrong-way' }) }), { weeklyRateKg: 0.2 }),
    no('losing slower', history({ goal: lose, body: body({ weeklyRateKg: -0.2, rateStatus: 'slower' }) })),
  ],
  'loss-long-haul': [
    yes('five weeks of weigh-ins on a lose goal', history({ goal: lose, body: body({ daysSinceFirstWeighIn: 35, weeklyRateKg: -0.5 }) }), { daysSinceFirstWeighIn: 35 }),
    no('three weeks in', history({ goal: lose, body: body({ daysSinceFirstWeighIn: 20 }) })),
    no('the trend going the wrong way', history({ goal: lose, body: body({ weeklyRateKg: 0.2, rateStatus: 'wrong-way' }) })),
  ],
  'maintain-drifting': [
    yes('rising 0.3 kg a week while maintaining', history({ body: body({ weeklyRateKg: 0.3, rateStatus: 'drifting' }) }), { weeklyRateKg: 0.3 }),
    no('steady', history()),
    no('a gain goal', history({ goal: gain, body: body({ weeklyRateKg: 0.3, rateStatus: 'on-track' }) })),
  ],
  'expenditure-differs': [
    yes('logs say 2,950 against the formula’s 2,600', history({ expenditure: expenditure({ learnedKcal: 2950, differenceShare: 0.135 }) }), { learnedKcal: 2950, formulaKcal: 2600 }),
    no('8 % apart', history({ expenditure: expenditure({ learnedKcal: 2808, differenceShare: 0.08 }) })),
    no('still mostly the formula', history({ expenditure: expenditure({ learnedKcal: 2950, differenceShare: 0.135, priorShare: 0.7 }) })),
    no('no estimate', history({ expenditure: null })),
  ],
  'gain-composition': [
    yes('gaining 0.3 kg a week', history({ goal: gain, body: body({ weeklyRateKg: 0.3 }) }), { weeklyRateKg: 0.3 }),
    no('losing on a gain goal', history({ goal: gain, body: body({ weeklyRateKg: -0.1, rateStatus: 'wrong-way' }) })),
    no('maintaining', history({ body: body({ weeklyRateKg: 0.3, rateStatus: 'drifting' }) })),
  ],
  'sleep-short': [
    yes('6.5 h over 5 nights', history({ sleep: sleep({ nights: 5, averageHours: 6.5 }) }), { averageHours: 6.5, nights: 5 }),
    no('7 h', history({ sleep: sleep({ averageHours: 7 }) })),
    no('5.5 h (the very-short tip)', history({ sleep: sleep({ averageHours: 5.5 }) })),
    no('two nights logged', history({ sleep: sleep({ nights: 2, averageHours: 6.5 }) })),
  ],
  'sleep-very-short': [
    yes('5.5 h', history({ sleep: sleep({ averageHours: 5.5 }) }), { averageHours: 5.5 }),
    no('6 h', history({ sleep: sleep({ averageHours: 6 }) })),
  ],
  'sleep-ok': [yes('7.5 h', history()), no('6.9 h', history({ sleep: sleep({ averageHours: 6.9 }) }))],
  'sleep-unlogged': [
    yes('lifting, no sleep logged', history({ sleep: null })),
    yes('lifting, no night this week', history({ sleep: sleep({ nights: 0, averageHours: 0 }) })),
    no('sleep logged', history()),
    no('not training', history({ sleep: null, ...nonTrainee })),
  ],
};
