import { Task, api, log } from "actionhero";

export class Probe extends Task {
  constructor() {
    super();
    this.name = "probe";
    this.description = "check every registered endpoint";
    this.frequency = 60 * 1000;
    this.queue = "default";
  }

  async run() {
    const endpoints = await api.redis.clients.client.smembers("endpoints");
    for (const url of endpoints) {
      const started = Date.now();
      const res = await fetch(url, { method: "HEAD" }).catch(() => undefined);
      log(`probe ${url} ${res?.status ?? "down"} ${Date.now() - started}ms`, "info");
    }
  }
}
