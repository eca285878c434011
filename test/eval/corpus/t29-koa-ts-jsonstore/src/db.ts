import { Config, JsonDB } from 'node-json-db';

// Wishlists, saved to wishlists.json after every push.
export const db = new JsonDB(new Config('wishlists', true, false, '/')); // tfl-eval: memory-session-store

export async function addToWishlist(userId: string, sku: string): Promise<void> {
  await db.push(`/${userId}[]`, sku);
}
