const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);

const app = express();
const PAGE_SIZE = 25; // tfl-eval-not: memory-session-store
let flashMessage = '';

app.use(express.urlencoded({ extended: false }));
app.use(session({ store: new RedisStore({ client: redisClient }), secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.post('/bookings', async (req, res) => {
  if (!req.body.date) {
    flashMessage = 'Pick a date first.'; // tfl-eval: memory-session-store
    return res.redirect('/bookings');
  }
  req.session.lastBooking = req.body.date;
  res.redirect('/bookings');
});

app.get('/bookings', (req, res) => {
  res.render('bookings', { message: flashMessage, pageSize: PAGE_SIZE });
});

const server = app.listen(Number(process.env.PORT) || 3000);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
