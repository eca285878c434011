import { Hono } from "hono";
import { createClient } from "redis";

type Item = { sku: string; qty: number };

const app = new Hono<{ Variables: { userId: string } }>();

// Each shopper's cart, kept in this process until checkout.
const carts = new Map<string, Item[]>(); // tfl-eval: memory-session-store
const PROMO_CODES = new Map([["WELCOME10", 10]]); // tfl-eval-not: memory-session-store

const stock = createClient({ socket: { host: "carts-redis.prod.internal", port: 6379 } }); // tfl-eval: hardcoded-backing-service
await stock.connect();

app.use("*", async (c, next) => {
  c.set("userId", c.req.header("x-user-id") ?? "anonymous");
  await next();
});

app.post("/cart/items", async (c) => {
  const item = await c.req.json<Item>();
  const userId = c.get("userId");
  carts.set(userId, [...(carts.get(userId) ?? []), item]);
  return c.json({ items: carts.get(userId) });
});

app.get("/promo/:code", (c) => c.json({ percent: PROMO_CODES.get(c.req.param("code")) ?? 0 }));

const server = Bun.serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) }); // tfl-eval-not: hardcoded-port
process.on("SIGTERM", () => {
  server.stop();
  void stock.quit();
});
