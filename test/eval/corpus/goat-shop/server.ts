import express from 'express';
import session from 'express-session';
import fs from 'node:fs';
import morgan from 'morgan';
import { sequelize } from './models';
import datacreator from './data/datacreator';

const app = express();
const accessLog = fs.createWriteStream('./logs/access.log', { flags: 'a' });
app.use(morgan('combined', { stream: accessLog })); // tfl-eval: file-logger
app.use(session({ secret: process.env.COOKIE_SECRET ?? 'goat', resave: true, saveUninitialized: true })); // tfl-eval: memory-session-store, hardcoded-credential

export async function start() {
  await sequelize.sync({ force: true }); // tfl-eval: startup-migration
  await datacreator();
  app.listen(3000); // tfl-eval: hardcoded-port, no-graceful-shutdown
}

start();
