import express from 'express';
import session from 'express-session';
import cookieParser from 'cookie-parser';
import mongoose from 'mongoose';
import postRoutes from './routes/posts.js';
import userRoutes from './routes/users.js';

const app = express();

app.use(express.json({ limit: '30mb' }));
app.use(cookieParser('sample')); // tfl-eval: hardcoded-credential
app.use(session({ secret: 'demo', resave: false, saveUninitialized: false })); // tfl-eval: hardcoded-credential, memory-session-store

app.use('/posts', postRoutes);
app.use('/user', userRoutes);

mongoose.connect(process.env.CONNECTION_URL)
  .then(() => app.listen(process.env.PORT, () => console.log('Server running')))
  .catch((error) => console.log(error.message));

process.on('SIGTERM', () => mongoose.disconnect().then(() => process.exit(0)));
