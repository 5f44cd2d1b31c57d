// When the training tips apply: whole-body volume, legs, frequency, push/pull, the big lifts' ratios and
// progress, rest days. Thresholds follow the balance coach (training/verdict.ts, science.md §5.2, §6.1).
import { roundTo } from '../../rounding.js';
import { MAJOR_MUSCLES, type MuscleId } from '../../training/muscles.js';
import { GAIN_SETS_PER_WEEK, LOWER_GAP_DAYS, LOWER_SHARE_MIN, MIN_HISTORY_DAYS, MIN_SETS_PER_WEEK, PUSH_PULL_MAX, PUSH_PULL_MIN } from '../../training/verdict.js';
import { clampScore, type Condition } from '../condition.js';
import type { TipContext, TipTraining } from '../context.js';
import { between, capitalize, daysAgo, liftName, list, muscle, num, pct, weight, windowText } from '../format.js';

/** Above this many weekly hard sets a muscle gets no clear extra growth (Baz-Valle 2022, science.md §6.1). */
export const HIGH_SETS_PER_WEEK = 20;
/** A muscle trained on fewer days a week than this is trained about once a week. */
export const ONCE_A_WEEK_BELOW = 1.5;
/** A lift whose best e1RM of the last 3 weeks beats the 3 weeks before by this share is progressing. */
export const PROGRESS_SHARE = 0.025;
/** A lift within this share of (or below) its earlier best over 6 weeks has stalled. */
export const STALL_SHARE = 0.005;
/** Sessions of a lift in 6 weeks before a stall is called. */
export const STALL_MIN_SESSIONS = 4;
/** Net MET above rest of a squat session (Compendium 02052, 5.0 MET; science.md §8.2–8.3). */
const SQUAT_NET_MET = 5 - 1;

/** Training with enough history and sets for volume judgements (as the verdict's MIN_HISTORY_DAYS). */
function judged(ctx: TipContext): TipTraining | null {
  const t = ctx.training;
  return t && t.historyDays >= MIN_HISTORY_DAYS && t.hardSets > 0 ? t : null;
}

const setsOf = (t: TipTraining, m: MuscleId): number => t.setsByMuscle[m] ?? 0;

/** Major muscles below `limit` sets a week, lowest first (ties by the vocabulary's order). */
function below(t: TipTraining, limit: number): MuscleId[] {
  return MAJOR_MUSCLES.filter((m) => setsOf(t, m) < limit).sort((a, b) => setsOf(t, a) - setsOf(t, b));
}

/** "quadriceps 1.5, calves 0 and hamstrings 0", or the first three and "and 2 more". */
function muscleSets(t: TipTraining, ms: readonly MuscleId[]): string {
  const named = ms.slice(0, 3).map((m) => `${muscle(m)} ${num(setsOf(t, m))}`);
  return ms.length > 3 ? `${named.join(', ')} and ${ms.length - 3} more` : list(named);
}
/** {muscles} in running text, {musclesCap} to start a sentence. */
function muscleFill(t: TipTraining, ms: readonly MuscleId[]) {
  const text = muscleSets(t, ms);
  return { muscles: text, musclesCap: capitalize(text) };
}
const trainedNothingLately = (t: TipTraining | null) => t === null || t.hardSets === 0;

