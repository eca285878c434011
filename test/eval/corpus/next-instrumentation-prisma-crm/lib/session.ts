import { getIronSession } from "iron-session";
import { cookies } from "next/headers";

export interface CrmSession {
  userId?: string;
  teamId?: string;
}

// Sealed into the cookie: nothing is kept on the server.
export function getSession() {
  return getIronSession<CrmSession>(cookies(), { // tfl-eval-not: memory-session-store
    password: process.env.SESSION_PASSWORD!, // tfl-eval-not: hardcoded-credential
    cookieName: "crm_session",
  });
}
