// When the body and recovery tips apply: the trend against the scale and the goal (The Hacker's Diet,
// science.md §4), what a weekly rate means over months (Hall 2011), learned against formula expenditure,
// and sleep (Watson 2015).
import { daysBetween } from '../../dates.js';
import { roundTo } from '../../rounding.js';
import { clampScore, type Condition } from '../condition.js';
import { kcal, num, rate, weight } from '../format.js';

/** Scale minus trend that counts as a swing worth explaining, kg. */
export const SCALE_SWING_KG = 0.8;
/** Learned expenditure this far from the formula's is a disagreement (as expenditure.ts, 10 %). */
export const EXPENDITURE_DISAGREEMENT = 0.1;
/** The estimate must lean on the logs more than on the formula prior before the tip speaks. */
const MAX_PRIOR_SHARE = 0.5;
/** Adults should sleep at least 7 hours a night (Watson 2015). */
export const SLEEP_MIN_HOURS = 7;
/** Nights logged in the week before a sleep tip speaks. */
export const MIN_SLEEP_NIGHTS = 3;

const signed = (kgPerWeek: number, units: 'metric' | 'imperial') => `${kgPerWeek < 0 ? '−' : '+'}${rate(kgPerWeek, units)}`;

export const bodyConditions: Record<string, Condition> = {
  /** The last weigh-in (within 2 days) sits ≥ 0.8 kg off the trend. */
  'scale-off-trend': (ctx) => {
    const l = ctx.body?.latest;
    if (!l || daysBetween(l.date, ctx.asOf) > 2) return null;
    const diff = l.scaleKg - l.trendKg;
    if (Math.abs(diff) < SCALE_SWING_KG) return null;
    return {
      score: clampScore(25 + 10 * Math.abs(diff)),
      because: { date: l.date, scaleKg: roundTo(l.scaleKg, 1), trendKg: roundTo(l.trendKg, 1), differenceKg: roundTo(diff, 1) },
      fill: { scale: weight(l.scaleKg, ctx.units), trend: weight(l.trendKg, ctx.units), diff: weight(Math.abs(diff), ctx.units), direction: diff > 0 ? 'above' : 'below' },
    };
  },

  /** A goal and weigh-ins on only 1–4 of the last 14 days. */
  'weigh-more-often': (ctx) => {
    const b = ctx.body;
    if (!ctx.goal || !b || b.weighInDaysLast14 < 1 || b.weighInDaysLast14 > 4) return null;
    return { score: 28, because: { weighInDaysLast14: b.weighInDaysLast14 }, fill: { days: b.weighInDaysLast14 } };
  },

  /** A goal and no weigh-in in the last 14 days. */
  'no-weigh-ins': (ctx) => {
    if (!ctx.goal || (ctx.body !== null && ctx.body.weighInDaysLast14 > 0)) return null;
    return { score: 18, because: { weighInDaysLast14: 0 }, fill: {} };
  },

  /** Losing or gaining on plan: encouragement. */
  'on-track': (ctx) => {
    const b = ctx.body;
    const g = ctx.goal;
    if (!g || g.direction === 'maintain' || !b || b.weeklyRateKg === null || b.rateStatus !== 'on-track') return null;
    return {
      score: 10,
      because: { weeklyRateKg: roundTo(b.weeklyRateKg, 2), goalWeeklyKg: roundTo(g.weeklyChangeKg, 2) },
      fill: { rate: signed(b.weeklyRateKg, ctx.units), goalRate: signed(g.weeklyChangeKg, ctx.units) },
    };
  },

  /** A lose goal, losing faster than planned. */
  'loss-faster': (ctx) => {
    const b = ctx.body;
    const g = ctx.goal;
    if (g?.direction !== 'lose' || !b || b.weeklyRateKg === null || b.rateStatus !== 'faster') return null;
    const share = ctx.person ? -b.weeklyRateKg / ctx.person.weightKg : null;
    return {
      score: share !== null && share > 0.01 ? 50 : 35,
      because: { weeklyRateKg: roundTo(b.weeklyRateKg, 2), goalWeeklyKg: roundTo(g.weeklyChangeKg, 2), shareOfWeight: share === null ? null : roundTo(share, 4) },
      fill: { rate: rate(b.weeklyRateKg, ctx.units), goalRate: rate(g.weeklyChangeKg, ctx.units) },
    };
  },

  /** A lose goal while the trend rises. */
  'loss-wrong-way': (ctx) => {
    const b = ctx.body;
    const g = ctx.goal;
    if (g?.direction !== 'lose' || !b || b.weeklyRateKg === null || b.rateStatus !== 'wrong-way') return null;
    return {
      score: 55,
      because: { weeklyRateKg: roundTo(b.weeklyRateKg, 2), goalWeeklyKg: roundTo(g.weeklyChangeKg, 2) },
      fill: { rate: rate(b.weeklyRateKg, ctx.units), goalRate: rate(g.weeklyChangeKg, ctx.units) },
    };
  },

  /** Four weeks or more into a lose goal: what to expect over months. */
  'loss-long-haul': (ctx) => {
    const b = ctx.body;
    if (ctx.goal?.direction !== 'lose' || !b || b.daysSinceFirstWeighIn === null || b.daysSinceFirstWeighIn < 28 || b.rateStatus === 'wrong-way') return null;
    return { score: 12, because: { daysSinceFirstWeighIn: b.daysSinceFirstWeighIn }, fill: { weeks: Math.floor(b.daysSinceFirstWeighIn / 7) } };
  },

  /** A maintain goal while the trend drifts either way. */
  'maintain-drifting': (ctx) => {
    const b = ctx.body;
    if (ctx.goal?.direction !== 'maintain' || !b || b.weeklyRateKg === null || b.rateStatus !== 'drifting') return null;
    return {
      score: 35,
      because: { weeklyRateKg: roundTo(b.weeklyRateKg, 2) },
      fill: { rate: rate(b.weeklyRateKg, ctx.units), direction: b.weeklyRateKg > 0 ? 'rising' : 'falling' },
    };
  },

  /** Learned expenditure more than 10 % from the formula's maintenance, mostly from the logs. */
  'expenditure-differs': (ctx) => {
    const e = ctx.expenditure;
    if (!e || Math.abs(e.differenceShare) <= EXPENDITURE_DISAGREEMENT || e.priorShare > MAX_PRIOR_SHARE) return null;
    return {
      score: 38,
      because: { learnedKcal: Math.round(e.learnedKcal), formulaKcal: Math.round(e.formulaKcal), differenceShare: roundTo(e.differenceShare, 3), priorShare: roundTo(e.priorShare, 2) },
      fill: { learned: kcal(e.learnedKcal), formula: kcal(e.formulaKcal), percent: num(Math.abs(e.differenceShare) * 100, 0), moreLess: e.differenceShare > 0 ? 'more' : 'less' },
    };
  },

  /** A gain goal with the trend rising: what the gain is made of. */
  'gain-composition': (ctx) => {
    const b = ctx.body;
    if (ctx.goal?.direction !== 'gain' || !b || b.weeklyRateKg === null || b.weeklyRateKg <= 0) return null;
    return { score: 12, because: { weeklyRateKg: roundTo(b.weeklyRateKg, 2) }, fill: { rate: rate(b.weeklyRateKg, ctx.units) } };
  },
};

