-- The best before a date (workout.repository.ts bestsBefore) read the year rows of earlier years and then every
-- session row of the date's own year, and every new session recomputed its year row from all that year's sessions:
-- a workout's create (its view) and every write of sets cost more the more sessions of the exercise the year held
-- (~300 sessions: ~1.5 ms of each on PGlite). Two more tiers of the same maxima make both bounded: a row per day
-- (exercise_day_bests, from that day's sessions) and per calendar month (exercise_month_bests, from its days); a
-- year row now comes from its months. bestsBefore reads earlier years, the year's earlier months and the month's
-- earlier days: at most a row per year, 11 and 30 rows, however long the history.
--
-- Writes: a new session row (a logged workout) can only raise maxima, so its day, month and year rows take the
-- greatest of theirs and its own (one upsert each, no scan); a removed or changed session row recomputes its day
-- from the day's sessions, then the month from its days and the year from its months. max and greatest pick the
-- same stored value, so every tier holds exactly what a recomputation from the sessions gives
-- (workout-records.int.test.ts compares them). Derived, SQL-only and kept under the per-person lock, like 0011/0013.
--> statement-breakpoint
-- The maxima of a day's sessions of an exercise, with the columns of exercise_year_bests.
CREATE TABLE "exercise_day_bests" (
	"user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
	"exercise_ref" uuid NOT NULL,
	"date" date NOT NULL,
	"max_reps" integer,
	"max_load_g" integer,
	"max_duration_s" integer,
	"max_distance_cm" integer,
	"set_volume_kg" double precision,
	"volume_kg" double precision,
	"volume_bw_kg" double precision,
	"load_g" integer[] NOT NULL,
	"body_plus_load_kg" double precision[] NOT NULL,
	"load_without_body_weight_g" integer[] NOT NULL,
	CONSTRAINT "exercise_day_bests_pk" PRIMARY KEY ("user_id", "exercise_ref", "date")
);
--> statement-breakpoint
-- The maxima of a calendar month's days; `month` is its first day.
CREATE TABLE "exercise_month_bests" (
	"user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
	"exercise_ref" uuid NOT NULL,
	"month" date NOT NULL,
	"max_reps" integer,
	"max_load_g" integer,
	"max_duration_s" integer,
	"max_distance_cm" integer,
	"set_volume_kg" double precision,
	"volume_kg" double precision,
	"volume_bw_kg" double precision,
	"load_g" integer[] NOT NULL,
	"body_plus_load_kg" double precision[] NOT NULL,
	"load_without_body_weight_g" integer[] NOT NULL,
	CONSTRAINT "exercise_month_bests_pk" PRIMARY KEY ("user_id", "exercise_ref", "month")
);
--> statement-breakpoint
-- Recomputes the day rows of these (user, exercise, date) triples from the session rows.
CREATE FUNCTION "exercise_day_bests_refresh"(p_users uuid[], p_refs uuid[], p_dates date[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM exercise_day_bests y
	USING unnest(p_users, p_refs, p_dates) AS c(user_id, exercise_ref, date)
	WHERE y.user_id = c.user_id AND y.exercise_ref = c.exercise_ref AND y.date = c.date;
	INSERT INTO exercise_day_bests (user_id, exercise_ref, date, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg, load_g, body_plus_load_kg, load_without_body_weight_g)
	SELECT c.user_id, c.exercise_ref, c.date, max(b.max_reps), max(b.max_load_g), max(b.max_duration_s), max(b.max_distance_cm), max(b.set_volume_kg), max(b.volume_kg), max(b.volume_bw_kg),
		ARRAY[
			max(b.loads_by_reps[1]), max(b.loads_by_reps[2]),
			max(b.loads_by_reps[3]), max(b.loads_by_reps[4]),
			max(b.loads_by_reps[5]), max(b.loads_by_reps[6]),
			max(b.loads_by_reps[7]), max(b.loads_by_reps[8]),
			max(b.loads_by_reps[9]), max(b.loads_by_reps[10])
		],
		ARRAY[
			max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[1]::float8 / 1000), max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[2]::float8 / 1000),
			max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[3]::float8 / 1000), max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[4]::float8 / 1000),
			max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[5]::float8 / 1000), max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[6]::float8 / 1000),
			max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[7]::float8 / 1000), max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[8]::float8 / 1000),
			max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[9]::float8 / 1000), max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[10]::float8 / 1000)
		],
		ARRAY[
			max(b.loads_by_reps[1]) FILTER (WHERE b.body_weight_g IS NULL), max(b.loads_by_reps[2]) FILTER (WHERE b.body_weight_g IS NULL),
			max(b.loads_by_reps[3]) FILTER (WHERE b.body_weight_g IS NULL), max(b.loads_by_reps[4]) FILTER (WHERE b.body_weight_g IS NULL),
			max(b.loads_by_reps[5]) FILTER (WHERE b.body_weight_g IS NULL), max(b.loads_by_reps[6]) FILTER (WHERE b.body_weight_g IS NULL),
			max(b.loads_by_reps[7]) FILTER (WHERE b.body_weight_g IS NULL), max(b.loads_by_reps[8]) FILTER (WHERE b.body_weight_g IS NULL),
			max(b.loads_by_reps[9]) FILTER (WHERE b.body_weight_g IS NULL), max(b.loads_by_reps[10]) FILTER (WHERE b.body_weight_g IS NULL)
		]
	FROM (SELECT DISTINCT * FROM unnest(p_users, p_refs, p_dates) AS c(user_id, exercise_ref, date)) c
	JOIN exercise_session_bests b ON b.user_id = c.user_id AND b.exercise_ref = c.exercise_ref AND b.date = c.date
	GROUP BY c.user_id, c.exercise_ref, c.date;
