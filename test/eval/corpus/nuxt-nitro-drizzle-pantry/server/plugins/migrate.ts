import { migrate } from "drizzle-orm/postgres-js/migrator";
import { db } from "../utils/db";

// Nitro runs server plugins once, when the server process starts.
export default defineNitroPlugin(async () => {
  await migrate(db, { migrationsFolder: "./server/database/migrations" }); // tfl-eval: startup-migration
  console.info("pantry: schema up to date");
});
