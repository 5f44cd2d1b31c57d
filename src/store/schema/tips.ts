import { date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/** User-owned: tips the user dismissed; a dismissed tip is not shown again. `tip_id` names a tip of data/tips.json. */
export const tipDismissals = pgTable(
  'tip_dismissals',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tipId: text('tip_id').notNull(),
    /** The user's local day it was dismissed on. */
    dismissedOn: date('dismissed_on', { mode: 'string' }).notNull(),
    dismissedAt: timestamp('dismissed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.tipId] })],
);
