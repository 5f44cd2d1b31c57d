import { z } from 'zod';
import { EVIDENCE_GRADES, TIP_CATEGORIES } from '../core/tips/library.js';
import { IsoDate } from './common.js';

/** `GET /api/tips?asOf=&limit=`. */
export const TipsQuery = z.object({
  asOf: IsoDate.optional().describe('the day the tips are for (default today)'),
  limit: z.coerce.number().int().min(1).max(50).optional().describe('how many tips at most (default 3, the daily limit)'),
});
export type TipsQuery = z.infer<typeof TipsQuery>;

export const TipIdParams = z.object({ id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a tip id (lowercase words joined by -)').max(80) });

export const TipSource = z
  .object({
    id: z.string(),
    short: z.string().describe('how the text names it, e.g. "Morton 2018"'),
    authors: z.string(),
    year: z.number().int().nullable(),
    title: z.string().nullable(),
    journal: z.string().nullable(),
    citation: z.string(),
    url: z.string().nullable(),
  })
  .meta({ id: 'TipSource' });

export const Tip = z
  .object({
    id: z.string(),
    category: z.enum(TIP_CATEGORIES),
    title: z.string(),
    message: z.string(),
    evidence: z.enum(EVIDENCE_GRADES),
    sources: z.array(TipSource),
    because: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])).describe('the user’s numbers that made the tip apply'),
    relevance: z.number().describe('0–100: how much it matters now × the strength of its evidence'),
  })
  .meta({ id: 'Tip' });
export type Tip = z.infer<typeof Tip>;

export const TipsResponse = z
  .object({
    asOf: IsoDate,
    tips: z.array(Tip).describe('best first'),
    applicable: z.number().int().describe('tips whose conditions fire that day, before dismissals and the daily limit'),
    dismissed: z.number().int(),
  })
  .meta({ id: 'Tips' });
export type TipsResponse = z.infer<typeof TipsResponse>;

export const DismissedTip = z.object({ tipId: z.string(), dismissedOn: IsoDate });
export type DismissedTip = z.infer<typeof DismissedTip>;
