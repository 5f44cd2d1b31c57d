import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db.js';
import { tipDismissals } from '../schema/index.js';

export type TipDismissalRow = typeof tipDismissals.$inferSelect;

/** A user's dismissed tips; every method takes the user id. */
export function createTipsRepository(db: Db) {
  return {
    /** Dismisses a tip; dismissing it again keeps the first dismissal. Returns the stored row. */
    async dismiss(userId: string, tipId: string, on: string, now: Date): Promise<TipDismissalRow> {
      await db.insert(tipDismissals).values({ userId, tipId, dismissedOn: on, dismissedAt: now }).onConflictDoNothing();
      const [row] = await db.select().from(tipDismissals).where(and(eq(tipDismissals.userId, userId), eq(tipDismissals.tipId, tipId))).limit(1);
      return row!;
    },
    /** Brings a dismissed tip back; false when it was not dismissed. */
    async undismiss(userId: string, tipId: string): Promise<boolean> {
      const gone = await db.delete(tipDismissals).where(and(eq(tipDismissals.userId, userId), eq(tipDismissals.tipId, tipId))).returning({ tipId: tipDismissals.tipId });
      return gone.length > 0;
    },
    async list(userId: string): Promise<TipDismissalRow[]> {
      return db.select().from(tipDismissals).where(eq(tipDismissals.userId, userId)).orderBy(asc(tipDismissals.dismissedAt), asc(tipDismissals.tipId));
    },
  };
}
export type TipsRepository = ReturnType<typeof createTipsRepository>;
