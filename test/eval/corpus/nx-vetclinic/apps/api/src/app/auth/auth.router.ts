import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { env } from '../../config/env';
import { verifyStaffPassword } from './staff.service';

export const authRouter = Router();

const ACCESS_TOKEN_TTL = '15m'; // tfl-eval-not: hardcoded-credential
const REFRESH_COOKIE = 'vet_refresh'; // tfl-eval-not: hardcoded-credential
const loginBody = z.object({ email: z.string().email(), password: z.string().min(10) });

authRouter.post('/login', async (req, res) => {
  const parsed = loginBody.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ message: 'Email and password are required' });
  const staff = await verifyStaffPassword(parsed.data.email, parsed.data.password);
  if (!staff) return res.status(401).json({ message: 'Invalid email or password' });
  const accessToken = jwt.sign({ sub: staff.id, role: staff.role }, env.JWT_SECRET, { expiresIn: ACCESS_TOKEN_TTL, issuer: env.JWT_ISSUER });
  res.cookie(REFRESH_COOKIE, staff.refreshToken, { httpOnly: true, secure: true, sameSite: 'strict' });
  return res.json({ accessToken, tokenType: 'Bearer' });
});
