import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";

const client = postgres(useRuntimeConfig().databaseUrl, { max: 10 });
export const db = drizzle(client);
