import { eq } from 'drizzle-orm';
import type { Db } from '../db.js';
import { profiles } from '../schema/index.js';

export type ProfileRow = typeof profiles.$inferSelect;
export type ProfileValues = Omit<ProfileRow, 'userId' | 'updatedAt'>;

/** The one profile row of a user; every method takes the user id. */
export function createProfileRepository(db: Db) {
  return {
    async get(userId: string): Promise<ProfileRow | null> {
      const [row] = await db.select().from(profiles).where(eq(profiles.userId, userId)).limit(1);
      return row ?? null;
    },
    async upsert(userId: string, values: ProfileValues, now: Date): Promise<ProfileRow> {
      const row = { ...values, userId, updatedAt: now };
      await db
        .insert(profiles)
        .values(row)
        .onConflictDoUpdate({ target: profiles.userId, set: { ...values, updatedAt: now } });
      return row;
    },
  };
}
export type ProfileRepository = ReturnType<typeof createProfileRepository>;
