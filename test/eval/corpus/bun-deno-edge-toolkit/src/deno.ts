import { Hono } from "hono";

const app = new Hono();
const kvToken = Deno.env.get("KV_ACCESS_TOKEN");
const upstash = Deno.env.get("UPSTASH_REDIS_REST_TOKEN") ?? "1hwYwD7qfzeDfi7aPindwTCaHrulI9LpxkzaaZo6"; // tfl-eval: hardcoded-credential

app.get("/flags/:name", async (c) => {
  const res = await fetch(`https://eu1-acme.upstash.io/get/flag:${c.req.param("name")}`, {
    headers: { Authorization: `Bearer ${upstash}` },
  });
  return c.json(await res.json());
});

app.get("/health", (c) => c.json({ kv: Boolean(kvToken) }));

Deno.serve({ port: Number(Deno.env.get("PORT") ?? 8000) }, app.fetch);
