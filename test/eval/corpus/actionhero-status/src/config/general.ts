const namespace = "general";

export const DEFAULT = {
  [namespace]: () => ({
    apiVersion: "3.2.0",
    serverName: "status-api",
    serverToken: "change-me", // tfl-eval-not: hardcoded-credential
    welcomeMessage: "Hello from the status API",
    cachePrefix: "actionhero:cache:",
    lockPrefix: "actionhero:lock:",
    lockDuration: 1000 * 10,
    developmentMode: process.env.NODE_ENV === "development",
  }),
};

export const production = {
  [namespace]: () => ({
    serverToken: process.env.SERVER_TOKEN, // tfl-eval-not: hardcoded-credential
    developmentMode: false,
  }),
};
