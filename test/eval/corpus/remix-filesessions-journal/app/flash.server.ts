import { createCookieSessionStorage } from "@remix-run/node";

// Flash messages live in the cookie itself: nothing is kept on the server.
export const flashStorage = createCookieSessionStorage({ // tfl-eval-not: memory-session-store
  cookie: {
    name: "__flash",
    httpOnly: true,
    sameSite: "lax",
    secrets: [process.env.SESSION_SECRET!],
  },
});
