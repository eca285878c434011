import { SESSION_SECRET } from "$env/static/private";  // tfl-eval-not: hardcoded-credential
export const handle = async ({ event, resolve }) => resolve(event);
