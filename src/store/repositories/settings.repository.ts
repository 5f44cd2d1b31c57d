import { eq } from 'drizzle-orm';
import type { Db } from '../db.js';
import { userSettings } from '../schema/index.js';

export type SettingsRow = typeof userSettings.$inferSelect;
export type SettingsValues = Omit<SettingsRow, 'userId' | 'updatedAt'>;

export const DEFAULT_SETTINGS: SettingsValues = { weekStartsOn: 1, exerciseEnergyInBudget: true, timeZone: null, budgetSource: 'formula' };

/** The preferences a stored row (or none: the defaults) holds. */
export function settingsValuesOf(row: SettingsRow | null): SettingsValues {
  if (!row) return { ...DEFAULT_SETTINGS };
  const { userId: _u, updatedAt: _t, ...values } = row;
  return values;
}

/** A user's preferences; a user without a row has the defaults. */
export function createSettingsRepository(db: Db) {
  return {
    async get(userId: string): Promise<SettingsValues> {
      const [row] = await db.select().from(userSettings).where(eq(userSettings.userId, userId)).limit(1);
      return settingsValuesOf(row ?? null);
    },
    async put(userId: string, values: SettingsValues, now: Date): Promise<SettingsValues> {
      await db
        .insert(userSettings)
        .values({ ...values, userId, updatedAt: now })
        .onConflictDoUpdate({ target: userSettings.userId, set: { ...values, updatedAt: now } });
      return values;
    },
  };
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
