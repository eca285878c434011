import bcrypt from 'bcryptjs';
import { Router } from 'express';
import { closeSession, openSession } from '../sessions.js';
import { pool } from '../db.js';

export const auth = Router();

auth.post('/login', async (req, res) => {
  const { rows } = await pool.query('SELECT id, password_hash FROM members WHERE email = $1', [req.body.email]);
  if (!rows[0] || !(await bcrypt.compare(req.body.password, rows[0].password_hash))) return res.sendStatus(401);
  res.cookie('sid', openSession(rows[0].id), { httpOnly: true, sameSite: 'lax', secure: true });
  res.sendStatus(204);
});

auth.post('/logout', (req, res) => {
  closeSession(req.cookies.sid);
  res.clearCookie('sid').sendStatus(204);
});
