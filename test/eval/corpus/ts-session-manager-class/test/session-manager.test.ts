import { describe, expect, it } from 'vitest';
import { SessionManager } from '../src/auth/session-manager.js';

class FakeStore {
  private sessions = new Map<string, string>(); // tfl-eval-not: memory-session-store
  put(req: { sid: string }, user: string) {
    this.sessions.set(req.sid, user);
  }
}

describe('SessionManager', () => {
  it('builds', () => {
    expect(new SessionManager(1)).toBeDefined();
    expect(new FakeStore()).toBeDefined();
  });
});
