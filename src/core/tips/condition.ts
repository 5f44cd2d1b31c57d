import type { TipContext } from './context.js';

/** A number, word or flag from the user's data that made a tip apply. */
export type BecauseValue = number | string | boolean | null;

/** What a condition says when its tip applies. */
export interface Firing {
  /** How much the tip matters for this person now, 0–100 (bigger gaps score higher; encouragement scores low). */
  score: number;
  /** The user's numbers that triggered it (rounded), shown as "because". */
  because: Readonly<Record<string, BecauseValue>>;
  /** Values for the message's {placeholders}, already written in the user's units. */
  fill: Readonly<Record<string, string | number>>;
}

/** A tip's condition: a pure function of the user's numbers; null when the tip does not apply or data is missing. */
export type Condition = (ctx: TipContext) => Firing | null;

/** Clamps a score into 0–100. */
export const clampScore = (x: number): number => Math.max(0, Math.min(100, x));
