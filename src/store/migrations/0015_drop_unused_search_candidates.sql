-- food_search (migrations 0010 and 0012) gathers the catalog candidates itself; food_search_candidates (0009) has
-- had no caller since.
DROP FUNCTION "food_search_candidates"(uuid, text[], integer[], text, date, integer, integer, integer, integer, integer);
