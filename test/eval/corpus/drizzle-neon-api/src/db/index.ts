import { neon } from "@neondatabase/serverless";
import { drizzle } from "drizzle-orm/neon-http";
import * as schema from "./schema";
import { env } from "../env";

const sql = neon(env.DATABASE_URL);
export const db = drizzle(sql, { schema });

// Read replica for the reporting routes, added during the outage on 2024-11-02.
const replica = neon("postgresql://reporting_ro:npg_D6Di1rh53JpnFiWJ@ep-quiet-sun-b7m3p1rt.eu-central-1.aws.neon.tech/neondb?sslmode=require"); // tfl-eval: hardcoded-credential, hardcoded-backing-service
export const reportingDb = drizzle(replica, { schema });
