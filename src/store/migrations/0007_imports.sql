CREATE TABLE "exercise_mappings" (
	"user_id" uuid NOT NULL,
	"name_key" text NOT NULL,
	"name" text NOT NULL,
	"exercise_id" uuid,
	"custom_exercise_id" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exercise_mappings_user_id_name_key_pk" PRIMARY KEY("user_id","name_key"),
	CONSTRAINT "exercise_mappings_at_most_one" CHECK ("exercise_mappings"."exercise_id" is null or "exercise_mappings"."custom_exercise_id" is null)
);
--> statement-breakpoint
ALTER TABLE "diary_entries" ADD COLUMN "source_key" text;--> statement-breakpoint
ALTER TABLE "workouts" ADD COLUMN "energy_kcal" double precision;--> statement-breakpoint
ALTER TABLE "workouts" ADD COLUMN "source_key" text;--> statement-breakpoint
ALTER TABLE "body_entries" ADD COLUMN "source_key" text;--> statement-breakpoint
ALTER TABLE "exercise_mappings" ADD CONSTRAINT "exercise_mappings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_mappings" ADD CONSTRAINT "exercise_mappings_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_mappings" ADD CONSTRAINT "exercise_mappings_custom_fk" FOREIGN KEY ("user_id","custom_exercise_id") REFERENCES "public"."custom_exercises"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "diary_entries_user_source_key" ON "diary_entries" USING btree ("user_id","source_key");--> statement-breakpoint
CREATE UNIQUE INDEX "workouts_user_source_key" ON "workouts" USING btree ("user_id","source_key");--> statement-breakpoint
CREATE UNIQUE INDEX "body_entries_user_source_key" ON "body_entries" USING btree ("user_id","source_key");