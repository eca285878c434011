import crypto from 'node:crypto';
import NodeCache from 'node-cache';

// Logged-in users by session id; entries expire after an hour of inactivity.
const sessions = new NodeCache({ stdTTL: 3600, checkperiod: 120 }); // tfl-eval: memory-session-store

export function openSession(userId) {
  const sid = crypto.randomBytes(24).toString('hex');
  sessions.set(sid, { userId, createdAt: Date.now() });
  return sid;
}

export function currentUser(req) {
  const sid = req.cookies?.sid;
  const session = sid ? sessions.get(sid) : undefined;
  if (session) sessions.ttl(sid, 3600);
  return session?.userId;
}

export function closeSession(sid) {
  sessions.del(sid);
}
