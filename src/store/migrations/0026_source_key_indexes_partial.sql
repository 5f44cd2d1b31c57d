-- What every logged diary entry, workout and weigh-in costs to write. diary_entries had four indexes; no query
-- reads through diary_entries_user_food (the search reads a person's history by date since migration 0023, and
-- the recent foods too), and planned without statistics its (user_id) prefix drew whole-diary reads to it. The unique
-- (user_id, source_key) indexes keep imports from adding what they added before; only imported rows carry a key,
-- yet every row logged in the app was entered into them with a null, and their (user_id) prefix drew the same
-- reads (migrations 0023, 0024 and the workouts' last sessions). They now hold only keyed rows (NULLs never
-- conflicted, so the same rows are unique), and import.repository.ts names the predicate in its ON CONFLICT.
-- 200,000 rows of the diary's shape into a table with the four indexes against one with these two, on
-- PostgreSQL 15: 1.30, 0.97, 1.14 s against 2.18, 1.77, 1.66 s (3.6 µs a row).
DROP INDEX "diary_entries_user_food";--> statement-breakpoint
DROP INDEX "diary_entries_user_source_key";--> statement-breakpoint
DROP INDEX "workouts_user_source_key";--> statement-breakpoint
DROP INDEX "body_entries_user_source_key";--> statement-breakpoint
CREATE UNIQUE INDEX "diary_entries_user_source_key" ON "diary_entries" USING btree ("user_id","source_key") WHERE "diary_entries"."source_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "workouts_user_source_key" ON "workouts" USING btree ("user_id","source_key") WHERE "workouts"."source_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "body_entries_user_source_key" ON "body_entries" USING btree ("user_id","source_key") WHERE "body_entries"."source_key" is not null;