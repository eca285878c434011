import { Elysia } from "elysia";

const port = Number(process.env.STATS_PORT);

// tfl-eval-not: hardcoded-port (the port comes from the environment)
new Elysia()
  .get("/stats", () => ({ hits: 0 }))
  .listen(port); // tfl-eval: no-graceful-shutdown
