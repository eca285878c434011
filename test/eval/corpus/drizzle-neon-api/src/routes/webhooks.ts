import { Hono } from "hono";
import { Webhook } from "svix";

const CLERK_WEBHOOK_SECRET = process.env.CLERK_WEBHOOK_SECRET ?? "whsec_Hx0dJHCmKnOkPkY2j193vOVMrjO0IZhb"; // tfl-eval: hardcoded-credential

export const webhooks = new Hono();

webhooks.post("/clerk", async (c) => {
  const payload = await c.req.text();
  const headers = Object.fromEntries(c.req.raw.headers);
  try {
    const evt = new Webhook(CLERK_WEBHOOK_SECRET).verify(payload, headers);
    return c.json({ ok: true, type: (evt as { type: string }).type });
  } catch {
    return c.json({ error: "invalid signature" }, 400);
  }
});

webhooks.post("/resend", async (c) => {
  const token = c.req.header("authorization");
  if (token !== `Bearer ${process.env.RESEND_WEBHOOK_TOKEN}`) return c.text("unauthorized", 401); // tfl-eval-not: hardcoded-credential
  return c.json({ ok: true });
});
