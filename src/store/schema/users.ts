import { boolean, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Shared table: one row per account. Anything unique across users lives here, never in user-owned tables. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  username: text('username').notNull().unique(),
  isAdmin: boolean('is_admin').notNull().default(false),
  /** argon2id (PHC string); null for the embedded mode's local user, who never signs in. */
  passwordHash: text('password_hash'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** Shared key/value settings of the whole instance (the embedded local user's id, sign-up policy). */
export const instanceSettings = pgTable('instance_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});
