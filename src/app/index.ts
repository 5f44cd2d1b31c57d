import type { Database } from '../store/index.js';
import { createProfileRepository, createSettingsRepository, createUsersRepository } from '../store/index.js';
import type { Clock } from './clock.js';
import { createProfileService } from './profile.service.js';
import { createSettingsService } from './settings.service.js';
import { createUsersService } from './users.service.js';

export { type Actor, requireUser } from './actor.js';
export { type Clock, systemClock, fixedClock, localDate } from './clock.js';
export { measureBody } from './body.js';
export {
  createProfileService,
  type BodyInput,
  type GoalView,
  type Profile,
  type ProfileInput,
  type ProfileService,
} from './profile.service.js';
export { createUsersService, type UsersService } from './users.service.js';
export { createSettingsService, type Settings, type SettingsService } from './settings.service.js';

/** Every service, wired to one database and clock: what the server and the CLI run on. */
export function createServices(database: Database, clock: Clock, { version = '0.0.0' }: { version?: string } = {}) {
  const users = createUsersRepository(database.db);
  const profiles = createProfileRepository(database.db);
  return {
    database,
    clock,
    version,
    users: createUsersService({ users, clock }),
    profile: createProfileService({ profiles, clock }),
    settings: createSettingsService({ settings: createSettingsRepository(database.db), clock }),
  };
}
export type Services = ReturnType<typeof createServices>;