END $$;
--> statement-breakpoint
-- Recomputes the month rows of these (user, exercise, first day of the month) triples from the day rows.
CREATE FUNCTION "exercise_month_bests_refresh"(p_users uuid[], p_refs uuid[], p_months date[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM exercise_month_bests y
	USING unnest(p_users, p_refs, p_months) AS c(user_id, exercise_ref, month)
	WHERE y.user_id = c.user_id AND y.exercise_ref = c.exercise_ref AND y.month = c.month;
	INSERT INTO exercise_month_bests (user_id, exercise_ref, month, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg, load_g, body_plus_load_kg, load_without_body_weight_g)
	SELECT c.user_id, c.exercise_ref, c.month, max(p.max_reps), max(p.max_load_g), max(p.max_duration_s), max(p.max_distance_cm), max(p.set_volume_kg), max(p.volume_kg), max(p.volume_bw_kg),
		ARRAY[
			max(p.load_g[1]), max(p.load_g[2]),
			max(p.load_g[3]), max(p.load_g[4]),
			max(p.load_g[5]), max(p.load_g[6]),
			max(p.load_g[7]), max(p.load_g[8]),
			max(p.load_g[9]), max(p.load_g[10])
		],
		ARRAY[
			max(p.body_plus_load_kg[1]), max(p.body_plus_load_kg[2]),
			max(p.body_plus_load_kg[3]), max(p.body_plus_load_kg[4]),
			max(p.body_plus_load_kg[5]), max(p.body_plus_load_kg[6]),
			max(p.body_plus_load_kg[7]), max(p.body_plus_load_kg[8]),
			max(p.body_plus_load_kg[9]), max(p.body_plus_load_kg[10])
		],
		ARRAY[
			max(p.load_without_body_weight_g[1]), max(p.load_without_body_weight_g[2]),
			max(p.load_without_body_weight_g[3]), max(p.load_without_body_weight_g[4]),
			max(p.load_without_body_weight_g[5]), max(p.load_without_body_weight_g[6]),
			max(p.load_without_body_weight_g[7]), max(p.load_without_body_weight_g[8]),
			max(p.load_without_body_weight_g[9]), max(p.load_without_body_weight_g[10])
		]
	FROM (SELECT DISTINCT * FROM unnest(p_users, p_refs, p_months) AS c(user_id, exercise_ref, month)) c
	JOIN exercise_day_bests p ON p.user_id = c.user_id AND p.exercise_ref = c.exercise_ref
		AND p.date >= c.month AND p.date < (c.month + interval '1 month')::date
	GROUP BY c.user_id, c.exercise_ref, c.month;
END $$;
--> statement-breakpoint
-- The year rows now come from their months (at most 12 rows) instead of the year's sessions.
CREATE OR REPLACE FUNCTION "exercise_year_bests_refresh"(p_users uuid[], p_refs uuid[], p_years integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM exercise_year_bests y
	USING unnest(p_users, p_refs, p_years) AS c(user_id, exercise_ref, year)
	WHERE y.user_id = c.user_id AND y.exercise_ref = c.exercise_ref AND y.year = c.year;
	INSERT INTO exercise_year_bests (user_id, exercise_ref, year, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg, load_g, body_plus_load_kg, load_without_body_weight_g)
	SELECT c.user_id, c.exercise_ref, c.year, max(p.max_reps), max(p.max_load_g), max(p.max_duration_s), max(p.max_distance_cm), max(p.set_volume_kg), max(p.volume_kg), max(p.volume_bw_kg),
		ARRAY[
			max(p.load_g[1]), max(p.load_g[2]),
			max(p.load_g[3]), max(p.load_g[4]),
			max(p.load_g[5]), max(p.load_g[6]),
			max(p.load_g[7]), max(p.load_g[8]),
			max(p.load_g[9]), max(p.load_g[10])
		],
		ARRAY[
			max(p.body_plus_load_kg[1]), max(p.body_plus_load_kg[2]),
			max(p.body_plus_load_kg[3]), max(p.body_plus_load_kg[4]),
			max(p.body_plus_load_kg[5]), max(p.body_plus_load_kg[6]),
			max(p.body_plus_load_kg[7]), max(p.body_plus_load_kg[8]),
			max(p.body_plus_load_kg[9]), max(p.body_plus_load_kg[10])
		],
		ARRAY[
			max(p.load_without_body_weight_g[1]), max(p.load_without_body_weight_g[2]),
			max(p.load_without_body_weight_g[3]), max(p.load_without_body_weight_g[4]),
			max(p.load_without_body_weight_g[5]), max(p.load_without_body_weight_g[6]),
			max(p.load_without_body_weight_g[7]), max(p.load_without_body_weight_g[8]),
			max(p.load_without_body_weight_g[9]), max(p.load_without_body_weight_g[10])
		]
	FROM (SELECT DISTINCT * FROM unnest(p_users, p_refs, p_years) AS c(user_id, exercise_ref, year)) c
	JOIN exercise_month_bests p ON p.user_id = c.user_id AND p.exercise_ref = c.exercise_ref
		AND p.month >= make_date(c.year, 1, 1) AND p.month < make_date(c.year + 1, 1, 1)
	GROUP BY c.user_id, c.exercise_ref, c.year;
END $$;
--> statement-breakpoint
-- Session rows change only through their refresh (a delete, then an insert) or a deleted workout's cascade.
CREATE OR REPLACE FUNCTION "exercise_year_bests_sessions_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		-- A workout's refresh deletes before it inserts: an empty statement (a new workout's delete) costs nothing.
		IF NOT EXISTS (SELECT FROM new_rows) THEN RETURN NULL; END IF;
		PERFORM exercise_bests_lock(array_agg(user_id)) FROM new_rows;
		WITH d (user_id, exercise_ref, date, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg, load_g, body_plus_load_kg, load_without_body_weight_g) AS (
			SELECT b.user_id, b.exercise_ref, b.date, max(b.max_reps), max(b.max_load_g), max(b.max_duration_s), max(b.max_distance_cm), max(b.set_volume_kg), max(b.volume_kg), max(b.volume_bw_kg),
		ARRAY[
			max(b.loads_by_reps[1]), max(b.loads_by_reps[2]),
			max(b.loads_by_reps[3]), max(b.loads_by_reps[4]),
			max(b.loads_by_reps[5]), max(b.loads_by_reps[6]),
			max(b.loads_by_reps[7]), max(b.loads_by_reps[8]),
			max(b.loads_by_reps[9]), max(b.loads_by_reps[10])
		],
		ARRAY[
			max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[1]::float8 / 1000), max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[2]::float8 / 1000),
			max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[3]::float8 / 1000), max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[4]::float8 / 1000),
			max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[5]::float8 / 1000), max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[6]::float8 / 1000),
			max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[7]::float8 / 1000), max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[8]::float8 / 1000),
			max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[9]::float8 / 1000), max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[10]::float8 / 1000)
		],
		ARRAY[
			max(b.loads_by_reps[1]) FILTER (WHERE b.body_weight_g IS NULL), max(b.loads_by_reps[2]) FILTER (WHERE b.body_weight_g IS NULL),
			max(b.loads_by_reps[3]) FILTER (WHERE b.body_weight_g IS NULL), max(b.loads_by_reps[4]) FILTER (WHERE b.body_weight_g IS NULL),
			max(b.loads_by_reps[5]) FILTER (WHERE b.body_weight_g IS NULL), max(b.loads_by_reps[6]) FILTER (WHERE b.body_weight_g IS NULL),
			max(b.loads_by_reps[7]) FILTER (WHERE b.body_weight_g IS NULL), max(b.loads_by_reps[8]) FILTER (WHERE b.body_weight_g IS NULL),
			max(b.loads_by_reps[9]) FILTER (WHERE b.body_weight_g IS NULL), max(b.loads_by_reps[10]) FILTER (WHERE b.body_weight_g IS NULL)
		]
			FROM new_rows b GROUP BY b.user_id, b.exercise_ref, b.date
		), days AS (
			INSERT INTO exercise_day_bests AS x (user_id, exercise_ref, date, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg, load_g, body_plus_load_kg, load_without_body_weight_g)
			SELECT * FROM d
			ON CONFLICT (user_id, exercise_ref, date) DO UPDATE SET
		max_reps = greatest(x.max_reps, excluded.max_reps),
		max_load_g = greatest(x.max_load_g, excluded.max_load_g),
		max_duration_s = greatest(x.max_duration_s, excluded.max_duration_s),
		max_distance_cm = greatest(x.max_distance_cm, excluded.max_distance_cm),
		set_volume_kg = greatest(x.set_volume_kg, excluded.set_volume_kg),
		volume_kg = greatest(x.volume_kg, excluded.volume_kg),
		volume_bw_kg = greatest(x.volume_bw_kg, excluded.volume_bw_kg),
		load_g = ARRAY[
			greatest(x.load_g[1], excluded.load_g[1]), greatest(x.load_g[2], excluded.load_g[2]),
			greatest(x.load_g[3], excluded.load_g[3]), greatest(x.load_g[4], excluded.load_g[4]),
			greatest(x.load_g[5], excluded.load_g[5]), greatest(x.load_g[6], excluded.load_g[6]),
			greatest(x.load_g[7], excluded.load_g[7]), greatest(x.load_g[8], excluded.load_g[8]),
			greatest(x.load_g[9], excluded.load_g[9]), greatest(x.load_g[10], excluded.load_g[10])
		],
		body_plus_load_kg = ARRAY[
			greatest(x.body_plus_load_kg[1], excluded.body_plus_load_kg[1]), greatest(x.body_plus_load_kg[2], excluded.body_plus_load_kg[2]),
			greatest(x.body_plus_load_kg[3], excluded.body_plus_load_kg[3]), greatest(x.body_plus_load_kg[4], excluded.body_plus_load_kg[4]),
			greatest(x.body_plus_load_kg[5], excluded.body_plus_load_kg[5]), greatest(x.body_plus_load_kg[6], excluded.body_plus_load_kg[6]),
			greatest(x.body_plus_load_kg[7], excluded.body_plus_load_kg[7]), greatest(x.body_plus_load_kg[8], excluded.body_plus_load_kg[8]),
			greatest(x.body_plus_load_kg[9], excluded.body_plus_load_kg[9]), greatest(x.body_plus_load_kg[10], excluded.body_plus_load_kg[10])
		],
		load_without_body_weight_g = ARRAY[
			greatest(x.load_without_body_weight_g[1], excluded.load_without_body_weight_g[1]), greatest(x.load_without_body_weight_g[2], excluded.load_without_body_weight_g[2]),
			greatest(x.load_without_body_weight_g[3], excluded.load_without_body_weight_g[3]), greatest(x.load_without_body_weight_g[4], excluded.load_without_body_weight_g[4]),
			greatest(x.load_without_body_weight_g[5], excluded.load_without_body_weight_g[5]), greatest(x.load_without_body_weight_g[6], excluded.load_without_body_weight_g[6]),
			greatest(x.load_without_body_weight_g[7], excluded.load_without_body_weight_g[7]), greatest(x.load_without_body_weight_g[8], excluded.load_without_body_weight_g[8]),
			greatest(x.load_without_body_weight_g[9], excluded.load_without_body_weight_g[9]), greatest(x.load_without_body_weight_g[10], excluded.load_without_body_weight_g[10])
		]
		), m (user_id, exercise_ref, month, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg, load_g, body_plus_load_kg, load_without_body_weight_g) AS (
			SELECT p.user_id, p.exercise_ref, date_trunc('month', p.date)::date AS month, max(p.max_reps), max(p.max_load_g), max(p.max_duration_s), max(p.max_distance_cm), max(p.set_volume_kg), max(p.volume_kg), max(p.volume_bw_kg),
		ARRAY[
			max(p.load_g[1]), max(p.load_g[2]),
			max(p.load_g[3]), max(p.load_g[4]),
			max(p.load_g[5]), max(p.load_g[6]),
			max(p.load_g[7]), max(p.load_g[8]),
			max(p.load_g[9]), max(p.load_g[10])
		],
		ARRAY[
			max(p.body_plus_load_kg[1]), max(p.body_plus_load_kg[2]),
			max(p.body_plus_load_kg[3]), max(p.body_plus_load_kg[4]),
			max(p.body_plus_load_kg[5]), max(p.body_plus_load_kg[6]),
			max(p.body_plus_load_kg[7]), max(p.body_plus_load_kg[8]),
			max(p.body_plus_load_kg[9]), max(p.body_plus_load_kg[10])
		],
		ARRAY[
			max(p.load_without_body_weight_g[1]), max(p.load_without_body_weight_g[2]),
			max(p.load_without_body_weight_g[3]), max(p.load_without_body_weight_g[4]),
			max(p.load_without_body_weight_g[5]), max(p.load_without_body_weight_g[6]),
			max(p.load_without_body_weight_g[7]), max(p.load_without_body_weight_g[8]),
			max(p.load_without_body_weight_g[9]), max(p.load_without_body_weight_g[10])
		]
			FROM d p GROUP BY p.user_id, p.exercise_ref, date_trunc('month', p.date)::date
		), months AS (
			INSERT INTO exercise_month_bests AS x (user_id, exercise_ref, month, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg, load_g, body_plus_load_kg, load_without_body_weight_g)
			SELECT * FROM m
			ON CONFLICT (user_id, exercise_ref, month) DO UPDATE SET
		max_reps = greatest(x.max_reps, excluded.max_reps),
		max_load_g = greatest(x.max_load_g, excluded.max_load_g),
		max_duration_s = greatest(x.max_duration_s, excluded.max_duration_s),
		max_distance_cm = greatest(x.max_distance_cm, excluded.max_distance_cm),
		set_volume_kg = greatest(x.set_volume_kg, excluded.set_volume_kg),
		volume_kg = greatest(x.volume_kg, excluded.volume_kg),
		volume_bw_kg = greatest(x.volume_bw_kg, excluded.volume_bw_kg),
		load_g = ARRAY[
			greatest(x.load_g[1], excluded.load_g[1]), greatest(x.load_g[2], excluded.load_g[2]),
			greatest(x.load_g[3], excluded.load_g[3]), greatest(x.load_g[4], excluded.load_g[4]),
			greatest(x.load_g[5], excluded.load_g[5]), greatest(x.load_g[6], excluded.load_g[6]),
			greatest(x.load_g[7], excluded.load_g[7]), greatest(x.load_g[8], excluded.load_g[8]),
			greatest(x.load_g[9], excluded.load_g[9]), greatest(x.load_g[10], excluded.load_g[10])
		],
		body_plus_load_kg = ARRAY[
			greatest(x.body_plus_load_kg[1], excluded.body_plus_load_kg[1]), greatest(x.body_plus_load_kg[2], excluded.body_plus_load_kg[2]),
			greatest(x.body_plus_load_kg[3], excluded.body_plus_load_kg[3]), greatest(x.body_plus_load_kg[4], excluded.body_plus_load_kg[4]),
			greatest(x.body_plus_load_kg[5], excluded.body_plus_load_kg[5]), greatest(x.body_plus_load_kg[6], excluded.body_plus_load_kg[6]),
			greatest(x.body_plus_load_kg[7], excluded.body_plus_load_kg[7]), greatest(x.body_plus_load_kg[8], excluded.body_plus_load_kg[8]),
			greatest(x.body_plus_load_kg[9], excluded.body_plus_load_kg[9]), greatest(x.body_plus_load_kg[10], excluded.body_plus_load_kg[10])
		],
		load_without_body_weight_g = ARRAY[
			greatest(x.load_without_body_weight_g[1], excluded.load_without_body_weight_g[1]), greatest(x.load_without_body_weight_g[2], excluded.load_without_body_weight_g[2]),
			greatest(x.load_without_body_weight_g[3], excluded.load_without_body_weight_g[3]), greatest(x.load_without_body_weight_g[4], excluded.load_without_body_weight_g[4]),
			greatest(x.load_without_body_weight_g[5], excluded.load_without_body_weight_g[5]), greatest(x.load_without_body_weight_g[6], excluded.load_without_body_weight_g[6]),
			greatest(x.load_without_body_weight_g[7], excluded.load_without_body_weight_g[7]), greatest(x.load_without_body_weight_g[8], excluded.load_without_body_weight_g[8]),
			greatest(x.load_without_body_weight_g[9], excluded.load_without_body_weight_g[9]), greatest(x.load_without_body_weight_g[10], excluded.load_without_body_weight_g[10])
		]
		)
		INSERT INTO exercise_year_bests AS x (user_id, exercise_ref, year, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg, load_g, body_plus_load_kg, load_without_body_weight_g)
		SELECT p.user_id, p.exercise_ref, extract(year FROM p.month)::integer, max(p.max_reps), max(p.max_load_g), max(p.max_duration_s), max(p.max_distance_cm), max(p.set_volume_kg), max(p.volume_kg), max(p.volume_bw_kg),
		ARRAY[
			max(p.load_g[1]), max(p.load_g[2]),
			max(p.load_g[3]), max(p.load_g[4]),
			max(p.load_g[5]), max(p.load_g[6]),
			max(p.load_g[7]), max(p.load_g[8]),
			max(p.load_g[9]), max(p.load_g[10])
		],
		ARRAY[
			max(p.body_plus_load_kg[1]), max(p.body_plus_load_kg[2]),
			max(p.body_plus_load_kg[3]), max(p.body_plus_load_kg[4]),
			max(p.body_plus_load_kg[5]), max(p.body_plus_load_kg[6]),
			max(p.body_plus_load_kg[7]), max(p.body_plus_load_kg[8]),
			max(p.body_plus_load_kg[9]), max(p.body_plus_load_kg[10])
		],
		ARRAY[
			max(p.load_without_body_weight_g[1]), max(p.load_without_body_weight_g[2]),
			max(p.load_without_body_weight_g[3]), max(p.load_without_body_weight_g[4]),
			max(p.load_without_body_weight_g[5]), max(p.load_without_body_weight_g[6]),
			max(p.load_without_body_weight_g[7]), max(p.load_without_body_weight_g[8]),
			max(p.load_without_body_weight_g[9]), max(p.load_without_body_weight_g[10])
		]
		FROM m p GROUP BY p.user_id, p.exercise_ref, extract(year FROM p.month)::integer
		ON CONFLICT (user_id, exercise_ref, year) DO UPDATE SET
		max_reps = greatest(x.max_reps, excluded.max_reps),
		max_load_g = greatest(x.max_load_g, excluded.max_load_g),
		max_duration_s = greatest(x.max_duration_s, excluded.max_duration_s),
		max_distance_cm = greatest(x.max_distance_cm, excluded.max_distance_cm),
		set_volume_kg = greatest(x.set_volume_kg, excluded.set_volume_kg),
		volume_kg = greatest(x.volume_kg, excluded.volume_kg),
		volume_bw_kg = greatest(x.volume_bw_kg, excluded.volume_bw_kg),
		load_g = ARRAY[
			greatest(x.load_g[1], excluded.load_g[1]), greatest(x.load_g[2], excluded.load_g[2]),
			greatest(x.load_g[3], excluded.load_g[3]), greatest(x.load_g[4], excluded.load_g[4]),
			greatest(x.load_g[5], excluded.load_g[5]), greatest(x.load_g[6], excluded.load_g[6]),
			greatest(x.load_g[7], excluded.load_g[7]), greatest(x.load_g[8], excluded.load_g[8]),
			greatest(x.load_g[9], excluded.load_g[9]), greatest(x.load_g[10], excluded.load_g[10])
		],
		body_plus_load_kg = ARRAY[
			greatest(x.body_plus_load_kg[1], excluded.body_plus_load_kg[1]), greatest(x.body_plus_load_kg[2], excluded.body_plus_load_kg[2]),
			greatest(x.body_plus_load_kg[3], excluded.body_plus_load_kg[3]), greatest(x.body_plus_load_kg[4], excluded.body_plus_load_kg[4]),
			greatest(x.body_plus_load_kg[5], excluded.body_plus_load_kg[5]), greatest(x.body_plus_load_kg[6], excluded.body_plus_load_kg[6]),
			greatest(x.body_plus_load_kg[7], excluded.body_plus_load_kg[7]), greatest(x.body_plus_load_kg[8], excluded.body_plus_load_kg[8]),
			greatest(x.body_plus_load_kg[9], excluded.body_plus_load_kg[9]), greatest(x.body_plus_load_kg[10], excluded.body_plus_load_kg[10])
		],
		load_without_body_weight_g = ARRAY[
			greatest(x.load_without_body_weight_g[1], excluded.load_without_body_weight_g[1]), greatest(x.load_without_body_weight_g[2], excluded.load_without_body_weight_g[2]),
			greatest(x.load_without_body_weight_g[3], excluded.load_without_body_weight_g[3]), greatest(x.load_without_body_weight_g[4], excluded.load_without_body_weight_g[4]),
			greatest(x.load_without_body_weight_g[5], excluded.load_without_body_weight_g[5]), greatest(x.load_without_body_weight_g[6], excluded.load_without_body_weight_g[6]),
			greatest(x.load_without_body_weight_g[7], excluded.load_without_body_weight_g[7]), greatest(x.load_without_body_weight_g[8], excluded.load_without_body_weight_g[8]),
			greatest(x.load_without_body_weight_g[9], excluded.load_without_body_weight_g[9]), greatest(x.load_without_body_weight_g[10], excluded.load_without_body_weight_g[10])
		];
		RETURN NULL;
	END IF;
	IF TG_OP = 'DELETE' THEN
		IF NOT EXISTS (SELECT FROM old_rows) THEN RETURN NULL; END IF;
		PERFORM exercise_bests_lock(array_agg(user_id)) FROM (SELECT user_id, exercise_ref, date FROM old_rows) c;
		PERFORM exercise_day_bests_refresh(array_agg(user_id), array_agg(exercise_ref), array_agg(date))
		FROM (SELECT DISTINCT user_id, exercise_ref, date FROM (SELECT user_id, exercise_ref, date FROM old_rows) c) k;
		PERFORM exercise_month_bests_refresh(array_agg(user_id), array_agg(exercise_ref), array_agg(month))
		FROM (SELECT DISTINCT user_id, exercise_ref, date_trunc('month', date)::date AS month FROM (SELECT user_id, exercise_ref, date FROM old_rows) c) k;
		PERFORM exercise_year_bests_refresh(array_agg(user_id), array_agg(exercise_ref), array_agg(year))
		FROM (SELECT DISTINCT user_id, exercise_ref, extract(year FROM date)::integer AS year FROM (SELECT user_id, exercise_ref, date FROM old_rows) c) k;
	END IF;
	IF TG_OP = 'UPDATE' THEN
		IF NOT EXISTS (SELECT FROM new_rows) THEN RETURN NULL; END IF;
		PERFORM exercise_bests_lock(array_agg(user_id)) FROM (SELECT user_id, exercise_ref, date FROM old_rows UNION ALL SELECT user_id, exercise_ref, date FROM new_rows) c;
		PERFORM exercise_day_bests_refresh(array_agg(user_id), array_agg(exercise_ref), array_agg(date))
		FROM (SELECT DISTINCT user_id, exercise_ref, date FROM (SELECT user_id, exercise_ref, date FROM old_rows UNION ALL SELECT user_id, exercise_ref, date FROM new_rows) c) k;
		PERFORM exercise_month_bests_refresh(array_agg(user_id), array_agg(exercise_ref), array_agg(month))
		FROM (SELECT DISTINCT user_id, exercise_ref, date_trunc('month', date)::date AS month FROM (SELECT user_id, exercise_ref, date FROM old_rows UNION ALL SELECT user_id, exercise_ref, date FROM new_rows) c) k;
		PERFORM exercise_year_bests_refresh(array_agg(user_id), array_agg(exercise_ref), array_agg(year))
		FROM (SELECT DISTINCT user_id, exercise_ref, extract(year FROM date)::integer AS year FROM (SELECT user_id, exercise_ref, date FROM old_rows UNION ALL SELECT user_id, exercise_ref, date FROM new_rows) c) k;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
