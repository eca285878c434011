import { createClient } from "@supabase/supabase-js";

const SUPABASE_URL = "https://qkfzmbwjrtxhdnvlpcye.supabase.co";
const SERVICE_ROLE_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InFrZnptYndqcnR4aGRudmxwY3llIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxNjIwMDAwMCwiZXhwIjoyMDMxNzc2MDAwfQ.xzCp9RpOh4oKitz8Im3ChZQdh95Mg89nsuyPrVJY4bs"; // tfl-eval: hardcoded-credential

export const supabaseAdmin = createClient(SUPABASE_URL, SERVICE_ROLE_KEY, { auth: { persistSession: false } });
