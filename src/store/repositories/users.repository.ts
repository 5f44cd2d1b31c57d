import { count, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db.js';
import { instanceSettings, users } from '../schema/index.js';

export type UserRow = typeof users.$inferSelect;

/** Accounts (a shared table) and instance-wide settings. */
export function createUsersRepository(db: Db) {
  return {
    async findById(id: string): Promise<UserRow | null> {
      const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
      return row ?? null;
    },
    async findByUsername(username: string): Promise<UserRow | null> {
      const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1);
      return row ?? null;
    },
    async insert(row: UserRow): Promise<UserRow> {
      await db.insert(users).values(row);
      return row;
    },
    async count(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(users);
      return row?.n ?? 0;
    },
    /** Accounts that can sign in (the embedded mode's local user cannot). */
    async countAccounts(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(users).where(isNotNull(users.passwordHash));
      return row?.n ?? 0;
    },
    async getSetting<T>(key: string): Promise<T | null> {
      const [row] = await db.select().from(instanceSettings).where(eq(instanceSettings.key, key)).limit(1);
      return row ? (row.value as T) : null;
    },
    /** Sets a value only if the key is absent; returns the value that is stored afterwards. */
    async setSettingIfAbsent<T>(key: string, value: T): Promise<T> {
      await db.insert(instanceSettings).values({ key, value }).onConflictDoNothing();
      const [row] = await db.select().from(instanceSettings).where(eq(instanceSettings.key, key)).limit(1);
      return row!.value as T;
    },
    async setSetting<T>(key: string, value: T): Promise<void> {
      await db
        .insert(instanceSettings)
        .values({ key, value })
        .onConflictDoUpdate({ target: instanceSettings.key, set: { value } });
    },
  };
}
export type UsersRepository = ReturnType<typeof createUsersRepository>;