export const trainingConditions: Record<string, Condition> = {
  /** Legs under 35 % of upper + lower hard sets (the verdict's lower-share-low). */
  'lower-share-low': (ctx) => {
    const t = judged(ctx);
    if (!t || t.lowerShare === null || t.lowerShare >= LOWER_SHARE_MIN) return null;
    return {
      score: clampScore(45 + (45 * (LOWER_SHARE_MIN - t.lowerShare)) / LOWER_SHARE_MIN),
      because: { lowerShare: roundTo(t.lowerShare, 2), lowerSetsPerWeek: roundTo(t.lowerSetsPerWeek, 1), upperSetsPerWeek: roundTo(t.upperSetsPerWeek, 1), windowDays: t.windowDays },
      fill: { lowerShare: pct(t.lowerShare), lowerSets: num(t.lowerSetsPerWeek), upperSets: num(t.upperSetsPerWeek), window: windowText(t.windowDays) },
    };
  },

  /** ≥ 10 days without legs while the upper body kept training (the verdict's lower-body-gap). */
  'lower-body-gap': (ctx) => {
    const t = ctx.training;
    if (!t || t.daysSinceUpperBody === null) return null;
    const gap = t.daysSinceLowerBody ?? t.historyDays - 1;
    if (gap < LOWER_GAP_DAYS || t.daysSinceUpperBody >= gap) return null;
    return {
      score: clampScore(55 + 2 * (gap - LOWER_GAP_DAYS)),
      because: { daysSinceLowerBody: t.daysSinceLowerBody, daysSinceUpperBody: t.daysSinceUpperBody, gapDays: gap },
      fill: { days: gap, since: t.daysSinceLowerBody === null ? 'since you started logging' : 'since your last lower-body session' },
    };
  },

  /** Legs get their share and were trained within the week: encouragement. */
  'legs-balanced': (ctx) => {
    const t = judged(ctx);
    if (!t || t.lowerShare === null || t.lowerShare < LOWER_SHARE_MIN || t.daysSinceLowerBody === null || t.daysSinceLowerBody > 7) return null;
    return {
      score: 8,
      because: { lowerShare: roundTo(t.lowerShare, 2), daysSinceLowerBody: t.daysSinceLowerBody },
      fill: { lowerShare: pct(t.lowerShare), lastLegs: daysAgo(t.daysSinceLowerBody) },
    };
  },

  /** Anyone who trains: the leg-day hormone claim, stated honestly; more relevant on a gain goal. */
  'leg-hormone-question': (ctx) => {
    const t = ctx.training;
    if (!t || t.hardSets === 0) return null;
    const gain = ctx.goal?.direction === 'gain';
    return { score: gain ? 30 : 18, because: { goal: ctx.goal?.direction ?? null, hardSets: t.hardSets }, fill: {} };
  },

  /** A woman who trains or wants to gain: growth hormone is made by everyone. */
  'female-trainee': (ctx) => {
    const p = ctx.person;
    if (!p || p.sex !== 'female') return null;
    const trains = ctx.training !== null && ctx.training.hardSets > 0;
    if (!trains && ctx.goal?.direction !== 'gain') return null;
    return { score: 32, because: { sex: p.sex, trains, goal: ctx.goal?.direction ?? null }, fill: {} };
  },

  /** On a lose or maintain goal, major muscles under 4 weekly hard sets (Schoenfeld 2017's lowest band is < 5). */
  'muscle-under-min': (ctx) => {
    const t = judged(ctx);
    if (!t || ctx.goal?.direction === 'gain') return null;
    const low = below(t, MIN_SETS_PER_WEEK);
    if (low.length === 0) return null;
    return {
      score: clampScore(35 + 5 * low.length),
      because: { muscles: low.join(', '), lowestSetsPerWeek: roundTo(setsOf(t, low[0]!), 1), target: MIN_SETS_PER_WEEK },
      fill: { ...muscleFill(t, low), window: windowText(t.windowDays) },
    };
  },

  /** On a gain goal, major muscles under 10 weekly hard sets (Schoenfeld 2017). */
  'muscle-under-gain': (ctx) => {
    const t = judged(ctx);
    if (!t || ctx.goal?.direction !== 'gain') return null;
    const low = below(t, GAIN_SETS_PER_WEEK);
    if (low.length === 0) return null;
    return {
      score: clampScore(40 + 4 * low.length),
      because: { muscles: low.join(', '), lowestSetsPerWeek: roundTo(setsOf(t, low[0]!), 1), target: GAIN_SETS_PER_WEEK },
      fill: { ...muscleFill(t, low), window: windowText(t.windowDays) },
    };
  },

  /** Every major muscle between its target and 20 weekly hard sets: encouragement. */
  'volume-on-target': (ctx) => {
    const t = judged(ctx);
    if (!t || !ctx.goal) return null;
    const target = ctx.goal.direction === 'gain' ? GAIN_SETS_PER_WEEK : MIN_SETS_PER_WEEK;
    const sets = MAJOR_MUSCLES.map((m) => setsOf(t, m));
    if (Math.min(...sets) < target || Math.max(...sets) > HIGH_SETS_PER_WEEK) return null;
    return { score: 6, because: { fewestSetsPerWeek: roundTo(Math.min(...sets), 1), mostSetsPerWeek: roundTo(Math.max(...sets), 1) }, fill: { range: between(Math.min(...sets), Math.max(...sets)) } };
  },

  /** A major muscle over 20 weekly hard sets. */
  'muscle-over-20': (ctx) => {
    const t = judged(ctx);
    if (!t) return null;
    const high = MAJOR_MUSCLES.filter((m) => setsOf(t, m) > HIGH_SETS_PER_WEEK).sort((a, b) => setsOf(t, b) - setsOf(t, a));
    if (high.length === 0) return null;
    return { score: 22, because: { muscle: high[0]!, setsPerWeek: roundTo(setsOf(t, high[0]!), 1) }, fill: { muscle: capitalize(muscle(high[0]!)), sets: num(setsOf(t, high[0]!)) } };
  },

  /** Muscles that get real volume but on about one day a week (Schoenfeld 2016: twice beats once). */
  'frequency-once': (ctx) => {
    const t = judged(ctx);
    if (!t || t.historyDays < 14) return null;
    const once = MAJOR_MUSCLES.filter((m) => setsOf(t, m) >= MIN_SETS_PER_WEEK && (t.frequency[m] ?? 0) < ONCE_A_WEEK_BELOW);
    if (once.length === 0) return null;
    return {
      score: clampScore(30 + 3 * once.length),
      because: { muscles: once.join(', '), daysPerWeek: roundTo(t.frequency[once[0]!] ?? 0, 1) },
      fill: { muscles: once.length > 3 ? `${once.slice(0, 3).map(muscle).join(', ')} and ${once.length - 3} more` : list(once.map(muscle)) },
    };
  },

  /** Push and pull hard sets out of 0.67–1.5 (the verdict's push-pull-imbalance), or pushing with no pulling. */
  'push-pull-off': (ctx) => {
    const t = judged(ctx);
    if (!t || t.pushSetsPerWeek + t.pullSetsPerWeek < 3) return null;
    const ratio = t.pullSetsPerWeek === 0 ? Infinity : t.pushSetsPerWeek / t.pullSetsPerWeek;
    if (ratio >= PUSH_PULL_MIN && ratio <= PUSH_PULL_MAX) return null;
    const pushHeavy = ratio > PUSH_PULL_MAX;
    const off = Number.isFinite(ratio) && ratio > 0 ? Math.abs(Math.log2(ratio)) : 2;
    return {
      score: clampScore(40 + 30 * Math.min(1, off / 2)),
      because: { pushSetsPerWeek: roundTo(t.pushSetsPerWeek, 1), pullSetsPerWeek: roundTo(t.pullSetsPerWeek, 1), ratio: Number.isFinite(ratio) ? roundTo(ratio, 2) : null },
      fill: {
        push: num(t.pushSetsPerWeek),
        pull: num(t.pullSetsPerWeek),
        more: pushHeavy ? 'pushing' : 'pulling',
        less: pushHeavy ? 'pulling (rows, pull-ups, face pulls)' : 'pushing (presses, push-ups, dips)',
        lessMuscles: pushHeavy ? 'lats, upper back, rear delts and biceps' : 'chest, front delts and triceps',
      },
    };
  },

  /** A lift more than 15 % below its usual ratio to the squat (the verdict's strength-ratio, lagging). */
  'lift-lagging': (ctx) => {
    const lagging = (ctx.training?.ratios ?? []).filter((r) => r.lagging).sort((a, b) => a.percentOff - b.percentOff)[0];
    if (!lagging) return null;
    return {
      score: clampScore(30 + Math.min(30, Math.abs(lagging.percentOff))),
      because: { lift: lagging.lift, e1rmKg: roundTo(lagging.e1rmKg, 1), expectedKg: roundTo(lagging.expectedKg, 1), percentOff: roundTo(lagging.percentOff, 1) },
      fill: { lift: liftName(lagging.lift), e1rm: weight(lagging.e1rmKg, ctx.units), expected: weight(lagging.expectedKg, ctx.units), percent: num(Math.abs(lagging.percentOff), 0) },
    };
  },

  /** Lifts ahead of their ratio to the squat and none behind: the squat is the lift that lags. */
  'squat-behind': (ctx) => {
    const ratios = ctx.training?.ratios ?? [];
    if (ratios.some((r) => r.lagging)) return null;
    const ahead = ratios.filter((r) => r.ahead).sort((a, b) => b.percentOff - a.percentOff)[0];
    if (!ahead) return null;
    return {
      score: 28,
      because: { lift: ahead.lift, percentOff: roundTo(ahead.percentOff, 1) },
      fill: { lift: liftName(ahead.lift), percent: num(ahead.percentOff, 0) },
    };
  },

  /** A big lift's best e1RM of the last 3 weeks beats the 3 weeks before by ≥ 2.5 %: encouragement. */
  'lift-progressing': (ctx) => {
    const best = (ctx.training?.lifts ?? [])
      .filter((l) => l.sessions >= 3 && l.recentKg >= l.earlierKg * (1 + PROGRESS_SHARE))
      .sort((a, b) => b.recentKg / b.earlierKg - a.recentKg / a.earlierKg)[0];
    if (!best) return null;
    return {
      score: 10,
      because: { lift: best.lift, earlierKg: roundTo(best.earlierKg, 1), recentKg: roundTo(best.recentKg, 1), sessions: best.sessions },
      fill: { lift: liftName(best.lift), earlier: weight(best.earlierKg, ctx.units), recent: weight(best.recentKg, ctx.units) },
    };
  },

  /** A big lift trained ≥ 4 times in 6 weeks whose recent best is no better than before. */
  'lift-stalled': (ctx) => {
    const t = ctx.training;
    if (!t || t.historyDays < 42) return null;
    const stalled = t.lifts.filter((l) => l.sessions >= STALL_MIN_SESSIONS && l.recentKg <= l.earlierKg * (1 + STALL_SHARE))[0];
    if (!stalled) return null;
    return {
      score: 35,
      because: { lift: stalled.lift, earlierKg: roundTo(stalled.earlierKg, 1), recentKg: roundTo(stalled.recentKg, 1), sessions: stalled.sessions },
      fill: { lift: liftName(stalled.lift), kg: weight(Math.max(stalled.recentKg, stalled.earlierKg), ctx.units) },
    };
  },

  /** A workout on every one of the last 7 days. */
  'training-daily': (ctx) => {
    const t = ctx.training;
    if (!t || t.trainingDaysLast7 < 7) return null;
    return { score: 35, because: { trainingDaysLast7: t.trainingDaysLast7 }, fill: { days: t.trainingDaysLast7 } };
  },

  /** A gain goal with no hard set in the last 4 weeks. */
  'gain-without-training': (ctx) => {
    if (ctx.goal?.direction !== 'gain' || !trainedNothingLately(ctx.training)) return null;
    return { score: 65, because: { goal: 'gain', hardSetsLast4Weeks: 0 }, fill: {} };
  },

  /** A lose goal with no hard set in the last 4 weeks. */
  'lose-without-training': (ctx) => {
    if (ctx.goal?.direction !== 'lose' || !trainedNothingLately(ctx.training)) return null;
    return { score: 45, because: { goal: 'lose', hardSetsLast4Weeks: 0 }, fill: {} };
  },

  /** The first two weeks of logging sets: how they are counted. */
  'new-to-logging-sets': (ctx) => {
    const t = ctx.training;
    if (!t || t.historyDays > 14 || t.hardSets === 0) return null;
    return { score: 20, because: { firstTrainedOn: t.firstTrainedOn, hardSets: t.hardSets }, fill: {} };
  },

  /** A lose goal and a leg session this week: what a squat session costs (Compendium 5.0 MET, net of rest). */
  'leg-session-energy': (ctx) => {
    const t = ctx.training;
    if (ctx.goal?.direction !== 'lose' || !ctx.person || !t || t.daysSinceLowerBody === null || t.daysSinceLowerBody > 7) return null;
    const perHour = SQUAT_NET_MET * ctx.person.weightKg;
    return {
      score: 14,
      because: { daysSinceLowerBody: t.daysSinceLowerBody, weightKg: roundTo(ctx.person.weightKg, 1), netKcalPerHour: Math.round(perHour) },
      fill: { kcalPerHour: Math.round(perHour / 10) * 10, weight: weight(ctx.person.weightKg, ctx.units) },
    };
  },
};
