-- An UPDATE of sets (or of an exercise row in place) refreshed the bests of the workouts it touched twice: once
-- for the rows after it and once for the rows before, each a delete and insert of the session rows and two
-- refreshes of their years. The workouts of both are now refreshed together, once; a refresh recomputes a
-- workout's rows from its sets as they stand, so once gives what twice gave. The autosave updates the sets it
-- changed in place (workout.repository.ts replace), so a tick pays one refresh. INSERT and DELETE are as in 0016.
CREATE OR REPLACE FUNCTION "exercise_session_bests_sets_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM exercise_bests_lock(array_agg(user_id)) FROM new_rows;
		PERFORM exercise_session_bests_refresh(array_agg(user_id), array_agg(workout_id)) FROM (SELECT DISTINCT user_id, workout_id FROM new_rows) n;
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM exercise_bests_lock(array_agg(user_id)) FROM old_rows;
		PERFORM exercise_session_bests_refresh(array_agg(user_id), array_agg(workout_id)) FROM (SELECT DISTINCT user_id, workout_id FROM old_rows) o;
	ELSE
		PERFORM exercise_bests_lock(array_agg(user_id)) FROM (SELECT user_id FROM new_rows UNION ALL SELECT user_id FROM old_rows) u;
		PERFORM exercise_session_bests_refresh(array_agg(user_id), array_agg(workout_id))
		FROM (SELECT user_id, workout_id FROM new_rows UNION SELECT user_id, workout_id FROM old_rows) c;
	END IF;
	RETURN NULL;
END $$;
