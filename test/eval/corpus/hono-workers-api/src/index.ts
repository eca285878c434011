import { Hono } from 'hono';
import { basicAuth } from 'hono/basic-auth';
import { jwt } from 'hono/jwt';
import { bearerAuth } from 'hono/bearer-auth';

type Bindings = { DB: D1Database; JWT_SECRET: string; ADMIN_PASSWORD: string };

const app = new Hono<{ Bindings: Bindings }>();

app.use('/api/*', (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next)); // tfl-eval-not: hardcoded-credential
app.use('/admin/*', basicAuth({ username: 'admin', password: '8fdWNR!ftW73#37dK' })); // tfl-eval: hardcoded-credential
app.use('/internal/*', bearerAuth({ token: 'ac44d3251fbb8cf4be69189039d276c3c1d0c093dab738da' })); // tfl-eval: hardcoded-credential

app.get('/api/me', (c) => c.json(c.get('jwtPayload')));
app.get('/health', (c) => c.text('ok'));

export default app;
