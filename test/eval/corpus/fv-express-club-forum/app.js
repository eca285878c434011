var express = require('express');
var session = require('express-session');
var RedisStore = require('connect-redis').default;
var Redis = require('ioredis');
var config = require('./config');
var auth = require('./middlewares/auth');

var app = express();
var redis = new Redis(config.redis_url);

app.use(session({
  secret: config.session_secret,
  store: new RedisStore({ client: redis }),
  resave: false,
  saveUninitialized: false,
}));
app.use(auth.authUser);

app.listen(config.port, function () { // tfl-eval: no-graceful-shutdown
  console.log('Club Forum listening on port', config.port);
});
