import express from 'express';
import { User } from './models/user.js';
import { RateLimitCache } from './models/rate-cache.js';
import { Formatters } from './models/formatters.js';

const app = express();
app.use(express.json());
Formatters.register('csv', (rows) => rows.map((r) => Object.values(r).join(',')).join('\n'));

app.post('/users', (req, res) => {
  const user = new User(req.body.email, req.body.name);
  user.save();
  RateLimitCache.save(req.ip, Date.now());
  res.status(201).json(user);
});

app.get('/users', (req, res) => res.json(User.findAll()));

app.listen(process.env.PORT ?? 8080); // tfl-eval: no-graceful-shutdown
