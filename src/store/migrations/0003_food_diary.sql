CREATE TABLE "foods" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"name" text NOT NULL,
	"brand" text,
	"barcode" text,
	"food_group" text,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"energy_kcal" double precision NOT NULL,
	"protein_g" double precision NOT NULL,
	"fat_g" double precision NOT NULL,
	"saturated_fat_g" double precision,
	"carbs_g" double precision NOT NULL,
	"fiber_g" double precision,
	"sugars_g" double precision,
	"sodium_mg" double precision,
	"other_nutrients" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"portions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search_text" text NOT NULL,
	"dedupe_key" text,
	"content_hash" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "foods_source_source_id_unique" UNIQUE("source","source_id")
);
--> statement-breakpoint
CREATE TABLE "recipe_ingredients" (
	"user_id" uuid NOT NULL,
	"recipe_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"food_id" uuid,
	"user_food_id" uuid,
	"amount" double precision NOT NULL,
	"unit" text NOT NULL,
	"grams" double precision NOT NULL,
	CONSTRAINT "recipe_ingredients_user_id_recipe_id_position_pk" PRIMARY KEY("user_id","recipe_id","position")
);
--> statement-breakpoint
CREATE TABLE "recipes" (
	"user_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"servings" double precision NOT NULL,
	"notes" text,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "recipes_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
CREATE TABLE "user_foods" (
	"user_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"brand" text,
	"barcode" text,
	"energy_kcal" double precision NOT NULL,
	"protein_g" double precision NOT NULL,
	"fat_g" double precision NOT NULL,
	"saturated_fat_g" double precision,
	"carbs_g" double precision NOT NULL,
	"fiber_g" double precision,
	"sugars_g" double precision,
	"sodium_mg" double precision,
	"portions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "user_foods_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
CREATE TABLE "diary_entries" (
	"user_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"seq" bigserial NOT NULL,
	"date" date NOT NULL,
	"meal" text NOT NULL,
	"kind" text NOT NULL,
	"food_id" uuid,
	"name" text NOT NULL,
	"brand" text,
	"amount" double precision NOT NULL,
	"unit" text NOT NULL,
	"grams" double precision,
	"energy_kcal" double precision NOT NULL,
	"protein_g" double precision NOT NULL,
	"fat_g" double precision NOT NULL,
	"saturated_fat_g" double precision,
	"carbs_g" double precision NOT NULL,
	"fiber_g" double precision,
	"sugars_g" double precision,
	"sodium_mg" double precision,
	"portions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "diary_entries_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
ALTER TABLE "recipe_ingredients" ADD CONSTRAINT "recipe_ingredients_food_id_foods_id_fk" FOREIGN KEY ("food_id") REFERENCES "public"."foods"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipe_ingredients" ADD CONSTRAINT "recipe_ingredients_recipe_fk" FOREIGN KEY ("user_id","recipe_id") REFERENCES "public"."recipes"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipe_ingredients" ADD CONSTRAINT "recipe_ingredients_user_food_fk" FOREIGN KEY ("user_id","user_food_id") REFERENCES "public"."user_foods"("user_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipes" ADD CONSTRAINT "recipes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_foods" ADD CONSTRAINT "user_foods_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_entries" ADD CONSTRAINT "diary_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "foods_search_text_trgm" ON "foods" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "foods_barcode_key" ON "foods" USING btree (ltrim("barcode", '0'));--> statement-breakpoint
CREATE INDEX "recipe_ingredients_user_food" ON "recipe_ingredients" USING btree ("user_id","user_food_id");--> statement-breakpoint
CREATE INDEX "user_foods_search_text_trgm" ON "user_foods" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "diary_entries_user_date" ON "diary_entries" USING btree ("user_id","date");--> statement-breakpoint
CREATE INDEX "diary_entries_user_food" ON "diary_entries" USING btree ("user_id","food_id");