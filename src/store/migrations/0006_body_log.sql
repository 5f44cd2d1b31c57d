CREATE TABLE "body_entries" (
	"user_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"seq" bigserial NOT NULL,
	"date" date NOT NULL,
	"time" text,
	"weight_g" double precision,
	"body_fat_pct" double precision,
	"girths_cm" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "body_entries_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
CREATE TABLE "sleep_log" (
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"duration_s" integer NOT NULL,
	"quality" smallint,
	"note" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sleep_log_user_id_date_pk" PRIMARY KEY("user_id","date")
);
--> statement-breakpoint
ALTER TABLE "user_settings" ADD COLUMN "budget_source" text DEFAULT 'formula' NOT NULL;--> statement-breakpoint
ALTER TABLE "body_entries" ADD CONSTRAINT "body_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sleep_log" ADD CONSTRAINT "sleep_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "body_entries_user_date" ON "body_entries" USING btree ("user_id","date");