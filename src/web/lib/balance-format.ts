// Words and numbers of the balance page that do not need React: the headline, recency, the chart data.
import type { BalanceReport } from '../../contract/index.js';
import { MAJOR_MUSCLES, MUSCLES, type MuscleId } from '../../core/training/muscles.js';
import { LOWER_SHARE_MIN } from '../../core/training/verdict.js';

export type Tone = 'warning' | 'good' | 'neutral';

/** The page's one-line verdict: what a person should see first. */
export function headline(r: BalanceReport): { text: string; tone: Tone } {
  const codes = new Set(r.flags.map((f) => f.code));
  if (r.firstTrainedOn === null) return { text: 'No training logged yet', tone: 'neutral' };
  if (codes.has('lower-body-gap') || codes.has('lower-share-low')) return { text: 'Your legs are behind', tone: 'warning' };
  if (codes.has('push-pull-imbalance')) {
    const pullShort = r.pushPullRatio === null || r.pushPullRatio > 1;
    return { text: pullShort ? 'You push more than you pull' : 'You pull more than you push', tone: 'warning' };
  }
  if (r.flags.some((f) => f.severity === 'warning')) return { text: 'A few muscles need more work', tone: 'warning' };
  if (r.hardSets === 0) return { text: 'No hard sets in these weeks', tone: 'neutral' };
  return { text: 'Your training is balanced', tone: 'good' };
}

/** "today", "yesterday", "12 days ago", "never". */
export function daysAgo(days: number | null): string {
  if (days === null) return 'never';
  return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

/** A number of sets as shown: one decimal at most ("12.5", "3"). */
export function sets(x: number): string {
  return String(Math.round(x * 10) / 10);
}

/** Upper and lower shares of their weekly hard sets (core left out, as in the lower-body share) and the lower-body target. */
export function regionShares(r: BalanceReport): { upper: number; lower: number; lowerTarget: number } {
  const { upper, lower } = r.regionSets;
  const total = upper + lower;
  if (total <= 0) return { upper: 0, lower: 0, lowerTarget: LOWER_SHARE_MIN };
  return { upper: upper / total, lower: lower / total, lowerTarget: LOWER_SHARE_MIN };
}

/** The muscle the weekly chart opens on: the first muscle the first suggestion works on, else one a flag names, else the least trained major muscle. */
export function focusMuscle(r: BalanceReport): MuscleId {
  const suggested = r.suggestions.find((s) => s.muscles.length > 0)?.muscles[0];
  if (suggested) return suggested;
  for (const f of r.flags) {
    const m = f.numbers['muscle'];
    if (typeof m === 'string' && MUSCLES.some((x) => x.id === m)) return m as MuscleId;
  }
  return [...MAJOR_MUSCLES].sort((a, b) => r.setsByMuscle[a] - r.setsByMuscle[b])[0] ?? 'quadriceps';
}

/** Muscles a warning flag or a suggestion names, to outline on the body map. */
export function flaggedMuscles(r: BalanceReport): Set<MuscleId> {
  const out = new Set<MuscleId>();
  for (const f of r.flags) {
    const m = f.numbers['muscle'];
    if (f.severity === 'warning' && typeof m === 'string') out.add(m as MuscleId);
  }
  for (const s of r.suggestions) if (s.codes.some((c) => c === 'lower-body-gap' || c === 'lower-share-low')) s.muscles.forEach((m) => out.add(m));
  return out;
}
