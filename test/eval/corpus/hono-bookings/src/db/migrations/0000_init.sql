CREATE TYPE "booking_status" AS ENUM('pending', 'confirmed', 'cancelled', 'no_show');
CREATE TABLE IF NOT EXISTS "bookings" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "restaurant_id" uuid NOT NULL,
  "guest_name" text NOT NULL,
  "guest_phone" text NOT NULL,
  "party_size" integer NOT NULL,
  "starts_at" timestamp with time zone NOT NULL,
  "status" "booking_status" DEFAULT 'pending' NOT NULL,
  "confirmation_token" text NOT NULL
);