-- The refreshes run on every write of sets. As SQL functions PostgreSQL 15 planned their statements again on
-- every call (the session refresh's insert, some 40 aggregates, most of a logged workout's ~1.7 ms of triggers);
-- in PL/pgSQL each connection keeps their plans. The same statements as in migrations 0011 and 0016.
CREATE OR REPLACE FUNCTION "exercise_session_bests_refresh"(p_users uuid[], p_workouts uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM exercise_session_bests b
	USING unnest(p_users, p_workouts) AS c(user_id, workout_id)
	WHERE b.user_id = c.user_id AND b.workout_id = c.workout_id;
	INSERT INTO exercise_session_bests (
		user_id, workout_id, exercise_ref, date, body_weight_g, max_reps, max_load_g, max_duration_s, max_distance_cm,
		loads_by_reps, set_volume_kg, volume_kg, volume_bw_kg, volume_reps, volume_load_g
	)
	SELECT w.user_id, w.id, coalesce(e.exercise_id, e.custom_exercise_id), w.date, w.body_weight_g,
		max(s.reps) FILTER (WHERE k.working AND s.reps > 0),
		max(s.load_g) FILTER (WHERE k.working AND s.reps > 0 AND s.load_g > 0),
		max(s.duration_s) FILTER (WHERE k.working AND s.duration_s > 0),
		max(s.distance_cm) FILTER (WHERE k.working AND s.distance_cm > 0),
		ARRAY[
			max(coalesce(s.load_g, 0)) FILTER (WHERE k.working AND s.reps = 1), max(coalesce(s.load_g, 0)) FILTER (WHERE k.working AND s.reps = 2),
			max(coalesce(s.load_g, 0)) FILTER (WHERE k.working AND s.reps = 3), max(coalesce(s.load_g, 0)) FILTER (WHERE k.working AND s.reps = 4),
			max(coalesce(s.load_g, 0)) FILTER (WHERE k.working AND s.reps = 5), max(coalesce(s.load_g, 0)) FILTER (WHERE k.working AND s.reps = 6),
			max(coalesce(s.load_g, 0)) FILTER (WHERE k.working AND s.reps = 7), max(coalesce(s.load_g, 0)) FILTER (WHERE k.working AND s.reps = 8),
			max(coalesce(s.load_g, 0)) FILTER (WHERE k.working AND s.reps = 9), max(coalesce(s.load_g, 0)) FILTER (WHERE k.working AND s.reps = 10)
		],
		max((s.load_g::float8 / 1000::float8) * s.reps::float8) FILTER (WHERE k.working AND s.reps > 0 AND s.load_g > 0),
		sum((s.load_g::float8 / 1000::float8) * s.reps::float8 ORDER BY s.exercise_position, s.position) FILTER (WHERE k.working AND s.reps > 0 AND s.load_g > 0),
		sum(((w.body_weight_g::float8 / 1000::float8) + (coalesce(s.load_g, 0)::float8 / 1000::float8)) * s.reps::float8 ORDER BY s.exercise_position, s.position)
			FILTER (WHERE k.working AND s.reps > 0 AND (w.body_weight_g::float8 / 1000::float8) + (coalesce(s.load_g, 0)::float8 / 1000::float8) > 0),
		sum(s.reps) FILTER (WHERE k.working AND s.reps > 0),
		sum(coalesce(s.load_g, 0)::bigint * s.reps) FILTER (WHERE k.working AND s.reps > 0)
	FROM unnest(p_users, p_workouts) AS c(user_id, workout_id)
	JOIN workouts w ON w.user_id = c.user_id AND w.id = c.workout_id
	JOIN workout_exercises e ON e.user_id = w.user_id AND e.workout_id = w.id
	JOIN workout_sets s ON s.user_id = e.user_id AND s.workout_id = e.workout_id AND s.exercise_position = e.position
	CROSS JOIN LATERAL (SELECT s.completed AND s.set_type <> 'warmup' AS working) k
	-- Every session with a set gets a row (the last session before a date is found here); only working sets count.
	GROUP BY w.user_id, w.id, coalesce(e.exercise_id, e.custom_exercise_id), w.date, w.body_weight_g;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "exercise_bests_lock"(p_users uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_advisory_xact_lock(7261524, hashtext(u::text)) FROM (SELECT DISTINCT u FROM unnest(p_users) AS u ORDER BY u) l;
END $$;
--> statement-breakpoint
-- The days and months of sessions logged before this migration (the year rows already hold their maxima).
INSERT INTO exercise_day_bests (user_id, exercise_ref, date, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg, load_g, body_plus_load_kg, load_without_body_weight_g)
SELECT b.user_id, b.exercise_ref, b.date, max(b.max_reps), max(b.max_load_g), max(b.max_duration_s), max(b.max_distance_cm), max(b.set_volume_kg), max(b.volume_kg), max(b.volume_bw_kg),
		ARRAY[
			max(b.loads_by_reps[1]), max(b.loads_by_reps[2]),
			max(b.loads_by_reps[3]), max(b.loads_by_reps[4]),
			max(b.loads_by_reps[5]), max(b.loads_by_reps[6]),
			max(b.loads_by_reps[7]), max(b.loads_by_reps[8]),
			max(b.loads_by_reps[9]), max(b.loads_by_reps[10])
		],
		ARRAY[
			max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[1]::float8 / 1000), max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[2]::float8 / 1000),
			max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[3]::float8 / 1000), max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[4]::float8 / 1000),
			max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[5]::float8 / 1000), max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[6]::float8 / 1000),
			max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[7]::float8 / 1000), max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[8]::float8 / 1000),
			max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[9]::float8 / 1000), max(b.body_weight_g::float8 / 1000 + b.loads_by_reps[10]::float8 / 1000)
		],
		ARRAY[
			max(b.loads_by_reps[1]) FILTER (WHERE b.body_weight_g IS NULL), max(b.loads_by_reps[2]) FILTER (WHERE b.body_weight_g IS NULL),
			max(b.loads_by_reps[3]) FILTER (WHERE b.body_weight_g IS NULL), max(b.loads_by_reps[4]) FILTER (WHERE b.body_weight_g IS NULL),
			max(b.loads_by_reps[5]) FILTER (WHERE b.body_weight_g IS NULL), max(b.loads_by_reps[6]) FILTER (WHERE b.body_weight_g IS NULL),
			max(b.loads_by_reps[7]) FILTER (WHERE b.body_weight_g IS NULL), max(b.loads_by_reps[8]) FILTER (WHERE b.body_weight_g IS NULL),
			max(b.loads_by_reps[9]) FILTER (WHERE b.body_weight_g IS NULL), max(b.loads_by_reps[10]) FILTER (WHERE b.body_weight_g IS NULL)
		]
