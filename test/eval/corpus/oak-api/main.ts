import { Application, Router } from "https://deno.land/x/oak@v12.6.1/mod.ts";
import { Client } from "https://deno.land/x/postgres@v0.17.0/mod.ts";
import { create, getNumericDate } from "https://deno.land/x/djwt@v3.0.1/mod.ts";

const client = new Client({
  user: "oak_api",
  database: "events",
  hostname: "events-db.internal",
  password: "agnVc7pIjzAQRVuDZBhG", // tfl-eval: hardcoded-credential
  port: 5432,
});

const key = await crypto.subtle.importKey(
  "raw",
  new TextEncoder().encode("df469f197e1d268b121ca08e4f29d12ff71bee232e8bf3191e5dd30ec7c8fe39"), // tfl-eval: hardcoded-credential
  { name: "HMAC", hash: "SHA-512" },
  false,
  ["sign", "verify"],
);

const router = new Router();
router.post("/token", async (ctx) => {
  const { user } = await ctx.request.body({ type: "json" }).value;
  ctx.response.body = { token: await create({ alg: "HS512", typ: "JWT" }, { sub: user, exp: getNumericDate(3600) }, key) };
});

await client.connect();
const app = new Application();
app.use(router.routes());
await app.listen({ port: Number(Deno.env.get("PORT") ?? 8000) }); // tfl-eval: no-graceful-shutdown
