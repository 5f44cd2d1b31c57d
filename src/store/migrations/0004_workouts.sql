CREATE TABLE "custom_exercises" (
	"user_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"equipment" text NOT NULL,
	"pattern" text NOT NULL,
	"load_type" text NOT NULL,
	"primary_muscles" text[] NOT NULL,
	"secondary_muscles" text[] NOT NULL,
	"met_code" text NOT NULL,
	"met" double precision NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "custom_exercises_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
CREATE TABLE "exercises" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_text" text NOT NULL,
	"equipment" text NOT NULL,
	"pattern" text NOT NULL,
	"load_type" text NOT NULL,
	"primary_muscles" text[] NOT NULL,
	"secondary_muscles" text[] NOT NULL,
	"met_code" text NOT NULL,
	"met" double precision NOT NULL,
	"license" text,
	"license_url" text,
	"license_author" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "routine_exercises" (
	"user_id" uuid NOT NULL,
	"routine_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"exercise_id" uuid,
	"custom_exercise_id" uuid,
	"superset_group" smallint,
	"rest_seconds" integer,
	"notes" text DEFAULT '' NOT NULL,
	"sets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "routine_exercises_user_id_routine_id_position_pk" PRIMARY KEY("user_id","routine_id","position"),
	CONSTRAINT "routine_exercises_one_exercise" CHECK (("routine_exercises"."exercise_id" is null) <> ("routine_exercises"."custom_exercise_id" is null))
);
--> statement-breakpoint
CREATE TABLE "routines" (
	"user_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "routines_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
CREATE TABLE "workout_exercises" (
	"user_id" uuid NOT NULL,
	"workout_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"exercise_id" uuid,
	"custom_exercise_id" uuid,
	"superset_group" smallint,
	"notes" text DEFAULT '' NOT NULL,
	CONSTRAINT "workout_exercises_user_id_workout_id_position_pk" PRIMARY KEY("user_id","workout_id","position"),
	CONSTRAINT "workout_exercises_one_exercise" CHECK (("workout_exercises"."exercise_id" is null) <> ("workout_exercises"."custom_exercise_id" is null))
);
--> statement-breakpoint
CREATE TABLE "workout_sets" (
	"user_id" uuid NOT NULL,
	"workout_id" uuid NOT NULL,
	"exercise_position" smallint NOT NULL,
	"position" smallint NOT NULL,
	"set_type" text NOT NULL,
	"reps" integer,
	"load_g" integer,
	"duration_s" integer,
	"distance_cm" integer,
	"rpe" double precision,
	"rir" smallint,
	"completed" boolean NOT NULL,
	CONSTRAINT "workout_sets_user_id_workout_id_exercise_position_position_pk" PRIMARY KEY("user_id","workout_id","exercise_position","position")
);
--> statement-breakpoint
CREATE TABLE "workouts" (
	"user_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"date" date NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"body_weight_g" integer,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "workouts_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
ALTER TABLE "custom_exercises" ADD CONSTRAINT "custom_exercises_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routine_exercises" ADD CONSTRAINT "routine_exercises_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routine_exercises" ADD CONSTRAINT "routine_exercises_routine_fk" FOREIGN KEY ("user_id","routine_id") REFERENCES "public"."routines"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routine_exercises" ADD CONSTRAINT "routine_exercises_custom_fk" FOREIGN KEY ("user_id","custom_exercise_id") REFERENCES "public"."custom_exercises"("user_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routines" ADD CONSTRAINT "routines_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workout_exercises" ADD CONSTRAINT "workout_exercises_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workout_exercises" ADD CONSTRAINT "workout_exercises_workout_fk" FOREIGN KEY ("user_id","workout_id") REFERENCES "public"."workouts"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workout_exercises" ADD CONSTRAINT "workout_exercises_custom_fk" FOREIGN KEY ("user_id","custom_exercise_id") REFERENCES "public"."custom_exercises"("user_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workout_sets" ADD CONSTRAINT "workout_sets_exercise_fk" FOREIGN KEY ("user_id","workout_id","exercise_position") REFERENCES "public"."workout_exercises"("user_id","workout_id","position") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workouts" ADD CONSTRAINT "workouts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "custom_exercises_user_name" ON "custom_exercises" USING btree ("user_id","name_key");--> statement-breakpoint
CREATE UNIQUE INDEX "exercises_source_key" ON "exercises" USING btree ("source","source_id");--> statement-breakpoint
CREATE INDEX "exercises_search_trgm" ON "exercises" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "workout_exercises_user_exercise" ON "workout_exercises" USING btree ("user_id","exercise_id");--> statement-breakpoint
CREATE INDEX "workout_exercises_user_custom" ON "workout_exercises" USING btree ("user_id","custom_exercise_id");--> statement-breakpoint
CREATE INDEX "workouts_user_date" ON "workouts" USING btree ("user_id","date");