-- The bests tables (migrations 0011, 0013) under concurrent writes on PostgreSQL: two transactions logging
-- workouts of one person recomputed the same year row (delete, then insert) and the second insert failed on its key.
-- Every refresh now first takes a transaction-scoped advisory lock per person, so refreshes of one person's bests
-- run one transaction after the other; each statement after the lock sees what the one before committed. PGlite
-- has one connection: the lock is always free there.
CREATE FUNCTION "exercise_bests_lock"(p_users uuid[]) RETURNS void LANGUAGE sql AS $$
	SELECT pg_advisory_xact_lock(7261524, hashtext(u::text)) FROM (SELECT DISTINCT u FROM unnest(p_users) AS u ORDER BY u) l;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "exercise_session_bests_sets_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		PERFORM exercise_bests_lock(array_agg(user_id)) FROM new_rows;
		PERFORM exercise_session_bests_refresh(array_agg(user_id), array_agg(workout_id)) FROM (SELECT DISTINCT user_id, workout_id FROM new_rows) n;
	END IF;
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		PERFORM exercise_bests_lock(array_agg(user_id)) FROM old_rows;
		PERFORM exercise_session_bests_refresh(array_agg(user_id), array_agg(workout_id)) FROM (SELECT DISTINCT user_id, workout_id FROM old_rows) o;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "exercise_session_bests_workouts_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM exercise_bests_lock(array_agg(n.user_id)) FROM new_rows n;
	PERFORM exercise_session_bests_refresh(array_agg(n.user_id), array_agg(n.id))
	FROM new_rows n JOIN old_rows o ON o.user_id = n.user_id AND o.id = n.id
	WHERE n.date IS DISTINCT FROM o.date OR n.body_weight_g IS DISTINCT FROM o.body_weight_g;
	RETURN NULL;
END $$;
--> statement-breakpoint
-- Also reached without the functions above: a deleted workout's session rows go by its foreign key's cascade.
CREATE OR REPLACE FUNCTION "exercise_year_bests_sessions_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		PERFORM exercise_bests_lock(array_agg(user_id)) FROM new_rows;
		PERFORM exercise_year_bests_refresh(array_agg(user_id), array_agg(exercise_ref), array_agg(year))
		FROM (SELECT DISTINCT user_id, exercise_ref, extract(year FROM date)::integer AS year FROM new_rows) n;
	END IF;
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		PERFORM exercise_bests_lock(array_agg(user_id)) FROM old_rows;
		PERFORM exercise_year_bests_refresh(array_agg(user_id), array_agg(exercise_ref), array_agg(year))
		FROM (SELECT DISTINCT user_id, exercise_ref, extract(year FROM date)::integer AS year FROM old_rows) o;
	END IF;
	RETURN NULL;
END $$;
