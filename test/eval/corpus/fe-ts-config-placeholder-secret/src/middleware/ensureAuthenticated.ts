import { NextFunction, Request, Response } from 'express';
import { verify } from 'jsonwebtoken';
import authConfig from '../config/auth';

export default function ensureAuthenticated(req: Request, res: Response, next: NextFunction): void {
  const [, token] = (req.headers.authorization ?? '').split(' ');
  try {
    verify(token, authConfig.jwt.secret);
    next();
  } catch {
    res.status(401).end();
  }
}
