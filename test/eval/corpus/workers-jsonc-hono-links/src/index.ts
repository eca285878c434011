import { Hono } from "hono";
import { basicAuth } from "hono/basic-auth";

type Bindings = { LINKS: KVNamespace; SHORT_DOMAIN: string; ADMIN_PASSWORD: string; TURNSTILE_SECRET_KEY: string };

const app = new Hono<{ Bindings: Bindings }>();

app.use("/admin/*", async (c, next) => basicAuth({ username: "admin", password: c.env.ADMIN_PASSWORD })(c, next));

app.get("/:slug", async (c) => {
  const target = await c.env.LINKS.get(c.req.param("slug"));
  return target ? c.redirect(target, 301) : c.notFound();
});

export default app;
