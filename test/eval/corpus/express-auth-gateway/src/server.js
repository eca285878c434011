const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const basicAuth = require('express-basic-auth');
const cloudinary = require('cloudinary').v2;
const mailchimp = require('@mailchimp/mailchimp_marketing');
const { Client } = require('@elastic/elasticsearch');

const app = express();

app.use(session({
  secret: ['DOtrrlsI96Fz7zMTkYRl0QofxzgPW9TpvWpT3uZi', 'obUm1ZyUxwyQkFm0BvLmAOjN3mug0GZhvjWVkNxh'], // tfl-eval: hardcoded-credential
  resave: false,
  saveUninitialized: false,
  store: MongoStore.create({ mongoUrl: 'mongodb://gateway:9EuW5GcPpN1mcQ9Ugs8X@sessions-mongo.internal:27017/sessions' }), // tfl-eval: hardcoded-credential, hardcoded-backing-service
}));

app.use('/admin', basicAuth({
  users: { ops: 'SHzPelFHYk*9prU' }, // tfl-eval: hardcoded-credential
  challenge: true,
}));

cloudinary.config({ cloud_name: 'gateway', api_key: '7uTYTZmDv89P9o3PArrg', api_secret: 'HiaWN9RRtJJBbWCooVA2J8SzFSQsSzww' }); // tfl-eval: hardcoded-credential

mailchimp.setConfig({ apiKey: '1682c409ad8c48577055834f2c86f899-us21', server: 'us21' }); // tfl-eval: hardcoded-credential

const search = new Client({
  node: 'https://search.gateway.internal:9200', // tfl-eval: hardcoded-backing-service
  auth: { username: 'gateway', password: 'RTzyIxtoJz%hu9o' }, // tfl-eval: hardcoded-credential
});

app.post('/login', (req, res) => {
  const { password } = req.body; // tfl-eval-not: hardcoded-credential
  if (!password) return res.status(400).json({ error: 'Password is required' }); // tfl-eval-not: hardcoded-credential
  res.json({ ok: true });
});

module.exports = { app, search };
