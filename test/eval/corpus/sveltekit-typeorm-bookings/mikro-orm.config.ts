import { defineConfig } from "@mikro-orm/postgresql";

export default defineConfig({
  dbName: "bookings",
  host: "bookings-db.internal.example.com",
  user: "bookings",
  password: "aIwOBgfUC5Xhs1.Yi2",  // tfl-eval: hardcoded-credential
  entities: ["./dist/entities"],
});
