import { ValidationError } from '../core/errors.js';
import type { SettingsRepository, SettingsValues } from '../store/index.js';
import { requireUser, type Actor } from './actor.js';
import type { Clock } from './clock.js';

export type Settings = SettingsValues;

/** Per-user preferences (units live in the profile): first day of the week, exercise energy in the budget, time zone. */
export function createSettingsService({ settings, clock }: { settings: SettingsRepository; clock: Clock }) {
  return {
    async get(actor: Actor): Promise<Settings> {
      const userId = requireUser(actor);
      return settings.get(userId);
    },
    async update(actor: Actor, patch: Partial<Settings>): Promise<Settings> {
      const userId = requireUser(actor);
      if (patch.timeZone) {
        try {
          new Intl.DateTimeFormat('en', { timeZone: patch.timeZone });
        } catch {
          throw ValidationError.field('timeZone', `'${patch.timeZone}' is not an IANA time zone (like Europe/Berlin)`);
        }
      }
      const next = { ...(await settings.get(userId)), ...patch };
      return settings.put(userId, next, clock.now());
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
