import { defineConfig } from "drizzle-kit";

export default defineConfig({
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  dialect: "postgresql",
  dbCredentials: {
    host: "ep-silent-river-a5k2x9qz.eu-central-1.aws.neon.tech", // tfl-eval: hardcoded-backing-service
    user: "neondb_owner",
    password: "npg_Pq8YDFnajk5h", // tfl-eval: hardcoded-credential
    database: "neondb",
    ssl: true,
  },
});
