import cookieParser from 'cookie-parser';
import express from 'express';
import { auth } from './routes/auth.js';
import { coverUrl } from './covers.js';
import { currentUser } from './sessions.js';

const app = express();
app.use(express.json(), cookieParser());
app.use('/auth', auth);
app.get('/me', (req, res) => (currentUser(req) ? res.json({ id: currentUser(req) }) : res.sendStatus(401)));
app.get('/covers/:isbn', async (req, res) => res.json({ url: await coverUrl(req.params.isbn) }));

const server = app.listen(process.env.PORT || 3000);
process.on('SIGTERM', () => server.close());
