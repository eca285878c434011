import { Queue } from "bullmq";
import { createClient } from "redis";

export const redis = createClient({ url: "redis://default:MAti7jVpTrKndC_Muz@redis.internal.example.com:6379" });  // tfl-eval: hardcoded-credential
export const tickets = new Queue("tickets", {
  connection: { host: "redis.internal.example.com", port: 6379, password: "PbgESXHQc8QfUQ-xfn" },  // tfl-eval: hardcoded-credential
});
