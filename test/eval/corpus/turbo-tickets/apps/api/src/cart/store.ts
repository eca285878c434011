import type Redis from 'ioredis';

export interface CartLine { sku: string; quantity: number; unitPriceCents: number }

// Reference data, the same in every process: not user state.
export const CURRENCY_SYMBOLS = new Map<string, string>([
  ['EUR', '€'],
  ['USD', '$'],
  ['GBP', '£'],
]);

// Carts while a checkout is in flight, keyed by session id.
const pendingCheckouts = new Map<string, CartLine[]>(); // tfl-eval: memory-session-store

export function rememberCheckout(sessionId: string, lines: CartLine[]) {
  pendingCheckouts.set(sessionId, lines);
}

export function takeCheckout(sessionId: string) {
  const lines = pendingCheckouts.get(sessionId);
  pendingCheckouts.delete(sessionId);
  return lines;
}

export async function saveCart(redis: Redis, sessionId: string, lines: CartLine[]) {
  await redis.set(`cart:${sessionId}`, JSON.stringify(lines), 'EX', 60 * 60 * 24);
}
