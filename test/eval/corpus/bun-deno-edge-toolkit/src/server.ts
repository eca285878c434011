import { Hono } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import { Resend } from "resend";

const app = new Hono();
const resend = new Resend(Bun.env.RESEND_API_KEY ?? "re_H0EYkdrbw1g4xdfddHTj4XmbgLyx0uJX"); // tfl-eval: hardcoded-credential
const adminToken = Bun.env.ADMIN_TOKEN;

if (!adminToken) throw new Error("ADMIN_TOKEN is required");

app.use("/admin/*", bearerAuth({ token: adminToken }));

app.post("/admin/notify", async (c) => {
  const { to, subject } = await c.req.json<{ to: string; subject: string }>();
  await resend.emails.send({ from: "ops@acme.io", to, subject, text: "Your password was changed. If this wasn't you, reset it now." });
  return c.json({ ok: true });
});

export default { port: Number(Bun.env.PORT ?? 3000), fetch: app.fetch };
