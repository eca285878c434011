import { Bot, session, type Context, type SessionFlavor } from "grammy";
import { conversations, type ConversationFlavor } from "@grammyjs/conversations";

interface TicketDraft {
  subject?: string;
  body?: string;
  step: "idle" | "subject" | "body";
}

export type CustomerContext = Context & SessionFlavor<TicketDraft> & ConversationFlavor;

export function createCustomerBot(token: string): Bot<CustomerContext> {
  const bot = new Bot<CustomerContext>(token);
  // Each chat's half-written ticket, kept in this process's memory.
  bot.use(session({ initial: (): TicketDraft => ({ step: "idle" }) })); // tfl-eval: memory-session-store
  bot.use(conversations());
  bot.command("start", (ctx) => ctx.reply("Describe your problem and we'll open a ticket."));
  return bot;
}
