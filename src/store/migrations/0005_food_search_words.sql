CREATE TABLE "food_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX "foods_search_text_trgm";--> statement-breakpoint
DROP INDEX "user_foods_search_text_trgm";--> statement-breakpoint
CREATE INDEX "food_words_trgm" ON "food_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "foods_search_words" ON "foods" USING gin (string_to_array("search_text", ' '));