const namespace = "redis";

declare module "actionhero" {
  export interface ActionheroConfigInterface {
    [namespace]: ReturnType<(typeof DEFAULT)[typeof namespace]>;
  }
}

export const DEFAULT = {
  [namespace]: () => {
    const konstructor = require("ioredis");
    let host = process.env.REDIS_HOST || "127.0.0.1";
    let port = process.env.REDIS_PORT || 6379;
    let db = process.env.REDIS_DB || process.env.JEST_WORKER_ID || "0";
    let password = process.env.REDIS_PASSWORD || null; // tfl-eval-not: hardcoded-credential
    const maxBackoff = 1000;

    if (process.env.REDIS_URL) {
      const parsed = new URL(process.env.REDIS_URL);
      if (parsed.password) password = parsed.password;
      if (parsed.hostname) host = parsed.hostname;
      if (parsed.port) port = parsed.port;
    }

    const commonArgs = {
      port,
      host,
      password,
      db: parseInt(db),
      retryStrategy: (times: number) => (times === 1 ? 0 : Math.min(times * 100, maxBackoff)),
    };

    return {
      enabled: true,
      _toExpand: false,
      client: { konstructor, args: [commonArgs], buildNew: true },
      subscriber: { konstructor, args: [commonArgs], buildNew: true },
      tasks: { konstructor, args: [commonArgs], buildNew: true },
    };
  },
};
