import { Elysia, t } from "elysia";
import { cors } from "@elysiajs/cors";
import { links } from "./links";

new Elysia()
  .use(cors())
  .use(links)
  .get("/health", () => ({ ok: true }))
  .onStart(({ server }) => console.log(`listening on ${server?.port}`))
  .listen(3000); // tfl-eval: hardcoded-port, no-graceful-shutdown
