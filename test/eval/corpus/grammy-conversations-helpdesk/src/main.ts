import pino from "pino";
import { createAgentBot } from "./bots/agent.js";
import { createCustomerBot } from "./bots/customer.js";

const log = pino({ level: process.env.LOG_LEVEL ?? "info" }); // tfl-eval-not: file-logger

const customer = createCustomerBot(process.env.CUSTOMER_BOT_TOKEN!);
const agent = createAgentBot(process.env.AGENT_BOT_TOKEN!);

void customer.start({ onStart: () => log.info("customer bot polling") });
void agent.start({ onStart: () => log.info("agent bot polling") });

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void customer.stop();
    void agent.stop();
  });
}
