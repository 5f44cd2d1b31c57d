import { and, desc, eq, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db.js';
import { apiTokens, authAttempts, sessions, users } from '../schema/index.js';

export type SessionRow = typeof sessions.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;

/** Sessions, API tokens and rate-limit counters. Every session and token method takes the user id. */
export function createAuthRepository(db: Db) {
  return {
    async insertSession(row: SessionRow): Promise<void> {
      await db.insert(sessions).values(row);
    },
    async findSession(userId: string, id: string): Promise<SessionRow | null> {
      const [row] = await db.select().from(sessions).where(and(eq(sessions.userId, userId), eq(sessions.id, id))).limit(1);
      return row ?? null;
    },
    async touchSession(userId: string, id: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
      await db.update(sessions).set({ lastSeenAt, expiresAt }).where(and(eq(sessions.userId, userId), eq(sessions.id, id)));
    },
    async listSessions(userId: string): Promise<SessionRow[]> {
      return db.select().from(sessions).where(eq(sessions.userId, userId)).orderBy(desc(sessions.lastSeenAt));
    },
    /** Deletes one session of the user; returns whether it existed. */
    async deleteSession(userId: string, id: string): Promise<boolean> {
      const gone = await db.delete(sessions).where(and(eq(sessions.userId, userId), eq(sessions.id, id))).returning({ id: sessions.id });
      return gone.length > 0;
    },
    /** Deletes every session of the user except `keepId`; returns how many. */
    async deleteOtherSessions(userId: string, keepId: string | null): Promise<number> {
      const where = keepId ? and(eq(sessions.userId, userId), ne(sessions.id, keepId)) : eq(sessions.userId, userId);
      const gone = await db.delete(sessions).where(where).returning({ id: sessions.id });
      return gone.length;
    },
    async deleteExpiredSessions(now: Date): Promise<void> {
      await db.delete(sessions).where(lt(sessions.expiresAt, now));
    },

    async insertToken(row: ApiTokenRow): Promise<void> {
      await db.insert(apiTokens).values(row);
    },
    async findToken(userId: string, id: string): Promise<ApiTokenRow | null> {
      const [row] = await db.select().from(apiTokens).where(and(eq(apiTokens.userId, userId), eq(apiTokens.id, id))).limit(1);
      return row ?? null;
    },
    /** A token with its owner's admin flag, in one read; null when either is gone. */
    async findTokenWithOwner(userId: string, id: string): Promise<(ApiTokenRow & { isAdmin: boolean }) | null> {
      const [row] = await db
        .select({ token: apiTokens, isAdmin: users.isAdmin })
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(and(eq(apiTokens.userId, userId), eq(apiTokens.id, id)))
        .limit(1);
      return row ? { ...row.token, isAdmin: row.isAdmin } : null;
    },
    async listTokens(userId: string): Promise<ApiTokenRow[]> {
      return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
    },
    async touchToken(userId: string, id: string, at: Date): Promise<void> {
      await db.update(apiTokens).set({ lastUsedAt: at }).where(and(eq(apiTokens.userId, userId), eq(apiTokens.id, id)));
    },
    async deleteToken(userId: string, id: string): Promise<boolean> {
      const gone = await db.delete(apiTokens).where(and(eq(apiTokens.userId, userId), eq(apiTokens.id, id))).returning({ id: apiTokens.id });
      return gone.length > 0;
    },

    async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
      await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
    },

    /** Adds one to the counter of `key` in the window starting at `windowStart`; returns the new count. */
    async hit(key: string, windowStart: Date): Promise<number> {
      const [row] = await db
        .insert(authAttempts)
        .values({ key, windowStart, count: 1 })
        .onConflictDoUpdate({ target: [authAttempts.key, authAttempts.windowStart], set: { count: sql`${authAttempts.count} + 1` } })
        .returning({ count: authAttempts.count });
      return row?.count ?? 1;
    },
    async countOf(key: string, windowStart: Date): Promise<number> {
      const [row] = await db
        .select({ count: authAttempts.count })
        .from(authAttempts)
        .where(and(eq(authAttempts.key, key), eq(authAttempts.windowStart, windowStart)))
        .limit(1);
      return row?.count ?? 0;
    },
    async clearCounter(key: string, windowStart: Date): Promise<void> {
      await db.delete(authAttempts).where(and(eq(authAttempts.key, key), eq(authAttempts.windowStart, windowStart)));
    },
    async pruneCounters(before: Date): Promise<void> {
      await db.delete(authAttempts).where(lt(authAttempts.windowStart, before));
    },
  };
}
export type AuthRepository = ReturnType<typeof createAuthRepository>;
