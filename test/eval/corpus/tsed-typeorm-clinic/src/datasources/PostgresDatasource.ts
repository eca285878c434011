import { DataSource } from "typeorm";
import { Appointment } from "../entities/Appointment";

// Read by the running server; the CLI uses cli.ts.
export const clinicDataSource = new DataSource({
  type: "postgres",
  url: process.env.DATABASE_URL, // tfl-eval-not: hardcoded-backing-service
  entities: [Appointment],
  migrations: [__dirname + "/../migrations/*.js"],
  migrationsRun: true, // tfl-eval: startup-migration
  logging: ["error"]
});
