import { randomUUID } from 'node:crypto';
import type { Request, Response, NextFunction } from 'express';

interface Session {
  userId: string;
  createdAt: number;
}

export class SessionManager {
  private sessions = new Map<string, Session>(); // tfl-eval: memory-session-store
  private readonly ttlMs: number;

  constructor(ttlMinutes = 60) {
    this.ttlMs = ttlMinutes * 60_000;
  }

  start = (req: Request, res: Response): void => {
    const id = randomUUID();
    this.sessions.set(id, { userId: req.body.userId, createdAt: Date.now() });
    res.cookie('sid', id, { httpOnly: true, sameSite: 'lax' });
    res.status(201).end();
  };

  end = (req: Request, res: Response): void => {
    this.sessions.delete(req.cookies.sid);
    res.clearCookie('sid').status(204).end();
  };

  guard = (req: Request, res: Response, next: NextFunction): void => {
    const session = this.sessions.get(req.cookies.sid);
    if (!session || Date.now() - session.createdAt > this.ttlMs) {
      res.status(401).end();
      return;
    }
    res.locals.userId = session.userId;
    next();
  };
}
