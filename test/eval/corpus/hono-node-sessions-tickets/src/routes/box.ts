import { Hono } from "hono";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL!); // tfl-eval-not: hardcoded-backing-service
const db = drizzle(sql);

export const box = new Hono();

box.post("/hold/:seat", async (c) => {
  const session = c.get("session" as never) as { set(k: string, v: unknown): void };
  session.set("heldSeat", c.req.param("seat"));
  await db.execute(`select 1`);
  return c.json({ held: c.req.param("seat") });
});
