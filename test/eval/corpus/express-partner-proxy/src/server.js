const express = require('express');
const cookieSession = require('cookie-session');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const { createProxyMiddleware } = require('http-proxy-middleware');
const passport = require('passport');
const { BasicStrategy } = require('passport-http');

const app = express();
const redis = createClient({ url: process.env.REDIS_URL });
redis.connect().catch(console.error);

app.use(cookieSession({ name: 'pp', keys: ['mxSHeQBY4kov594MP8Dgnxd426NQecDF', 'FAvR2Ly6vQRgSnykSyVNE1tnx77eXG3E'], maxAge: 86400000 })); // tfl-eval: hardcoded-credential
app.use(session({ store: new RedisStore({ client: redis }), secret: ['2ef1d36cd473fdac65d40d27c7292faf98d99a8d940af45b', process.env.OLD_SESSION_SECRET], resave: false, saveUninitialized: false })); // tfl-eval: hardcoded-credential

passport.use(
  new BasicStrategy((username, password, done) => {
    if (username === 'ops' && password === 'z.06tJF2Tk*P!bXE') return done(null, { username }); // tfl-eval: hardcoded-credential
    return done(null, false);
  }),
);

app.use('/erp', createProxyMiddleware({ target: 'https://erp.partner.example', changeOrigin: true, auth: 'erp-proxy:OqDJfSGb8zv248vYVh' })); // tfl-eval: hardcoded-credential
app.get('/health', (req, res) => res.send('ok'));

const server = app.listen(process.env.PORT || 8080);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
