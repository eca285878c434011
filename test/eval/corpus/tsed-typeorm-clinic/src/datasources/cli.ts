import { DataSource } from "typeorm";
import { Appointment } from "../entities/Appointment";

// Used only by `npm run typeorm -- migration:run` in the release step.
export default new DataSource({
  type: "postgres",
  url: process.env.DATABASE_URL,
  entities: [Appointment],
  migrations: ["src/migrations/*.ts"]
});