FROM exercise_session_bests b GROUP BY b.user_id, b.exercise_ref, b.date;
--> statement-breakpoint
INSERT INTO exercise_month_bests (user_id, exercise_ref, month, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg, load_g, body_plus_load_kg, load_without_body_weight_g)
SELECT p.user_id, p.exercise_ref, date_trunc('month', p.date)::date, max(p.max_reps), max(p.max_load_g), max(p.max_duration_s), max(p.max_distance_cm), max(p.set_volume_kg), max(p.volume_kg), max(p.volume_bw_kg),
		ARRAY[
			max(p.load_g[1]), max(p.load_g[2]),
			max(p.load_g[3]), max(p.load_g[4]),
			max(p.load_g[5]), max(p.load_g[6]),
			max(p.load_g[7]), max(p.load_g[8]),
			max(p.load_g[9]), max(p.load_g[10])
		],
		ARRAY[
			max(p.body_plus_load_kg[1]), max(p.body_plus_load_kg[2]),
			max(p.body_plus_load_kg[3]), max(p.body_plus_load_kg[4]),
			max(p.body_plus_load_kg[5]), max(p.body_plus_load_kg[6]),
			max(p.body_plus_load_kg[7]), max(p.body_plus_load_kg[8]),
			max(p.body_plus_load_kg[9]), max(p.body_plus_load_kg[10])
		],
		ARRAY[
			max(p.load_without_body_weight_g[1]), max(p.load_without_body_weight_g[2]),
			max(p.load_without_body_weight_g[3]), max(p.load_without_body_weight_g[4]),
			max(p.load_without_body_weight_g[5]), max(p.load_without_body_weight_g[6]),
			max(p.load_without_body_weight_g[7]), max(p.load_without_body_weight_g[8]),
			max(p.load_without_body_weight_g[9]), max(p.load_without_body_weight_g[10])
		]
FROM exercise_day_bests p GROUP BY p.user_id, p.exercise_ref, date_trunc('month', p.date)::date;
