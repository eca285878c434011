import { createCookie, createFileSessionStorage } from "@remix-run/node";

// The journal keeps the signed-in user and the draft entry between requests.
const sessionCookie = createCookie("__journal", {
  httpOnly: true,
  sameSite: "lax",
  secure: process.env.NODE_ENV === "production",
  secrets: [process.env.SESSION_SECRET!], // tfl-eval-not: hardcoded-credential
  maxAge: 60 * 60 * 24 * 30,
});

export const { getSession, commitSession, destroySession } = createFileSessionStorage({ // tfl-eval: memory-session-store
  dir: "./.sessions",
  cookie: sessionCookie,
});
