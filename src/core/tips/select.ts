// Which tips a person sees on a day: every tip whose condition fires, scored by how much it matters to
// them and how strong its evidence is, one per topic, dismissed ones never again, a few a day. No clock
// and no randomness: ties rotate by a hash of the date, so the same day always gives the same tips.
import type { IsoDate } from '../dates.js';
import type { BecauseValue, Condition } from './condition.js';
import { CONDITIONS } from './conditions/index.js';
import type { TipContext } from './context.js';
import { fillMessage, type EvidenceGrade, type TipCategory, type TipLibrary, type TipReference } from './library.js';

/** Tips shown a day at most. */
export const TIPS_PER_DAY = 3;

/** How much a grade weighs in a tip's relevance: stronger evidence wins a tie in urgency. */
export const EVIDENCE_WEIGHT: Readonly<Record<EvidenceGrade, number>> = { strong: 1, moderate: 0.9, 'expert-opinion': 0.8, weak: 0.7 };

/** A tip that applies to the person on the day, with its message filled in. */
export interface ApplicableTip {
  id: string;
  category: TipCategory;
  topic: string;
  title: string;
  message: string;
  evidence: EvidenceGrade;
  sources: TipReference[];
  /** The user's numbers that made it apply. */
  because: Readonly<Record<string, BecauseValue>>;
  /** Condition score × evidence weight, 0–100; higher first. */
  relevance: number;
}

/** FNV-1a (32-bit) of the text: a stable, well-spread order for ties. */
export function rotationKey(asOf: IsoDate, id: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${asOf}|${id}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Every tip whose condition fires, best first: relevance = score × EVIDENCE_WEIGHT, ties by rotationKey(asOf, id). */
export function applicableTips(library: TipLibrary, ctx: TipContext, conditions: Readonly<Record<string, Condition>> = CONDITIONS): ApplicableTip[] {
  const out: Array<ApplicableTip & { key: number }> = [];
  for (const tip of library.tips) {
    const condition = conditions[tip.condition];
    const firing = condition ? condition(ctx) : null;
    if (!firing) continue;
    const message = fillMessage(tip.message, firing.fill);
    if (message === null) continue;
    out.push({
      id: tip.id,
      category: tip.category,
      topic: tip.topic,
      title: tip.title,
      message,
      evidence: tip.evidence,
      sources: tip.sources.map((s) => library.references[s]!).filter(Boolean),
      because: firing.because,
      relevance: Math.round(firing.score * EVIDENCE_WEIGHT[tip.evidence] * 100) / 100,
      key: rotationKey(ctx.asOf, tip.id),
    });
  }
  out.sort((a, b) => b.relevance - a.relevance || a.key - b.key || (a.id < b.id ? -1 : 1));
  return out.map(({ key: _key, ...tip }) => tip);
}

/** The day's tips: applicable, not dismissed, the best of each topic, at most `limit` (TIPS_PER_DAY). */
export function selectTips(
  library: TipLibrary,
  ctx: TipContext,
  opts: { dismissed?: ReadonlySet<string>; limit?: number; conditions?: Readonly<Record<string, Condition>> } = {},
): ApplicableTip[] {
  const limit = opts.limit ?? TIPS_PER_DAY;
  const topics = new Set<string>();
  const out: ApplicableTip[] = [];
  for (const tip of applicableTips(library, ctx, opts.conditions)) {
    if (out.length >= limit) break;
    if (opts.dismissed?.has(tip.id) || topics.has(tip.topic)) continue;
    topics.add(tip.topic);
    out.push(tip);
  }
  return out;
}
