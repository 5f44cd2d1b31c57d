// Tips as a use-case: the day's few tips that fit the user's numbers, best first, each with the numbers
// that made it apply, its evidence grade and sources; dismissing one hides it for good.
import { parseIsoDate, type IsoDate } from '../core/dates.js';
import { NotFoundError, ValidationError } from '../core/errors.js';
import type { BecauseValue } from '../core/tips/condition.js';
import { EVIDENCE_MEANING, type EvidenceGrade, type TipCategory, type TipLibrary, type TipReference } from '../core/tips/library.js';
import { applicableTips, selectTips, TIPS_PER_DAY } from '../core/tips/select.js';
import type { TipContext } from '../core/tips/context.js';
import type { SettingsRepository, TipsRepository } from '../store/index.js';
import { requireUser, type Actor } from './actor.js';
import type { BalanceReport } from './balance-view.js';
import { localDate, type Clock } from './clock.js';
import { loadTipLibrary } from './tip-library.js';
import { buildTipContext, type TipContextDeps } from './tips-context.js';

/** Most tips one request may ask for. */
export const MAX_TIPS = 50;

export interface TipSource {
  id: string;
  short: string;
  authors: string;
  year: number | null;
  title: string | null;
  journal: string | null;
  citation: string;
  url: string | null;
}

/** A tip as the API, the CLI and the home screen show it. */
export interface TipView {
  id: string;
  category: TipCategory;
  title: string;
  message: string;
  evidence: EvidenceGrade;
  sources: TipSource[];
  /** The user's numbers that made the tip apply. */
  because: Record<string, BecauseValue>;
  relevance: number;
}

export interface TipsView {
  asOf: IsoDate;
  tips: TipView[];
  /** Tips whose conditions fire today, before the daily limit and dismissals. */
  applicable: number;
  dismissed: number;
}

/** A tip of the library, without a user's numbers. */
export interface LibraryTip {
  id: string;
  category: TipCategory;
  topic: string;
  title: string;
  message: string;
  evidence: EvidenceGrade;
  evidenceMeaning: string;
  condition: string;
  sources: TipSource[];
}

export interface TipsQuery {
  asOf?: string | undefined;
  limit?: number | undefined;
}

const sourceOf = (r: TipReference): TipSource => ({ id: r.id, short: r.short, authors: r.authors, year: r.year, title: r.title, journal: r.journal, citation: r.citation, url: r.url });

/** Every tip of a library as authored, with its sources spelled out (no user's numbers). */
export function libraryTips(lib: TipLibrary = loadTipLibrary()): LibraryTip[] {
  return lib.tips.map((t) => ({
    id: t.id,
    category: t.category,
    topic: t.topic,
    title: t.title,
    message: t.message,
    evidence: t.evidence,
    evidenceMeaning: EVIDENCE_MEANING[t.evidence],
    condition: t.condition,
    sources: t.sources.map((s) => sourceOf(lib.references[s]!)),
  }));
}

/** The tips of a day and the user's dismissals. */
export function createTipsService(deps: TipContextDeps & { tips: TipsRepository; settings: SettingsRepository; clock: Clock; library?: TipLibrary | undefined }) {
  const library = () => deps.library ?? loadTipLibrary();

  async function today(userId: string): Promise<IsoDate> {
    const { timeZone } = await deps.settings.get(userId);
    return timeZone ? localDate(deps.clock.now(), timeZone) : deps.clock.today();
  }

  function checkTipId(id: string): void {
    if (!library().tips.some((t) => t.id === id)) throw new NotFoundError(`No tip ${id}`);
  }

  return {
    /** The day's tips (default today in the user's time zone), best first, at most `limit` (default TIPS_PER_DAY); `preloaded` spares a second balance report. */
    async forDay(actor: Actor, q: TipsQuery = {}, preloaded: { balance?: BalanceReport | undefined } = {}): Promise<TipsView> {
      const userId = requireUser(actor);
      const asOf = q.asOf === undefined ? await today(userId) : parseIsoDate(q.asOf, 'asOf');
      const limit = q.limit ?? TIPS_PER_DAY;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TIPS) throw ValidationError.field('limit', `must be a whole number from 1 to ${MAX_TIPS}`);
      const [ctx, dismissals] = await Promise.all([buildTipContext(deps, actor, asOf, preloaded), deps.tips.list(userId)]);
      const dismissed = new Set(dismissals.map((d) => d.tipId));
      const lib = library();
      const tips = selectTips(lib, ctx, { dismissed, limit }).map((t) => ({
        id: t.id,
        category: t.category,
        title: t.title,
        message: t.message,
        evidence: t.evidence,
        sources: t.sources.map(sourceOf),
        because: { ...t.because },
        relevance: t.relevance,
      }));
      return { asOf, tips, applicable: applicableTips(lib, ctx).length, dismissed: dismissed.size };
    },

    /** The numbers the conditions read on `asOf` (for the CLI's --explain and tests). */
    async context(actor: Actor, asOf: string): Promise<TipContext> {
      requireUser(actor);
      return buildTipContext(deps, actor, parseIsoDate(asOf, 'asOf'));
    },

    /** The whole library, as authored. */
    library(actor: Actor): LibraryTip[] {
      requireUser(actor);
      return libraryTips(library());
    },

    /** Hides a tip for good (dismissing it twice keeps the first day). */
    async dismiss(actor: Actor, tipId: string): Promise<{ tipId: string; dismissedOn: IsoDate }> {
      const userId = requireUser(actor);
      checkTipId(tipId);
      const row = await deps.tips.dismiss(userId, tipId, await today(userId), deps.clock.now());
      return { tipId: row.tipId, dismissedOn: row.dismissedOn };
    },

    /** Brings a dismissed tip back. */
    async undismiss(actor: Actor, tipId: string): Promise<void> {
      const userId = requireUser(actor);
      checkTipId(tipId);
      if (!(await deps.tips.undismiss(userId, tipId))) throw new NotFoundError(`Tip ${tipId} is not dismissed`);
    },
  };
}
export type TipsService = ReturnType<typeof createTipsService>;
