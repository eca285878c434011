import { http, HttpResponse } from "msw";

// Mock Service Worker handlers used by Storybook and the dev server when VITE_MOCKS=1.
export const handlers = [
  http.post("/api/session", () =>
    HttpResponse.json({ name: "Dana Scully", apiToken: "mock-session-token-7f3a9c" }), // tfl-eval-not: hardcoded-credential
  ),
];
