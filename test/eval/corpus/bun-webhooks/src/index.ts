import { Hono } from 'hono';
import { basicAuth } from 'hono/basic-auth';
import { verify } from 'hono/jwt';

const app = new Hono();
const GITHUB_HOOK_SECRET = Bun.env.GITHUB_HOOK_SECRET ?? 'l4lx0bewbPRKCX1fPbSFpaicNT9MIBUZ'; // tfl-eval: hardcoded-credential

app.use('/admin/*', basicAuth({ username: 'admin', password: '4oDBnOgWXG!31De' })); // tfl-eval: hardcoded-credential

app.get('/me', async (c) => {
  const token = c.req.header('Authorization')?.replace('Bearer ', '') ?? ''; // tfl-eval-not: hardcoded-credential
  const payload = await verify(token, 'l8HpdDAZwitEHptgf4RXsY2S72ieP0D2U8oHoXlo'); // tfl-eval: hardcoded-credential
  return c.json(payload);
});

export default app;
