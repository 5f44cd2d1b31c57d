-- Derived data: each session's bests, one row per workout and exercise (catalog or custom id), so that records
-- can be judged against "the best before date D" (one aggregate over these rows, workout.repository.ts
-- bestsBefore) instead of every earlier set. Nothing writes it but the triggers below, after every statement
-- that changes sets, exercises or a workout's date or body weight, whoever runs it (the app, imports, `import
-- platewise`, a logical restore, the bench's bulk inserts), so it cannot go stale; a deleted workout takes its
-- rows along (the foreign key), TRUNCATE … CASCADE too. Not in the Drizzle schema on purpose: it is not the
-- person's data (no export, no import, no backup of its own; backup.ts leaves it out and the triggers rebuild it).
--
-- Only working sets count (completed and not a warm-up), as in core/training/records.ts. Values stay raw (grams,
-- reps, seconds, centimetres) or are computed here with the very IEEE operations the app makes in JavaScript
-- (a load in kg is load_g / 1000; a set's volume kg × reps; a session's volume their sum in set order), so the
-- app gets the same numbers as from the sets. What depends on the exercise's load type, the e1RM formula or a
-- fallback body weight is left to the app: a custom exercise's load type can change, a formula is chosen per request.
CREATE TABLE "exercise_session_bests" (
	"user_id" uuid NOT NULL,
	"workout_id" uuid NOT NULL,
	"exercise_ref" uuid NOT NULL,
	"date" date NOT NULL,
	"body_weight_g" integer,
	-- Most reps in a set (reps > 0); heaviest load of a set with reps (g > 0).
	"max_reps" integer,
	"max_load_g" integer,
	"max_duration_s" integer,
	"max_distance_cm" integer,
	-- For r = 1…10 (element r): the heaviest load (null load as 0) of a set of exactly r reps. Any e1RM formula
	-- grows with the load at a given r, so these ten numbers give the session's best e1RM by every formula.
	"loads_by_reps" integer[] NOT NULL,
	-- A weight exercise's best set volume and session volume (load_g > 0), kg.
	"set_volume_kg" double precision,
	"volume_kg" double precision,
	-- A weighted-bodyweight exercise's session volume at the workout's body weight (null without one), kg.
	"volume_bw_kg" double precision,
	-- Σ reps and Σ load_g × reps of sets with reps: the session volume at any other body weight b is about
	-- b × volume_reps + volume_load_g / 1000 (the app's fallback body weight for workouts logged without one).
	"volume_reps" integer,
	"volume_load_g" bigint,
	CONSTRAINT "exercise_session_bests_pk" PRIMARY KEY ("user_id", "exercise_ref", "date", "workout_id"),
	CONSTRAINT "exercise_session_bests_workout_fk" FOREIGN KEY ("user_id", "workout_id") REFERENCES "workouts" ("user_id", "id") ON DELETE CASCADE
);
--> statement-breakpoint
CREATE INDEX "exercise_session_bests_workout" ON "exercise_session_bests" ("user_id", "workout_id");
--> statement-breakpoint
-- Recomputes the rows of these workouts (pairs of p_users[i], p_workouts[i]) from their sets.
CREATE FUNCTION "exercise_session_bests_refresh"(p_users uuid[], p_workouts uuid[]) RETURNS void LANGUAGE sql AS $$
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
$$;
--> statement-breakpoint
-- The statement triggers: one refresh per statement for the workouts it touched (a bulk import is one refresh).
CREATE FUNCTION "exercise_session_bests_sets_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		PERFORM exercise_session_bests_refresh(array_agg(user_id), array_agg(workout_id)) FROM (SELECT DISTINCT user_id, workout_id FROM new_rows) n;
	END IF;
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		PERFORM exercise_session_bests_refresh(array_agg(user_id), array_agg(workout_id)) FROM (SELECT DISTINCT user_id, workout_id FROM old_rows) o;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
-- A workout's date or body weight changed (its rows carry both); other updates (name, notes, times) change nothing here.
CREATE FUNCTION "exercise_session_bests_workouts_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM exercise_session_bests_refresh(array_agg(n.user_id), array_agg(n.id))
	FROM new_rows n JOIN old_rows o ON o.user_id = n.user_id AND o.id = n.id
	WHERE n.date IS DISTINCT FROM o.date OR n.body_weight_g IS DISTINCT FROM o.body_weight_g;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "workout_sets_bests_insert" AFTER INSERT ON "workout_sets" REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION exercise_session_bests_sets_changed();
--> statement-breakpoint
CREATE TRIGGER "workout_sets_bests_update" AFTER UPDATE ON "workout_sets" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION exercise_session_bests_sets_changed();
--> statement-breakpoint
CREATE TRIGGER "workout_sets_bests_delete" AFTER DELETE ON "workout_sets" REFERENCING OLD TABLE AS old_rows
	FOR EACH STATEMENT EXECUTE FUNCTION exercise_session_bests_sets_changed();
--> statement-breakpoint
-- An exercise row changed in place (its exercise id): the same function, the rows carry user_id and workout_id too.
CREATE TRIGGER "workout_exercises_bests_update" AFTER UPDATE ON "workout_exercises" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION exercise_session_bests_sets_changed();
--> statement-breakpoint
CREATE TRIGGER "workouts_bests_update" AFTER UPDATE ON "workouts" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION exercise_session_bests_workouts_changed();
--> statement-breakpoint
-- Workouts logged before this migration.
SELECT exercise_session_bests_refresh(coalesce(array_agg(user_id), '{}'), coalesce(array_agg(id), '{}')) FROM workouts;
