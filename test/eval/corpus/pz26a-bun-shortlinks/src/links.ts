import { Elysia, t } from "elysia";

const store = new Map<string, string>();

export const links = new Elysia({ prefix: "/links" })
  .post("/", ({ body }) => {
    const slug = crypto.randomUUID().slice(0, 8);
    return { slug };
  }, { body: t.Object({ url: t.String() }) })
  .get("/:slug", ({ params, set }) => {
    set.status = 302;
    return params.slug;
  });
