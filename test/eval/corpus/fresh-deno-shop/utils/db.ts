import { Pool } from "https://deno.land/x/postgres@v0.19.3/mod.ts";

const POOL_SIZE = 5;

export const pool = new Pool({
  hostname: "ep-holy-sun-a2k9x.eu-central-1.aws.neon.tech",
  port: 5432,
  user: "shop_owner",
  password: "6bCcbhLgUPxy", // tfl-eval: hardcoded-credential
  database: "shop",
  tls: { enabled: true },
}, POOL_SIZE, true);

export const kv = await Deno.openKv();
