const express = require('express');
const cookieParser = require('cookie-parser');
const passport = require('passport');
const { Strategy: GoogleStrategy } = require('passport-google-oauth20');
const Redis = require('ioredis');

const app = express();
app.use(cookieParser('dab6a7c2754281e4c124bf38073a59f3')); // tfl-eval: hardcoded-credential

passport.use(new GoogleStrategy({
  clientID: '102938475610-q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6.apps.googleusercontent.com',
  clientSecret: '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', // tfl-eval: hardcoded-credential
  callbackURL: '/auth/google/callback',
}, (accessToken, refreshToken, profile, done) => done(null, profile)));

const redis = new Redis({ host: process.env.REDIS_HOST, port: 6379, password: process.env.REDIS_PASSWORD || '57eiTg!7wGw0#aNJV' }); // tfl-eval: hardcoded-credential

module.exports = { app, redis };
