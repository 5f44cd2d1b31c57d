-- The day view reads the day's entries through diary_entries_user_date however its plan was made.
-- The function's plan is kept for the session, and on a new database it is made at the first day view, when
-- diary_entries and workouts are still empty and every index of the table looks the same to the planner. Planned
-- then, migration 0014's function read the day's entries through diary_entries_user_source_key: every entry of the
-- person, of every year, for every day shown (on PostgreSQL, a day of a person with 10 years of logs in 8.0-11.5
-- ms at the median, against 1.4-1.7 ms in a session planned later; on PGlite 9.7 ms, and there a plan lives as
-- long as the server, which never analyzes). Planned that way now: 1.5 ms on PostgreSQL, 2.1 ms on PGlite. The
-- read now asks for date order behind an OFFSET 0 fence and names the day as a range, which only
-- diary_entries_user_date serves without a sort. The day's workouts were read through workouts_user_date either
-- way (the test in food-search.int.test.ts checks both). Otherwise the function is migration 0014's.
CREATE OR REPLACE FUNCTION "diary_day_read"(p_user uuid, p_date date)
RETURNS TABLE (entries json, settings json, profile json, workouts json, exercises json, sets json, catalog json, custom json)
LANGUAGE plpgsql STABLE
AS $$
BEGIN
	RETURN QUERY
	WITH w AS (SELECT * FROM "workouts" wk WHERE wk.user_id = p_user AND wk.date = p_date),
	we AS (SELECT e.* FROM "workout_exercises" e WHERE e.user_id = p_user AND e.workout_id IN (SELECT w.id FROM w))
	SELECT
		(SELECT coalesce(json_agg(d ORDER BY d.seq), '[]') FROM (
			SELECT * FROM "diary_entries" de
			WHERE de.user_id = p_user AND de.date >= p_date AND de.date <= p_date AND de.deleted_at IS NULL
			ORDER BY de.date
			OFFSET 0
		) d),
		(SELECT row_to_json(s) FROM "user_settings" s WHERE s.user_id = p_user),
		(SELECT row_to_json(p) FROM "profiles" p WHERE p.user_id = p_user),
		(SELECT json_agg(w) FROM w),
		(SELECT json_agg(we ORDER BY we.workout_id, we.position) FROM we),
		(SELECT json_agg(s ORDER BY s.workout_id, s.exercise_position, s.position) FROM "workout_sets" s
			WHERE s.user_id = p_user AND s.workout_id IN (SELECT w.id FROM w)),
		(SELECT json_agg(x) FROM "exercises" x WHERE x.id IN (SELECT we.exercise_id FROM we)),
		(SELECT json_agg(x) FROM "custom_exercises" x WHERE x.user_id = p_user AND x.id IN (SELECT we.custom_exercise_id FROM we));
END
$$;
