-- A person's history costs each of their searches less; the answers are the same.
-- Migration 0022 gathered every entry of the last p_since days, sorted them (wide rows, by kind's text first) by
-- food and day, and kept each food's count and latest entry. Now the entries are grouped by food (a count and the
-- latest day), and what was logged on that day (amount, unit, meal) is read only for the foods in the answer:
-- that day's entries of the person, a few rows through diary_entries_user_date.
-- Both reads ask for date order through an OFFSET 0 fence, and the day's read is written as a range. That keeps
-- the plan on diary_entries_user_date when it is made while the table is still empty (a new database, where the
-- plan is kept for the session: on PGlite, the server's life). Planned then, a first form of this function read
-- the entries through diary_entries_user_food and the day's entries through diary_entries_user_source_key: every
-- entry of the person, of every year, for each food shown (planned before a year of logs: a mean of 5.5-5.9 ms
-- a search, against 2.3 ms now).
-- Measured in process through the search service, interleaved with migration 0022's function, over the 65 labelled
-- queries, as a person with a year of logs (848 entries in the last 90 days, 168 foods): on the starter catalog,
-- mean 2.80 -> 1.91 ms on PostgreSQL and 3.52 -> 2.80 ms on PGlite; on the 400,000-food bench catalog,
-- 5.74 -> 5.07 ms on PostgreSQL and 10.66 -> 9.69 ms on PGlite. As a new person, the same within noise (1.12 and
-- 1.08, 1.56 and 1.65, 3.76 and 3.86, 7.65 and 7.85 ms). Every answer was identical, 60 of the 130 with history.
-- Planned on an empty diary over the 400,000 foods: 14.1 and 15.1 -> 11.4 and 10.1 ms on PGlite, 8.8 and 8.0
-- -> 6.9 and 6.2 ms on PostgreSQL.
-- Otherwise the function is migration 0022's.
CREATE OR REPLACE FUNCTION "food_search"(
	p_user uuid, p_words text[], p_groups integer[], p_driver integer, p_query_words text[], p_barcode text, p_since date,
	p_group_cap integer, p_scan_cap integer, p_branded_scan_cap integer, p_branded_rank integer, p_reference_limit integer, p_branded_limit integer,
	p_user_food_limit integer, p_recipe_limit integer, p_recent_limit integer
) RETURNS TABLE (
	kind text, id uuid, source text, source_id text, name text, brand text, barcode text, aliases text[], dedupe_key text,
	energy_kcal double precision, protein_g double precision, fat_g double precision, carbs_g double precision, portions text,
	uses integer, last_date text, last_amount double precision, last_unit text, last_meal text, group_sizes integer[]
)
LANGUAGE plpgsql STABLE
SET plan_cache_mode = force_generic_plan
SET enable_memoize = off
SET enable_seqscan = off
SET jit = off
AS $$
#variable_conflict use_column
BEGIN
	RETURN QUERY
	WITH exp AS (SELECT t.word, t.i FROM unnest(p_words, p_groups) AS t(word, i)),
	groups AS MATERIALIZED (SELECT exp.i, array_agg(exp.word) AS words FROM exp GROUP BY exp.i),
	-- How many postings each group has (counted up to p_group_cap), only when the caller does not name the driving
	-- group (p_driver) from an earlier answer: the rarest group drives (ties: the first).
	sizes AS MATERIALIZED (
		SELECT g.i, g.words, CASE WHEN p_driver IS NULL THEN (
			SELECT count(*) FROM (
				SELECT 1 FROM unnest(g.words) AS gw(word)
				CROSS JOIN LATERAL (SELECT 1 FROM food_postings p WHERE p.word = gw.word LIMIT p_group_cap) x
				LIMIT p_group_cap
			) c
		) END AS n
		FROM groups g
	),
	-- others: how many words the other groups have in all, which decides how a driving posting is checked (below).
	driver AS MATERIALIZED (SELECT s.i, s.words, (SELECT coalesce(sum(cardinality(o.words)), 0) FROM sizes o WHERE o.i <> s.i) AS others FROM sizes s WHERE p_driver IS NULL OR s.i = p_driver ORDER BY s.n, s.i LIMIT 1),
	-- Per tier: the first p_scan_cap postings (p_branded_scan_cap for branded products) of each driving word, merged
	-- in posting order, one row per food; kept while every other group has a word of the food, up to the limit.
	-- With few other words, each is probed in food_postings' primary key; with more, the food's search line is read
	-- once and compared with each group (an index descent and a heap page instead of a descent per word). A query
	-- of one group keeps every posting, so each word's first postings up to the limit are all it reads.
	full_reference AS MATERIALIZED (
		SELECT m.food_id, m.rank FROM (
			SELECT DISTINCT p.rank, p.food_id
			FROM driver d
			CROSS JOIN LATERAL unnest(d.words) AS dw(word)
			CROSS JOIN LATERAL (
				SELECT p.food_id, p.rank FROM food_postings p
				WHERE p.word = dw.word AND p.rank >= 0 AND p.rank < p_branded_rank
				ORDER BY p.rank, p.food_id
				LIMIT CASE WHEN d.others = 0 THEN least(p_scan_cap, p_reference_limit) ELSE p_scan_cap END
			) p
			ORDER BY p.rank, p.food_id
			OFFSET 0
		) m
		WHERE CASE WHEN (SELECT d.others FROM driver d) <= 3 THEN NOT EXISTS (
			SELECT 1 FROM sizes o WHERE o.i <> (SELECT d.i FROM driver d) AND NOT EXISTS (
				SELECT 1 FROM food_postings q WHERE q.word = ANY(o.words) AND q.rank = m.rank AND q.food_id = m.food_id))
		ELSE NOT EXISTS (
			SELECT 1 FROM foods f, sizes o WHERE f.id = m.food_id AND o.i <> (SELECT d.i FROM driver d) AND NOT (string_to_array(f.search_text, ' ') && o.words)) END
		ORDER BY m.rank, m.food_id
		LIMIT p_reference_limit
	),
	full_branded AS MATERIALIZED (
		SELECT m.food_id, m.rank FROM (
			SELECT DISTINCT p.rank, p.food_id
			FROM driver d
			CROSS JOIN LATERAL unnest(d.words) AS dw(word)
			CROSS JOIN LATERAL (
				SELECT p.food_id, p.rank FROM food_postings p
				WHERE p.word = dw.word AND p.rank >= p_branded_rank AND p.rank < 2147483647
				ORDER BY p.rank, p.food_id
				LIMIT CASE WHEN d.others = 0 THEN least(p_branded_scan_cap, p_branded_limit) ELSE p_branded_scan_cap END
			) p
			ORDER BY p.rank, p.food_id
			OFFSET 0
		) m
		WHERE CASE WHEN (SELECT d.others FROM driver d) <= 3 THEN NOT EXISTS (
			SELECT 1 FROM sizes o WHERE o.i <> (SELECT d.i FROM driver d) AND NOT EXISTS (
				SELECT 1 FROM food_postings q WHERE q.word = ANY(o.words) AND q.rank = m.rank AND q.food_id = m.food_id))
		ELSE NOT EXISTS (
			SELECT 1 FROM foods f, sizes o WHERE f.id = m.food_id AND o.i <> (SELECT d.i FROM driver d) AND NOT (string_to_array(f.search_text, ' ') && o.words)) END
		ORDER BY m.rank, m.food_id
		LIMIT p_branded_limit
	),
	some_reference AS (
		SELECT x.food_id, x.rank FROM (
			SELECT DISTINCT x.food_id, x.rank
			FROM groups g
			CROSS JOIN LATERAL unnest(g.words) AS gw(word)
			CROSS JOIN LATERAL (
				SELECT p.food_id, p.rank FROM food_postings p
				WHERE p.word = gw.word AND p.rank >= 0 AND p.rank < p_branded_rank
				ORDER BY p.rank
				LIMIT p_reference_limit
			) x
			WHERE (SELECT count(*) FROM groups) > 1 AND (SELECT count(*) FROM full_reference) < p_reference_limit
		) x
		JOIN foods f ON f.id = x.food_id
		ORDER BY (SELECT count(*) FROM groups g WHERE string_to_array(f.search_text, ' ') && g.words) DESC, x.rank, x.food_id
		LIMIT p_reference_limit
	),
	some_branded AS (
		SELECT x.food_id, x.rank FROM (
			SELECT DISTINCT x.food_id, x.rank
			FROM groups g
			CROSS JOIN LATERAL unnest(g.words) AS gw(word)
			CROSS JOIN LATERAL (
				SELECT p.food_id, p.rank FROM food_postings p
				WHERE p.word = gw.word AND p.rank >= p_branded_rank AND p.rank < 2147483647
				ORDER BY p.rank
				LIMIT p_branded_limit
			) x
			WHERE (SELECT count(*) FROM groups) > 1 AND (SELECT count(*) FROM full_branded) < p_branded_limit
		) x
		JOIN foods f ON f.id = x.food_id
		ORDER BY (SELECT count(*) FROM groups g WHERE string_to_array(f.search_text, ' ') && g.words) DESC, x.rank, x.food_id
		LIMIT p_branded_limit
	),
	-- The user's entries since p_since, one row per food: how many, and the day of the latest. What was logged
	-- on that day (amount, unit, meal) is read below, only for the foods the answer holds. Both reads of
	-- diary_entries ask for date order (see the header); grouped by food_id first, the sort compares uuids, and
	-- kind's text (under the database's collation) only on a tie.
	logged AS MATERIALIZED (
		SELECT e.kind, e.food_id, count(*)::int AS uses, max(e.date) AS last_date
		FROM (
			SELECT de.kind, de.food_id, de.date FROM diary_entries de
			WHERE de.user_id = p_user AND de.deleted_at IS NULL AND de.food_id IS NOT NULL AND de.kind <> 'quick' AND de.date >= p_since
			ORDER BY de.date
			OFFSET 0
		) e
		GROUP BY e.food_id, e.kind
	),
	recent AS MATERIALIZED (SELECT l.* FROM logged l ORDER BY l.last_date DESC, l.uses DESC LIMIT p_recent_limit),
	picked AS (
		SELECT f.id AS food_id, 0 AS part, 0 AS rank FROM foods f WHERE p_barcode IS NOT NULL AND ltrim(f.barcode, '0') = p_barcode
		UNION ALL
		SELECT l.food_id, 1, 0 FROM logged l JOIN foods f ON f.id = l.food_id WHERE l.kind = 'catalog' AND string_to_array(f.search_text, ' ') && p_words
		UNION ALL
		SELECT m.food_id, 2, m.rank FROM full_reference m
		UNION ALL
		SELECT m.food_id, 2, m.rank FROM full_branded m
		UNION ALL
		SELECT s.food_id, 3, s.rank FROM some_reference s
		UNION ALL
		SELECT s.food_id, 3, s.rank FROM some_branded s
	),
	best AS (SELECT pk.food_id, min(pk.part) AS part, min(pk.rank) AS rank FROM picked pk GROUP BY pk.food_id),
	own AS (
		SELECT u.id, u.name, u.brand, u.barcode, u.energy_kcal, u.protein_g, u.fat_g, u.carbs_g, u.portions,
		       row_number() OVER (ORDER BY u.updated_at DESC)::int AS rank
		FROM (SELECT * FROM user_foods uf WHERE uf.user_id = p_user ORDER BY uf.updated_at DESC LIMIT p_user_food_limit) u
	),
	-- Recipes without ingredients have no nutrition to log: left out after the limit, as the lookup did.
	matched_recipes AS (
		SELECT rc.id, rc.name FROM recipes rc
		WHERE rc.user_id = p_user AND EXISTS (SELECT 1 FROM unnest(p_query_words) AS qw(word) WHERE qw.word <% rc.search_text)
		LIMIT p_recipe_limit
	),
	out AS (
		SELECT 'catalog'::text AS kind, f.id, f.source, f.source_id, f.name, f.brand, f.barcode, f.aliases, f.dedupe_key,
		       f.energy_kcal, f.protein_g, f.fat_g, f.carbs_g, f.portions::text AS portions, r.uses, r.last_date,
		       NULL::int[] AS group_sizes, c.part::int AS part, c.rank::int AS rank
		FROM best c JOIN foods f ON f.id = c.food_id LEFT JOIN recent r ON r.kind = 'catalog' AND r.food_id = f.id
		UNION ALL
		SELECT 'custom', o.id, 'custom', o.id::text, o.name, o.brand, o.barcode, '{}'::text[], NULL::text,
		       o.energy_kcal, o.protein_g, o.fat_g, o.carbs_g, o.portions::text, r.uses, r.last_date, NULL, 10, o.rank
		FROM own o LEFT JOIN recent r ON r.kind = 'custom' AND r.food_id = o.id
		UNION ALL
		SELECT 'recipe', m.id, 'recipe', m.id::text, m.name, NULL::text, NULL::text, '{}'::text[], NULL::text,
		       0::float8, 0::float8, 0::float8, 0::float8, NULL::text, r.uses, r.last_date, NULL, 11, 0
		FROM matched_recipes m LEFT JOIN recent r ON r.kind = 'recipe' AND r.food_id = m.id
		WHERE EXISTS (SELECT 1 FROM recipe_ingredients ri WHERE ri.user_id = p_user AND ri.recipe_id = m.id)
		UNION ALL
		SELECT 'vocabulary', NULL::uuid, (SELECT v.version::text FROM food_vocabulary v WHERE v.id = 1), NULL::text, NULL::text, NULL::text, NULL::text,
		       NULL::text[], NULL::text, NULL::float8, NULL::float8, NULL::float8, NULL::float8, NULL::text, NULL::int, NULL::date,
		       -- The groups' sizes, element k for group k (null for a group without words, and all null when the caller
		       -- named the driver): the caller keeps them for later searches.
		       CASE WHEN p_driver IS NULL THEN (
		         SELECT array_agg((SELECT s.n::int FROM sizes s WHERE s.i = k) ORDER BY k) FROM generate_series(1, (SELECT max(s.i) FROM sizes s)) AS k
		       ) END, -1, 0
	)
	-- Not by name: comparing text under the database's collation cost PGlite ~0.1 ms a pair (ranking sorts anyway).
	SELECT o.kind, o.id, o.source, o.source_id, o.name, o.brand, o.barcode, o.aliases, o.dedupe_key, o.energy_kcal, o.protein_g,
	       o.fat_g, o.carbs_g, o.portions, o.uses, o.last_date::text, e.amount, e.unit, e.meal, o.group_sizes
	FROM out o
	-- What was logged last of a food with history: its entries of its latest day, the one logged later.
	LEFT JOIN LATERAL (
		SELECT d.amount, d.unit, d.meal
		FROM (
			SELECT de.kind, de.food_id, de.seq, de.amount, de.unit, de.meal FROM diary_entries de
			WHERE o.last_date IS NOT NULL AND de.user_id = p_user AND de.date >= o.last_date AND de.date <= o.last_date AND de.deleted_at IS NULL
			ORDER BY de.date
			OFFSET 0
		) d
		WHERE d.kind = o.kind AND d.food_id = o.id
		ORDER BY d.seq DESC LIMIT 1
	) e ON true
	ORDER BY o.part, o.rank, o.id;
END
$$;
