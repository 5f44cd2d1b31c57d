CREATE TABLE "tip_dismissals" (
	"user_id" uuid NOT NULL,
	"tip_id" text NOT NULL,
	"dismissed_on" date NOT NULL,
	"dismissed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "tip_dismissals_user_id_tip_id_pk" PRIMARY KEY("user_id","tip_id")
);
--> statement-breakpoint
ALTER TABLE "tip_dismissals" ADD CONSTRAINT "tip_dismissals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;