import { mutation, query } from './_generated/server';
import { v } from 'convex/values';

export const list = query({
  args: {},
  handler: async (ctx) => {
    const identity = await ctx.auth.getUserIdentity();
    if (!identity) return [];
    return ctx.db.query('notes').withIndex('by_owner', (q) => q.eq('owner', identity.subject)).collect();
  },
});

export const add = mutation({
  args: { body: v.string() },
  handler: async (ctx, { body }) => {
    const identity = await ctx.auth.getUserIdentity();
    if (!identity) throw new Error('Not signed in');
    await ctx.db.insert('notes', { owner: identity.subject, body });
  },
});
