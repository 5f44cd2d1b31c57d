CREATE TABLE "food_postings" (
	"word" text NOT NULL,
	"rank" integer NOT NULL,
	"food_id" uuid NOT NULL,
	CONSTRAINT "food_postings_word_rank_food_id_pk" PRIMARY KEY("word","rank","food_id")
);
--> statement-breakpoint
DROP INDEX "foods_search_words";--> statement-breakpoint
CREATE INDEX "food_words_prefix" ON "food_words" USING btree ("word" collate "C");--> statement-breakpoint
-- A catalog imported before: the postings of every food (the catalog upsert keeps them in step from now on).
-- The rank is food.repository.ts's POSTING_RANK: tier × 1000 + the search line's length (at most 999).
INSERT INTO "food_postings" ("word", "rank", "food_id")
SELECT DISTINCT w, (CASE WHEN f."source" = 'platewise-starter' THEN 0 WHEN f."source" IN ('usda-fdc-branded', 'off') THEN 2 ELSE 1 END) * 1000 + least(length(f."search_text"), 999), f."id"
FROM "foods" f, unnest(string_to_array(f."search_text", ' ')) AS w
WHERE w <> '';
--> statement-breakpoint
-- Search candidates (food.repository.ts searchCatalog calls it with the catalog words each query word may mean:
-- p_words, with p_groups naming the query word each stands for). A PL/pgSQL function so that the statement is
-- planned once per connection (a generic plan): planning this many CTEs and laterals cost more than running
-- them, above all on PGlite. Every read is a bounded range of an index, so the work does not grow with how many
-- foods share a word; the SET lines keep any plan on those paths (no sequential scans, no JIT compilation,
-- whose cost estimate a generic plan overstates). Candidates: the barcode's foods (part 0); foods the user
-- logged since p_since that have one of the words (1); in each tier (starter and reference data, rank below
-- p_branded_rank; branded products), the first foods in posting order with a word of every group, read from
-- the rarest group's postings, at most p_scan_cap of each of its words (2); only when those are fewer than the
-- tier's limit and the query has several groups, foods with a word of some groups, most groups first (3).
CREATE FUNCTION "food_search_candidates"(
	p_user uuid, p_words text[], p_groups integer[], p_barcode text, p_since date,
	p_group_cap integer, p_scan_cap integer, p_branded_rank integer, p_reference_limit integer, p_branded_limit integer
) RETURNS TABLE (
	kind text, id uuid, source text, source_id text, name text, brand text, barcode text, aliases text[], dedupe_key text,
	energy_kcal double precision, protein_g double precision, uses integer, last_used text, part integer, rank integer
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
	-- How many postings each group has (counted up to p_group_cap): the rarest group drives.
	sizes AS MATERIALIZED (
		SELECT g.i, g.words, (
			SELECT count(*) FROM (
				SELECT 1 FROM unnest(g.words) AS gw(word)
				CROSS JOIN LATERAL (SELECT 1 FROM food_postings p WHERE p.word = gw.word LIMIT p_group_cap) x
				LIMIT p_group_cap
			) c
		) AS n
		FROM groups g
	),
	driver AS MATERIALIZED (SELECT s.i, s.words FROM sizes s ORDER BY s.n, s.i LIMIT 1),
	-- Per tier: each driving word's postings in rank order (at most p_scan_cap of them), kept when every other
	-- group has a word of the same food (primary-key probes), up to the limit.
	full_reference AS MATERIALIZED (
		SELECT x.food_id, x.rank FROM (
			SELECT DISTINCT x.food_id, x.rank
			FROM driver d
			CROSS JOIN LATERAL unnest(d.words) AS dw(word)
			CROSS JOIN LATERAL (
				SELECT p.food_id, p.rank FROM (
					SELECT p.food_id, p.rank FROM food_postings p
					WHERE p.word = dw.word AND p.rank >= 0 AND p.rank < p_branded_rank
					ORDER BY p.rank
					LIMIT p_scan_cap
				) p
				WHERE NOT EXISTS (
					SELECT 1 FROM sizes o WHERE o.i <> d.i AND NOT EXISTS (
						SELECT 1 FROM unnest(o.words) AS ow(word)
						CROSS JOIN LATERAL (SELECT 1 FROM food_postings q WHERE q.word = ow.word AND q.rank = p.rank AND q.food_id = p.food_id) z))
				ORDER BY p.rank
				LIMIT p_reference_limit
			) x
		) x
		ORDER BY x.rank, x.food_id
		LIMIT p_reference_limit
	),
	full_branded AS MATERIALIZED (
		SELECT x.food_id, x.rank FROM (
			SELECT DISTINCT x.food_id, x.rank
			FROM driver d
			CROSS JOIN LATERAL unnest(d.words) AS dw(word)
			CROSS JOIN LATERAL (
				SELECT p.food_id, p.rank FROM (
					SELECT p.food_id, p.rank FROM food_postings p
					WHERE p.word = dw.word AND p.rank >= p_branded_rank AND p.rank < 2147483647
					ORDER BY p.rank
					LIMIT p_scan_cap
				) p
				WHERE NOT EXISTS (
					SELECT 1 FROM sizes o WHERE o.i <> d.i AND NOT EXISTS (
						SELECT 1 FROM unnest(o.words) AS ow(word)
						CROSS JOIN LATERAL (SELECT 1 FROM food_postings q WHERE q.word = ow.word AND q.rank = p.rank AND q.food_id = p.food_id) z))
				ORDER BY p.rank
				LIMIT p_branded_limit
			) x
		) x
		ORDER BY x.rank, x.food_id
		LIMIT p_branded_limit
	),
	-- Only when a query has several groups and a tier has fewer full matches than its limit: foods with a word
	-- of some of them, most groups first (with one group, every food that has a word of it is a full match).
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
	usage AS (
		SELECT de.food_id, count(*)::int AS n, max(de.date)::text AS last
		FROM diary_entries de
		WHERE de.user_id = p_user AND de.deleted_at IS NULL AND de.kind = 'catalog' AND de.date >= p_since
		GROUP BY de.food_id
	),
	picked AS (
		SELECT f.id AS food_id, 0 AS part, 0 AS rank FROM foods f WHERE p_barcode IS NOT NULL AND ltrim(f.barcode, '0') = p_barcode
		UNION ALL
		SELECT u.food_id, 1, 0 FROM usage u JOIN foods f ON f.id = u.food_id WHERE string_to_array(f.search_text, ' ') && p_words
		UNION ALL
		SELECT m.food_id, 2, m.rank FROM full_reference m
		UNION ALL
		SELECT m.food_id, 2, m.rank FROM full_branded m
		UNION ALL
		SELECT s.food_id, 3, s.rank FROM some_reference s
		UNION ALL
		SELECT s.food_id, 3, s.rank FROM some_branded s
	),
	best AS (SELECT pk.food_id, min(pk.part) AS part, min(pk.rank) AS rank FROM picked pk GROUP BY pk.food_id)
	SELECT 'catalog'::text, f.id, f.source, f.source_id, f.name, f.brand, f.barcode, f.aliases, f.dedupe_key,
	       f.energy_kcal, f.protein_g, coalesce(u.n, 0)::int, u.last, c.part::int, c.rank::int
	FROM best c JOIN foods f ON f.id = c.food_id LEFT JOIN usage u ON u.food_id = f.id
	-- Not by name: comparing text under the database's collation cost PGlite ~0.1 ms a pair (ranking sorts anyway).
	ORDER BY c.part, c.rank, f.id;
END
$$;
--> statement-breakpoint
-- The catalog words each query word may mean (food.repository.ts wordsMeant): a catalog word means itself and the
-- words it begins (a range of food_words_prefix, shortest first); any other word (a typo) the catalog words most
-- like it (food_words_trgm). A function for the same reasons as above: one plan, on the indexes.
CREATE FUNCTION "food_words_meant"(p_words text[], p_prefix_words integer, p_typo_words integer)
RETURNS TABLE (i integer, known boolean, word text)
LANGUAGE plpgsql STABLE
SET plan_cache_mode = force_generic_plan
SET enable_seqscan = off
SET jit = off
AS $$
#variable_conflict use_column
BEGIN
	RETURN QUERY
	WITH qw AS (
		SELECT t.w, t.i::integer AS i, EXISTS (SELECT 1 FROM food_words k WHERE k.word = t.w) AS known
		FROM unnest(p_words) WITH ORDINALITY AS t(w, i)
	)
	SELECT qw.i, qw.known, x.word FROM qw CROSS JOIN LATERAL (
		(SELECT fw.word FROM food_words fw
		 WHERE qw.known AND fw.word COLLATE "C" >= qw.w COLLATE "C" AND fw.word COLLATE "C" < (qw.w || '~') COLLATE "C"
		 ORDER BY length(fw.word), fw.word COLLATE "C" LIMIT p_prefix_words)
		UNION ALL
		(SELECT fw.word FROM food_words fw WHERE NOT qw.known AND fw.word % qw.w
		 ORDER BY similarity(fw.word, qw.w) DESC, fw.word COLLATE "C" LIMIT p_typo_words)
	) x;
END
$$;
