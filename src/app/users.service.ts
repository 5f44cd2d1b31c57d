import { randomUUID } from 'node:crypto';
import type { UsersRepository, UserRow } from '../store/index.js';
import type { Clock } from './clock.js';

const LOCAL_USER_KEY = 'localUserId';

/** Accounts. In the embedded one-person mode there is a single local user, created at first start. */
export function createUsersService({ users, clock }: { users: UsersRepository; clock: Clock }) {
  return {
    /** The account of a user name, or null (the CLI acts for a named person on a multi-user database). */
    async byUsername(username: string): Promise<UserRow | null> {
      return users.findByUsername(username);
    },

    /** Returns the local user, creating it (and remembering its id) on first start. */
    async ensureLocalUser(): Promise<UserRow> {
      const existingId = await users.getSetting<string>(LOCAL_USER_KEY);
      if (existingId) {
        const found = await users.findById(existingId);
        if (found) return found;
      }
      const candidate: UserRow = { id: randomUUID(), username: 'local', isAdmin: true, createdAt: clock.now(), passwordHash: null };
      const existing = await users.findByUsername('local');
      const user = existing ?? (await users.insert(candidate));
      await users.setSetting(LOCAL_USER_KEY, user.id);
      return user;
    },
  };
}
export type UsersService = ReturnType<typeof createUsersService>;
