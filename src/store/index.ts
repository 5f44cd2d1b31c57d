export { createDb, ping, type Database, type Db, type DbConfig } from './db.js';
export { createUsersRepository, type UsersRepository, type UserRow } from './repositories/users.repository.js';
export {
  createProfileRepository,
  type ProfileRepository,
  type ProfileRow,
  type ProfileValues,
} from './repositories/profile.repository.js';
export {
  createSettingsRepository,
  DEFAULT_SETTINGS,
  type SettingsRepository,
  type SettingsValues,
} from './repositories/settings.repository.js';
export { createAuthRepository, type AuthRepository, type ApiTokenRow, type SessionRow } from './repositories/auth.repository.js';
export { deleteUserEverywhere, userOwnedTables } from './repositories/account.repository.js';
