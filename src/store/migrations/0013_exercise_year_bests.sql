-- Derived data, with exercise_session_bests (migration 0011): the maxima of each user's sessions of an exercise in
-- a calendar year, so that "the best before date D" reads at most a year of session rows plus a row per earlier
-- year (workout.repository.ts bestsBefore) however long the history. Kept by the same refresh, hence the same
-- triggers, as the session rows; a deleted user takes theirs along (the foreign key), TRUNCATE … CASCADE too.
-- What depends on a fallback body weight (the session volume of workouts logged without one) is not kept per year:
-- bestsBefore reads those session rows (only for weighted-bodyweight exercises, the one load type that uses it).
CREATE TABLE "exercise_year_bests" (
	"user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
	"exercise_ref" uuid NOT NULL,
	"year" integer NOT NULL,
	"max_reps" integer,
	"max_load_g" integer,
	"max_duration_s" integer,
	"max_distance_cm" integer,
	"set_volume_kg" double precision,
	"volume_kg" double precision,
	"volume_bw_kg" double precision,
	-- By reps 1–10, as bestsBefore returns them: the heaviest load (g); body weight + load of workouts with one
	-- (kg, bw / 1000 + load / 1000); the heaviest load of workouts without one (g).
	"load_g" integer[] NOT NULL,
	"body_plus_load_kg" double precision[] NOT NULL,
	"load_without_body_weight_g" integer[] NOT NULL,
	CONSTRAINT "exercise_year_bests_pk" PRIMARY KEY ("user_id", "exercise_ref", "year")
);
--> statement-breakpoint
-- Recomputes the year rows of these (user, exercise, year) triples from the session rows.
CREATE FUNCTION "exercise_year_bests_refresh"(p_users uuid[], p_refs uuid[], p_years integer[]) RETURNS void LANGUAGE sql AS $$
	DELETE FROM exercise_year_bests y
	USING unnest(p_users, p_refs, p_years) AS c(user_id, exercise_ref, year)
	WHERE y.user_id = c.user_id AND y.exercise_ref = c.exercise_ref AND y.year = c.year;
	INSERT INTO exercise_year_bests (
		user_id, exercise_ref, year, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg,
		load_g, body_plus_load_kg, load_without_body_weight_g
	)
	SELECT c.user_id, c.exercise_ref, c.year, max(b.max_reps), max(b.max_load_g), max(b.max_duration_s), max(b.max_distance_cm),
		max(b.set_volume_kg), max(b.volume_kg), max(b.volume_bw_kg),
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
	FROM (SELECT DISTINCT * FROM unnest(p_users, p_refs, p_years) AS c(user_id, exercise_ref, year)) c
	JOIN exercise_session_bests b ON b.user_id = c.user_id AND b.exercise_ref = c.exercise_ref
		AND b.date >= make_date(c.year, 1, 1) AND b.date < make_date(c.year + 1, 1, 1)
	GROUP BY c.user_id, c.exercise_ref, c.year;
$$;
--> statement-breakpoint
-- Session rows change only through their refresh or a deleted workout's cascade: either way these statement
-- triggers recompute the years the changed rows were in.
CREATE FUNCTION "exercise_year_bests_sessions_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		PERFORM exercise_year_bests_refresh(array_agg(user_id), array_agg(exercise_ref), array_agg(year))
		FROM (SELECT DISTINCT user_id, exercise_ref, extract(year FROM date)::integer AS year FROM new_rows) n;
	END IF;
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		PERFORM exercise_year_bests_refresh(array_agg(user_id), array_agg(exercise_ref), array_agg(year))
		FROM (SELECT DISTINCT user_id, exercise_ref, extract(year FROM date)::integer AS year FROM old_rows) o;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "exercise_session_bests_years_insert" AFTER INSERT ON "exercise_session_bests" REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION exercise_year_bests_sessions_changed();
--> statement-breakpoint
CREATE TRIGGER "exercise_session_bests_years_update" AFTER UPDATE ON "exercise_session_bests" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION exercise_year_bests_sessions_changed();
--> statement-breakpoint
CREATE TRIGGER "exercise_session_bests_years_delete" AFTER DELETE ON "exercise_session_bests" REFERENCING OLD TABLE AS old_rows
	FOR EACH STATEMENT EXECUTE FUNCTION exercise_year_bests_sessions_changed();
--> statement-breakpoint
-- The session volume of workouts without a body weight is read per session (at the fallback body weight of the day).
CREATE INDEX "exercise_session_bests_without_body_weight" ON "exercise_session_bests" ("user_id", "exercise_ref", "date") WHERE "body_weight_g" IS NULL;
--> statement-breakpoint
-- The years of sessions logged before this migration.
SELECT exercise_year_bests_refresh(coalesce(array_agg(user_id), '{}'), coalesce(array_agg(exercise_ref), '{}'), coalesce(array_agg(year), '{}'))
FROM (SELECT DISTINCT user_id, exercise_ref, extract(year FROM date)::integer AS year FROM exercise_session_bests) s;