export const recoveryConditions: Record<string, Condition> = {
  /** 6 to under 7 hours a night over ≥ 3 logged nights of the week. */
  'sleep-short': (ctx) => {
    const s = ctx.sleep;
    if (!s || s.nights < MIN_SLEEP_NIGHTS || s.averageHours >= SLEEP_MIN_HOURS || s.averageHours < 6) return null;
    return { score: 40, because: { averageHours: roundTo(s.averageHours, 1), nights: s.nights }, fill: { hours: num(s.averageHours), nights: s.nights } };
  },

  /** Under 6 hours a night over ≥ 3 logged nights of the week. */
  'sleep-very-short': (ctx) => {
    const s = ctx.sleep;
    if (!s || s.nights < MIN_SLEEP_NIGHTS || s.averageHours >= 6) return null;
    return {
      score: 60,
      because: { averageHours: roundTo(s.averageHours, 1), nights: s.nights },
      fill: { hours: num(s.averageHours), nights: s.nights, short: num(SLEEP_MIN_HOURS - s.averageHours) },
    };
  },

  /** At least 7 hours a night: encouragement. */
  'sleep-ok': (ctx) => {
    const s = ctx.sleep;
    if (!s || s.nights < MIN_SLEEP_NIGHTS || s.averageHours < SLEEP_MIN_HOURS) return null;
    return { score: 6, because: { averageHours: roundTo(s.averageHours, 1), nights: s.nights }, fill: { hours: num(s.averageHours) } };
  },

  /** Training, but no night of sleep logged this week. */
  'sleep-unlogged': (ctx) => {
    if ((ctx.training?.hardSets ?? 0) === 0 || (ctx.sleep !== null && ctx.sleep.nights > 0)) return null;
    return { score: 10, because: { nightsLogged: 0, hardSets: ctx.training!.hardSets }, fill: {} };
  },
};
