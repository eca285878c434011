import { Hono } from 'hono';

const app = new Hono();
const upstashToken = Deno.env.get('UPSTASH_REDIS_REST_TOKEN') ?? ''; // tfl-eval-not: hardcoded-credential
const kvToken = Deno.env.get('KV_TOKEN') ?? 'AXjeOQjoHWviqUqi6I3I2iGieC0PoXPxL9enuKVM9LYZglq97ghewzOySBHiMZ='; // tfl-eval: hardcoded-credential

app.get('/hits', async (c) => {
  const res = await fetch('https://eu1-acme-12345.upstash.io/incr/hits', {
    headers: { Authorization: `Bearer ${upstashToken || kvToken}` },
  });
  return c.json(await res.json());
});

Deno.serve(app.fetch);
