-- The exercise bests' refreshes read and delete only the rows they name, through their keys, however their plans
-- were made. PL/pgSQL keeps a function's plans for the session, and on a new database they are made at the first
-- logged workout, while every table is empty. On empty tables a hash join over a sequential scan costs about what
-- an index does, and planned then, each refresh deleted through a scan of its whole derived table and the
-- session refresh read every workout of every person to find the one just written: at each later write of sets,
-- for as long as the connection lived (on PGlite, which never analyzes, the server's life). A 10-year person's
-- 20-set workout was logged in a median of 24.2 ms on PostgreSQL in a session planned that way, against 15.9 ms
-- in one planned later; edits and deletes also rebuilt days, months and years through such scans.
--
-- Every statement of these four functions names its rows by key (a person and a workout, or a person, an exercise
-- and a day, month or year) from the arrays it is given, so a nested loop over the arrays into the table's key
-- is the right plan at any size: the planner is told so. exercise-bests-plans.int.test.ts plans them on empty
-- tables and checks that a person's writes no longer scan a table.
ALTER FUNCTION "exercise_session_bests_refresh"(uuid[], uuid[]) SET enable_hashjoin = off SET enable_mergejoin = off SET enable_seqscan = off;
--> statement-breakpoint
ALTER FUNCTION "exercise_day_bests_refresh"(uuid[], uuid[], date[]) SET enable_hashjoin = off SET enable_mergejoin = off SET enable_seqscan = off;
--> statement-breakpoint
ALTER FUNCTION "exercise_month_bests_refresh"(uuid[], uuid[], date[]) SET enable_hashjoin = off SET enable_mergejoin = off SET enable_seqscan = off;
--> statement-breakpoint
ALTER FUNCTION "exercise_year_bests_refresh"(uuid[], uuid[], integer[]) SET enable_hashjoin = off SET enable_mergejoin = off SET enable_seqscan = off;
