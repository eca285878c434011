import { createClient } from "@supabase/supabase-js";

// The anon key is public by design: row-level security decides what it may read.
export const supabase = createClient(
  "https://qkfzmbwjrtxhdnvlpcye.supabase.co",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InFrZnptYndqcnR4aGRudmxwY3llIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTYyMDAwMDAsImV4cCI6MjAzMTc3NjAwMH0.jdZXf32cpfg2yvPejhJaUWflYX__Mvahxn2BRHWLiZE", // tfl-eval-not: hardcoded-credential
);
