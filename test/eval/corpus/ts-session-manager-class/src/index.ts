import express from 'express';
import cookieParser from 'cookie-parser';
import { SessionManager } from './auth/session-manager.js';

const app = express();
app.use(express.json());
app.use(cookieParser(process.env.COOKIE_SECRET));

const sessions = new SessionManager(Number(process.env.SESSION_TTL_MINUTES ?? 60));
app.post('/session', sessions.start);
app.delete('/session', sessions.end);
app.get('/me', sessions.guard, (_req, res) => res.json({ userId: res.locals.userId }));

const server = app.listen(Number(process.env.PORT ?? 8080));
process.on('SIGTERM', () => server.close());
