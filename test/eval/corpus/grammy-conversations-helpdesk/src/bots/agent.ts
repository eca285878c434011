import { Bot, session, type Context, type SessionFlavor } from "grammy";
import { RedisAdapter } from "@grammyjs/storage-redis";
import { Redis } from "ioredis";

interface AgentState {
  assigned: number[];
}

export type AgentContext = Context & SessionFlavor<AgentState>;

export function createAgentBot(token: string): Bot<AgentContext> {
  const redis = new Redis(process.env.REDIS_URL!); // tfl-eval-not: hardcoded-backing-service
  const bot = new Bot<AgentContext>(token);
  // Agents move between devices; their queue lives in Redis.
  bot.use(session({ initial: (): AgentState => ({ assigned: [] }), storage: new RedisAdapter({ instance: redis }) })); // tfl-eval-not: memory-session-store
  bot.command("queue", (ctx) => ctx.reply(`You have ${ctx.session.assigned.length} open tickets.`));
  return bot;
}
