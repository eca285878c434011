import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { logger } from "hono/logger";
import { CookieStore, MemoryStore, sessionMiddleware, type Session } from "hono-sessions";
import { box } from "./routes/box.js";

type Env = { Variables: { session: Session; session_key_rotation: boolean } };

const app = new Hono<Env>();
app.use("*", logger()); // tfl-eval-not: file-logger

// The box office keeps each buyer's seat hold on the server.
const store = new MemoryStore(); // tfl-eval: memory-session-store
app.use(
  "/box/*",
  sessionMiddleware({
    store,
    encryptionKey: process.env.SESSION_KEY, // tfl-eval-not: hardcoded-credential
    expireAfterSeconds: 900,
    cookieOptions: { sameSite: "Lax", httpOnly: true, path: "/" },
  }),
);

// The kiosk only remembers the chosen language: an encrypted cookie is enough.
app.use(
  "/kiosk/*",
  sessionMiddleware({ store: new CookieStore(), encryptionKey: process.env.SESSION_KEY }), // tfl-eval-not: memory-session-store
);

app.route("/box", box);

const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) }); // tfl-eval-not: hardcoded-port
process.on("SIGTERM", () => server.close(() => process.exit(0)));
