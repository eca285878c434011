import { createCookieSessionStorage } from "@remix-run/node";

export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: "__session",
    secrets: ["691008679cbe8319ef5839130fe8b6b3287927f0fd96dffaedccdf116699cfaf"],  // tfl-eval: hardcoded-credential
    sameSite: "lax",
  },
});
