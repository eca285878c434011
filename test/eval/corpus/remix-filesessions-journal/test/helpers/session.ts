import { createMemorySessionStorage } from "@remix-run/node";

// Tests run loaders in-process with a throwaway store.
export const testSessions = createMemorySessionStorage({ cookie: { name: "__test", secrets: ["test-only"] } }); // tfl-eval-not: memory-session-store,hardcoded-credential
